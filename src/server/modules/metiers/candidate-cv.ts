import { createHash } from 'node:crypto'
import { DomainError } from '../../../shared/errors'
import { cvMaxBytes } from '../../../shared/modules/metiers/metiers.constants'
import { detectCvType, type CvType } from './cv-files'

export type { CvType }

export interface CheckedCv {
  bytes: Buffer
  type: CvType
  fileName: string
  sha256: string
}

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`

/** A file name shown back: no folders, no control characters. */
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/g
const displayName = (name: string) => name.split(/[\\/]/).pop()!.replace(controlCharacters, '').trim() || 'cv'

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
