/**
 * What a CV really is, read from its bytes (never from its name): a PDF, or a ZIP holding a Word
 * document (DOCX) or an OpenDocument text (ODT). Only the ZIP's directory is read, nothing is
 * decompressed.
 */
import type { cvTypes } from '../../../shared/modules/metiers/metiers.constants'

export type CvType = (typeof cvTypes)[number]

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const ODT = 'application/vnd.oasis.opendocument.text'

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_DIRECTORY = 0x06054b50
/** The end record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 0xffff
/** More entries than any real document has: a directory beyond is not read. */
const MAX_ENTRIES = 5000

export function detectCvType(bytes: Buffer): CvType | null {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return PDF
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return null
  if (isOpenDocumentText(bytes)) return ODT
  const names = zipEntryNames(bytes)
  if (names && names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/'))) return DOCX
  return null
}

/** OpenDocument puts an uncompressed `mimetype` entry first, holding the document's type. */
function isOpenDocumentText(bytes: Buffer): boolean {
  const method = bytes.readUInt16LE(8)
  const size = bytes.readUInt32LE(18)
  const nameLength = bytes.readUInt16LE(26)
  const extraLength = bytes.readUInt16LE(28)
  const nameEnd = 30 + nameLength
  if (method !== 0 || nameEnd > bytes.length) return false
  if (bytes.subarray(30, nameEnd).toString('latin1') !== 'mimetype') return false
  const start = nameEnd + extraLength
  if (start + size > bytes.length) return false
  return bytes.subarray(start, start + size).toString('latin1') === ODT
}

/** The names in the ZIP's central directory, or null when it cannot be read. */
function zipEntryNames(bytes: Buffer): string[] | null {
  const from = Math.max(0, bytes.length - END_SEARCH)
  let end = -1
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = Math.min(bytes.readUInt16LE(end + 10), MAX_ENTRIES)
  let at = bytes.readUInt32LE(end + 16)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) return null
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    if (at + 46 + nameLength > bytes.length) return null
    names.push(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'))
    at += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/** A short French name of the type, for messages and the recruiter's page. */
export const cvTypeLabel: Record<CvType, string> = {
  [PDF]: 'PDF',
  [DOCX]: 'Word (DOCX)',
  [ODT]: 'OpenDocument (ODT)',
}
