import { DomainError } from '../../../shared/errors'
import {
  PORTRAIT_CAPTIONS_MAX_BYTES,
  PORTRAIT_PHOTO_MAX_BYTES,
  PORTRAIT_VIDEO_MAX_BYTES,
} from '../../../shared/modules/metiers/fiches.contract'

export type PortraitMediaKind = 'photo' | 'video' | 'captions'
export type MediaType = 'image/jpeg' | 'image/png' | 'image/webp' | 'video/mp4' | 'video/webm' | 'text/vtt'

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The type of a file by its first bytes, never by its name or the declared type. */
export function detectMediaType(bytes: Buffer): MediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'video/mp4'
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm'
  // WebVTT: optional BOM, « WEBVTT », then a space, a tab or a line break (or nothing).
  const text = bytes.subarray(startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0, 16).toString('latin1')
  if (/^WEBVTT([ \t\r\n]|$)/.test(text)) return 'text/vtt'
  return undefined
}

const accepted: Record<
  PortraitMediaKind,
  { types: MediaType[]; maxBytes: number; what: string; expected: string }
> = {
  photo: {
    types: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: PORTRAIT_PHOTO_MAX_BYTES,
    what: 'La photo',
    expected: 'une image JPEG, PNG ou WebP',
  },
  video: {
    types: ['video/mp4', 'video/webm'],
    maxBytes: PORTRAIT_VIDEO_MAX_BYTES,
    what: 'La vidéo',
    expected: 'une vidéo MP4 ou WebM',
  },
  captions: {
    types: ['text/vtt'],
    maxBytes: PORTRAIT_CAPTIONS_MAX_BYTES,
    what: 'Les sous-titres',
    expected: 'un fichier WebVTT (texte commençant par « WEBVTT »)',
  },
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} Mo` : `${Math.round(bytes / 1024)} Ko`

/** Checks an uploaded portrait file: its type (first bytes), its size, valid UTF-8 for captions. */
export function checkPortraitFile(
  kind: PortraitMediaKind,
  body: unknown,
): { bytes: Buffer; type: MediaType } {
  const rule = accepted[kind]
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new DomainError(
      'unsupported_media_type',
      `${rule.what} : envoyez le fichier lui-même (application/octet-stream).`,
      [{ field: 'fichier', message: 'Fichier vide ou absent.' }],
    )
  if (body.length > rule.maxBytes) {
    const message = `${rule.what} pèse ${sizeText(body.length)} : ${sizeText(rule.maxBytes)} au plus.`
    throw new DomainError('payload_too_large', message, [{ field: 'fichier', message }])
  }
  const type = detectMediaType(body)
  if (!type || !rule.types.includes(type)) {
    const message = `${rule.what} doit être ${rule.expected} ; ce fichier n’en est pas un.`
    throw new DomainError('unsupported_media_type', message, [{ field: 'fichier', message }])
  }
  if (kind === 'captions') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(body)
    } catch {
      const message = 'Les sous-titres doivent être en UTF-8.'
      throw new DomainError('unsupported_media_type', message, [{ field: 'fichier', message }])
    }
  }
  return { bytes: body, type }
}

/** Where a portrait's file is stored: a fresh id at each upload, so that its URL can be cached for ever. */
export const mediaKey = (mediaId: string) => `metiers/medias/${mediaId}`
export const mediaIdOf = (key: string | null) => (key ? key.slice(key.lastIndexOf('/') + 1) : null)
