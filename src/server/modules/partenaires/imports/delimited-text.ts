import { DomainError } from '../../../../shared/errors'

/** A record of a delimited file with the number of its first line (a spreadsheet's row number). */
export interface TextRecord {
  line: number
  fields: string[]
}

/**
 * Splits a delimited text (RFC 4180: quoted fields may hold the separator, doubled quotes and
 * line breaks). Records holding only empty fields are skipped; lines are counted as written.
 */
export function splitDelimited(text: string, separator: string): TextRecord[] {
  const records: TextRecord[] = []
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
    throw new DomainError(
      'unprocessable',
      `Fichier mal formé : un guillemet ouvert à la ligne ${recordLine} n’est jamais fermé. Rien n’a été importé.`,
      [{ field: 'fichier', message: `Guillemet non fermé, ligne ${recordLine}.` }],
    )
  if (started || field !== '' || fields.length > 0) endRecord()
  return records
}

/** Writes fields as one record, quoting those that need it: the inverse of `splitDelimited`. */
export function joinDelimited(fields: readonly string[], separator: string): string {
  return fields
    .map((f) =>
      f.includes(separator) || /["\r\n]/.test(f) || f.startsWith('"') ? `"${f.replace(/"/g, '""')}"` : f,
    )
    .join(separator)
}

/** Sequences that appear when UTF-8 was read as Windows-1252, or a DOS code page as Windows-1252. */
const MOJIBAKE = [
  /Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g,
  /Â[\u00a0-\u00bf]/g,
  /\ufffd/g,
  /[a-zA-Z][‚ˆ…Š‡ƒ„][a-zA-Z]/g,
]

/** How many characters of the text look like a wrong decoding. */
export function mojibakeCount(text: string): number {
  return MOJIBAKE.reduce((n, pattern) => n + (text.match(pattern)?.length ?? 0), 0)
}

/**
 * The characters of an extract: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252 (its superset of Latin-1). A text that still reads as mojibake (accents doubled by
 * an earlier wrong conversion, a DOS code page) is refused: importing it would store garbled names.
 */
export function decodeExtract(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    throw wrongEncoding('le fichier est en UTF-16')
  if (bytes.includes(0))
    throw wrongEncoding('le fichier contient des octets nuls (UTF-16 ou fichier binaire)')
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  let decoded: { text: string; encoding: 'utf-8' | 'windows-1252' }
  try {
    decoded = {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes),
      encoding: 'utf-8',
    }
  } catch {
    decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
  // Short Windows-1252 texts can happen to be valid UTF-8 (« èŒ’ » reads as one CJK character):
  // a directory of French associations holding such characters is Windows-1252.
  if (!bom && decoded.encoding === 'utf-8' && /[\u0800-\u1fff\u2e80-\ufefe\uff00-\uffff]/.test(decoded.text))
    decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  const garbled = mojibakeCount(decoded.text)
  if (garbled > 0) {
    const sample = MOJIBAKE.map((p) => decoded.text.match(p)?.[0]).find(Boolean) ?? ''
    throw wrongEncoding(
      `${garbled} caractère${garbled > 1 ? 's' : ''} illisible${garbled > 1 ? 's' : ''} (ex. « ${sample} »)`,
    )
  }
  return decoded
}

function wrongEncoding(reason: string): DomainError {
  const message = `Encodage du fichier non reconnu : ${reason}. Enregistrez-le en UTF-8 ou en Windows-1252 (Latin-1) et importez-le de nouveau ; rien n’a été importé.`
  return new DomainError('unprocessable', message, [{ field: 'fichier', message }])
}
