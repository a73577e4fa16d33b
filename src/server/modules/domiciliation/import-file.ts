import ExcelJS from 'exceljs'
import { DomainError } from '../../../shared/errors'
import { MAX_IMPORT_BYTES, MAX_IMPORT_LINES } from '../../../shared/modules/domiciliation/reports.constants'
import { assertSafeZip } from './zip-guard'

/** A cell as read: text, a number, a date (an XLSX date cell, at midnight UTC), a boolean, or nothing. */
export type Cell = string | number | boolean | Date | null

/** A row of the file with its number as the spreadsheet shows it (first row: 1). */
export interface SheetRow {
  number: number
  cells: Cell[]
}

export interface SheetFile {
  fileType: 'xlsx' | 'csv'
  encoding: 'utf-8' | 'windows-1252' | null
  /** Rows holding at least one value, in order; the first is the header row. */
  rows: SheetRow[]
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} Mo`

function tooManyLines(): DomainError {
  return new DomainError(
    'payload_too_large',
    `Le fichier compte plus de ${MAX_IMPORT_LINES.toLocaleString('fr-FR')} lignes : découpez-le en plusieurs imports.`,
  )
}

const isEmpty = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '')

/** The characters of a CSV: UTF-8 (with or without BOM), else Windows-1252, the encoding of French Excel. */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes),
      encoding: 'utf-8',
    }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

/** The separator of a CSV: the most frequent of « ; », « , » and tabulation on its first line, outside quotes. */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 }
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t'
  return counts[','] > counts[';'] ? ',' : ';'
}

/**
 * Records of a CSV (RFC 4180: quoted fields may hold separators, doubled quotes and line
 * breaks). Each record is numbered as a spreadsheet would number its row.
 */
export function parseCsv(text: string, separator: string): SheetRow[] {
  const rows: SheetRow[] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let number = 1
  let started = false
  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    if (record.some((c) => c.trim() !== '')) {
      if (rows.length > MAX_IMPORT_LINES) throw tooManyLines()
      rows.push({ number, cells: record.map((c) => (c === '' ? null : c)) })
    }
    record = []
    number++
    started = false
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === '') {
      quoted = true
      started = true
    } else if (ch === separator) {
      endField()
      started = true
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else {
      field += ch
      started = true
    }
  }
  if (quoted)
    throw new DomainError(
      'validation',
      `Fichier CSV mal formé : un guillemet ouvert à la ligne ${number} n’est jamais fermé.`,
    )
  if (started || field !== '' || record.length > 0) endRecord()
  return rows
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result
      return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result
    }
    if ('error' in value) return null
  }
  return null
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  assertSafeZip(bytes)
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new DomainError(
      'validation',
      'Fichier XLSX illisible : enregistrez-le de nouveau depuis votre tableur.',
    )
  }
  const sheet = book.worksheets[0]
  if (!sheet) throw new DomainError('validation', 'Le classeur ne contient aucune feuille.')
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column <= 200) cells[column - 1] = cellOf(cell.value)
    })
    const filled = Array.from({ length: cells.length }, (_, i) => cells[i] ?? null)
    if (filled.some((c) => !isEmpty(c))) rows.push({ number, cells: filled })
  })
  if (rows.length > MAX_IMPORT_LINES + 1) throw tooManyLines()
  return rows
}

/**
 * Reads an import file: an XLSX workbook (its first sheet) or a CSV. The type is recognised
 * from the bytes, never from a name; anything else is refused with the reason.
 */
export async function readSheetFile(body: unknown): Promise<SheetFile> {
  if (!Buffer.isBuffer(body))
    throw new DomainError(
      'unsupported_media_type',
      'Envoyez le fichier lui-même, en application/octet-stream.',
    )
  if (body.length === 0) throw new DomainError('validation', 'Le fichier est vide.')
  if (body.length > MAX_IMPORT_BYTES)
    throw new DomainError(
      'payload_too_large',
      `Le fichier pèse ${megabytes(body.length)} : ${megabytes(MAX_IMPORT_BYTES)} au plus.`,
    )
  if (body.length >= 4 && body.readUInt32BE(0) === 0xd0cf11e0)
    throw new DomainError(
      'unsupported_media_type',
      'Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou CSV.',
    )
  if (body.length >= 4 && body.readUInt32LE(0) === 0x04034b50)
    return { fileType: 'xlsx', encoding: null, rows: await readXlsx(body) }
  if (body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)))
    throw new DomainError(
      'unsupported_media_type',
      'Fichier texte en UTF-16 : enregistrez-le en « CSV UTF-8 » ou en XLSX depuis votre tableur.',
    )
  if (body.includes(0))
    throw new DomainError(
      'unsupported_media_type',
      'Ce fichier n’est ni un classeur XLSX ni un fichier CSV (son contenu a été vérifié, pas seulement son nom).',
    )
  const { text, encoding } = decodeText(body)
  return { fileType: 'csv', encoding, rows: parseCsv(text, detectSeparator(text)) }
}
