import type { ResponseOf } from '../../../../shared/contract'
import { metiersFichesContract } from '../../../../shared/modules/metiers/fiches.contract'
import { ApiError, networkError, toApiError } from '../../../api/errors'
import { fillPath, queryString } from '../../../api/request'

/** The routes the editors' pages call. */
export const fichesApi = metiersFichesContract

export type EditorFiche = ResponseOf<typeof fichesApi.get>
export type EditorFicheItem = ResponseOf<typeof fichesApi.list>[number]
export type EditorPortrait = EditorFiche['portraits'][number]
export type PayGrid = ResponseOf<typeof fichesApi.payGrids>[number]
export type PayGridDetail = ResponseOf<typeof fichesApi.payGrid>
export type RomeImport = ResponseOf<typeof fichesApi.romeImportCommit>
export type PayGridImport = ResponseOf<typeof fichesApi.payGridImportCommit>

/** Where the pages live. */
export const fichesHref = '/edition/fiches'
export const newFicheHref = '/edition/fiches/nouvelle'
export const ficheHref = (id: string) => `/edition/fiches/${id}`
export const referentialsHref = '/edition/referentiels'
/** The fiche on the public portal. */
export const publicFicheHref = (slug: string) => `/metiers/fiches/${slug}`

export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))

/** An upload refused as a whole (422) still carries its report. */
export class UploadRefused<T> extends ApiError {
  constructor(
    error: ApiError,
    readonly report: T | null,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId)
  }
}

/**
 * Sends a file's raw bytes to a route of the contract (portrait files, imports), with the
 * session's anti-CSRF token. Resolves with the JSON answer; a refusal throws its French message,
 * with the report the server joined to it.
 */
export async function sendFile<T>(
  route: { method: string; path: string },
  input: { params?: Record<string, string>; query?: Record<string, string | undefined> },
  file: Blob,
  csrfToken: string | null,
): Promise<T> {
  const url = fillPath(route.path, input.params) + queryString(input.query)
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/octet-stream',
  }
  if (csrfToken) headers['x-csrf-token'] = csrfToken
  let response: Response
  try {
    response = await fetch(url, { method: route.method, credentials: 'same-origin', headers, body: file })
  } catch {
    throw networkError()
  }
  const text = await response.text()
  let body: unknown
  try {
    body = text ? (JSON.parse(text) as unknown) : null
  } catch {
    body = null
  }
  if (response.ok) return body as T
  throw new UploadRefused<T>(
    toApiError(response.status, body),
    (body as { details?: T } | null)?.details ?? null,
  )
}

/** Euros from cents, in the interface language. */
export const euros = (cents: number | null, language: string) =>
  cents === null
    ? '—'
    : new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(cents / 100)
