import { DomainError } from '../../../../shared/errors'
import { TRAINING_DOCUMENT_MAX_BYTES } from '../../../../shared/modules/metiers/trainings-labels'

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} Mo`
    : `${Math.max(1, Math.round(bytes / 1024))} Ko`

/** True when the bytes start like a PDF (« %PDF- »), whatever the file's name or declared type. */
export const looksLikePdf = (bytes: Buffer) =>
  bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-'

/** Checks an uploaded document of the mallette or of a welcome kit: a PDF, not empty, 10 MB at most. */
export function checkPdfUpload(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    const message = 'Fichier : envoyez le PDF lui-même (application/octet-stream).'
    throw new DomainError('unsupported_media_type', message, [{ field: 'fichier', message }])
  }
  if (body.length > TRAINING_DOCUMENT_MAX_BYTES) {
    const message = `Fichier : ce PDF pèse ${sizeText(body.length)}, ${sizeText(TRAINING_DOCUMENT_MAX_BYTES)} au plus.`
    throw new DomainError('payload_too_large', message, [{ field: 'fichier', message }])
  }
  if (!looksLikePdf(body)) {
    const message = 'Fichier : un document PDF est attendu ; ce fichier n’en est pas un.'
    throw new DomainError('unsupported_media_type', message, [{ field: 'fichier', message }])
  }
  return body
}

/** A downloaded name ending in .pdf, without path separators. */
export function pdfFileName(name: string): string {
  const clean = name.replace(/[\\/]/g, '-').trim() || 'document'
  return /\.pdf$/i.test(clean) ? clean : `${clean}.pdf`
}

/** Where an uploaded document is stored: a fresh id at each upload. */
export const malletteFileKey = (id: string) => `metiers/mallette/${id}`
export const welcomeKitFileKey = (organisationId: string, id: string) =>
  `metiers/kits/${organisationId}/${id}`
