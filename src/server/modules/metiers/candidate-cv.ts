import { createHash } from 'node:crypto'
import { DomainError } from '../../../shared/errors'
import { cvMaxBytes, type cvTypes } from '../../../shared/modules/metiers/metiers.constants'

export type CvType = (typeof cvTypes)[number]

export interface CheckedCv {
  bytes: Buffer
  type: CvType
  fileName: string
  sha256: string
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text'

/**
 * The CV's type from its bytes, whatever its name: a PDF starts with `%PDF-`; an OpenDocument text
 * is a ZIP whose first entry is `mimetype` holding its type, stored as is; a Word document is a
 * ZIP holding `word/document.xml`.
 */
export function detectCvType(bytes: Buffer): CvType | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf'
  if (bytes.length < 30 || !bytes.subarray(0, 4).equals(ZIP)) return undefined
  const nameLength = bytes.readUInt16LE(26)
  const extraLength = bytes.readUInt16LE(28)
  if (bytes.subarray(30, 30 + nameLength).toString('latin1') === 'mimetype') {
    const start = 30 + nameLength + extraLength
    if (bytes.subarray(start, start + ODT_MIMETYPE.length).toString('latin1') === ODT_MIMETYPE) {
      return 'application/vnd.oasis.opendocument.text'
    }
  }
  if (bytes.includes('word/document.xml', 0, 'latin1')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  }
  return undefined
}

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`

/** A file name shown back: no folders, no control characters. */
const displayName = (name: string) =>
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim() || 'cv'

/** Refuses clearly what is not a CV we take: empty, over 10 MB, or not a PDF, DOCX or ODT. */
export function checkCv(body: unknown, fileName: string): CheckedCv {
  if (!Buffer.isBuffer(body)) {
    throw new DomainError(
      'unsupported_media_type',
      'Envoyez le fichier lui-même, en application/octet-stream.',
    )
  }
  if (body.length === 0)
    throw new DomainError('validation', 'CV : le fichier est vide.', [
      { field: 'cv', message: 'Le fichier est vide.' },
    ])
  if (body.length > cvMaxBytes) {
    const message = `Le fichier pèse ${megabytes(body.length)} : ${megabytes(cvMaxBytes)} au plus.`
    throw new DomainError('payload_too_large', `CV : ${message}`, [{ field: 'cv', message }])
  }
  const type = detectCvType(body)
  if (!type) {
    const message =
      'Ce fichier n’est ni un PDF, ni un document Word (DOCX), ni un document OpenDocument (ODT) : son contenu a été vérifié, pas seulement son nom.'
    throw new DomainError('unsupported_media_type', `CV : ${message}`, [{ field: 'cv', message }])
  }
  return {
    bytes: body,
    type,
    fileName: displayName(fileName),
    sha256: createHash('sha256').update(body).digest('hex'),
  }
}
