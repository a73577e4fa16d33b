import { DomainError } from '../../../shared/errors'

/** One record of a CSV file with the number of the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number
  fields: string[]
}

const refuse = (message: string) => new DomainError('unprocessable', message, [{ field: 'fichier', message }])

/**
 * The text of a referential file. These files are published in UTF-8 (« _utf8 » in their
 * names); anything else (UTF-16, Windows-1252 saved by a spreadsheet, a binary file) is refused
 * rather than guessed, so that no label is stored garbled.
 */
export function decodeUtf8(bytes: Buffer): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    throw refuse(
      'Le fichier est en UTF-16 : enregistrez-le en « CSV UTF-8 » et importez-le de nouveau ; rien n’a été importé.',
    )
  if (bytes.includes(0))
    throw refuse(
      'Le fichier contient des octets nuls (fichier binaire ?) : importez un fichier CSV ; rien n’a été importé.',
    )
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes)
  } catch {
    throw refuse(
      'Le fichier n’est pas en UTF-8 (accents illisibles) : enregistrez-le en « CSV UTF-8 » et importez-le de nouveau ; rien n’a été importé.',
    )
  }
}

/** The separator of the header line: semicolon, comma or tab, whichever it holds most. */
export function detectSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const counts = [';', ',', '\t'].map((s) => [s, header.split(s).length - 1] as const)
  counts.sort((a, b) => b[1] - a[1])
  return counts[0]![1] > 0 ? counts[0]![0] : ';'
}

/** Splits a CSV text (quoted fields may hold the separator, doubled quotes and line breaks). */
export function splitCsv(text: string, separator = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let started = false
  const endRecord = () => {
    fields.push(field)
    if (fields.some((f) => f.trim() !== '')) records.push({ line: recordLine, fields })
    fields = []
    field = ''
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
      } else {
        if (ch === '\n') line++
        field += ch
      }
      continue
    }
    if (!started) {
      recordLine = line
      started = true
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === separator) {
      fields.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      line++
      endRecord()
    } else field += ch
  }
  if (quoted)
    throw refuse(
      `Fichier mal formé : un guillemet ouvert à la ligne ${recordLine} n’est jamais fermé ; rien n’a été importé.`,
    )
  if (started) endRecord()
  return records
}

/** A header name as written in the files: lower case, no accents, no spaces around. */
export const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_')
