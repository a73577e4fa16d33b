/**
 * CVs uploaded before an application exists: stored at a generated key, then named by a signed,
 * short-lived token that the application gives back. The token carries what the server checked
 * (type, size, SHA-256), so the application needs no table of pending uploads.
 */
import { createHash } from 'node:crypto'
import { DomainError, invalid } from '../../../shared/errors'
import { newId } from '../../../shared/ids'
import { CV_TOKEN_MINUTES, type CvUploadView } from '../../../shared/modules/metiers/applications.contract'
import { cvMaxBytes, cvTypes } from '../../../shared/modules/metiers/metiers.constants'
import type { FileStorage } from '../../platform/files'
import { safeEqual, type Secrets } from '../../platform/secrets'
import { detectCvType, type CvType } from './cv-files'

export interface StoredCv {
  key: string
  name: string
  type: CvType
  bytes: number
  sha256: string
}

const PURPOSE = 'metiers-cv'
const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`

/** A file name shown to the recruiter: no folders, no control characters. */
const displayName = (name: string) => name.split(/[\\/]/).pop()!.trim() || 'cv'

export function cvFiles(deps: { files: FileStorage; secrets: Secrets; clock: () => Date }) {
  function sign(cv: StoredCv, expiresAt: Date): string {
    const payload = Buffer.from(
      JSON.stringify({
        k: cv.key,
        n: cv.name,
        t: cv.type,
        b: cv.bytes,
        s: cv.sha256,
        e: expiresAt.getTime(),
      }),
    ).toString('base64url')
    return `${payload}.${deps.secrets.hmac(PURPOSE, payload)}`
  }

  return {
    async upload(fileName: string, body: unknown): Promise<CvUploadView> {
      if (!Buffer.isBuffer(body)) {
        throw new DomainError(
          'unsupported_media_type',
          'Envoyez le fichier lui-même, en application/octet-stream.',
        )
      }
      if (body.length === 0) throw invalid('cv', 'Le fichier est vide.')
      if (body.length > cvMaxBytes) {
        throw new DomainError(
          'payload_too_large',
          `Votre CV pèse ${megabytes(body.length)} : ${megabytes(cvMaxBytes)} au plus. Enregistrez-le en PDF plus léger (sans grandes images) et réessayez.`,
        )
      }
      const type = detectCvType(body)
      if (!type) {
        throw new DomainError(
          'unsupported_media_type',
          'Ce fichier n’est ni un PDF, ni un document Word (DOCX), ni un document OpenDocument (ODT) : son contenu a été vérifié, pas seulement son nom. Enregistrez votre CV dans l’un de ces formats.',
          [{ field: 'cv', message: 'Format de CV non accepté (PDF, DOCX ou ODT).' }],
        )
      }
      const cv: StoredCv = {
        key: `metiers/cv/${newId()}`,
        name: displayName(fileName),
        type,
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      }
      await deps.files.put(cv.key, body)
      const expiresAt = new Date(deps.clock().getTime() + CV_TOKEN_MINUTES * 60_000)
      return {
        cvToken: sign(cv, expiresAt),
        fileName: cv.name,
        type,
        bytes: cv.bytes,
        sha256: cv.sha256,
        expiresAt: expiresAt.toISOString(),
      }
    },

    /** The CV a token names, once its signature and its time are checked. */
    read(token: string): StoredCv {
      const refused = () => invalid('cvToken', 'Le CV déposé n’est plus valable : déposez-le à nouveau.')
      const [payload, signature] = token.split('.')
      if (!payload || !signature || !safeEqual(signature, deps.secrets.hmac(PURPOSE, payload)))
        throw refused()
      let data: { k?: unknown; n?: unknown; t?: unknown; b?: unknown; s?: unknown; e?: unknown }
      try {
        data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof data
      } catch {
        throw refused()
      }
      const { k, n, t, b, s, e } = data
      if (typeof k !== 'string' || typeof n !== 'string' || typeof b !== 'number' || typeof s !== 'string')
        throw refused()
      if (typeof e !== 'number' || e < deps.clock().getTime()) throw refused()
      if (!(cvTypes as readonly unknown[]).includes(t)) throw refused()
      return { key: k, name: n, type: t as CvType, bytes: b, sha256: s }
    },

    /** A copy under a new key (a profile's CV attached to an application outlives a change of profile). */
    async copy(cv: StoredCv): Promise<StoredCv> {
      const bytes = await deps.files.get(cv.key)
      if (!bytes)
        throw invalid('useProfileCv', 'Le CV de votre profil est introuvable : déposez-le à nouveau.')
      const key = `metiers/cv/${newId()}`
      await deps.files.put(key, bytes)
      return { ...cv, key }
    },

    get: (key: string) => deps.files.get(key),
  }
}
export type CvFiles = ReturnType<typeof cvFiles>
