import type { HttpMethod, ResponseOf, RouteContract } from '../../../../shared/contract'
import type { SessionView } from '../../../../shared/modules/auth/auth.contract'
import { ApiError, networkError, toApiError } from '../../../api/errors'
import { fillPath, queryString, type CallInput } from '../../../api/request'
import { uploadFile, type UploadPhase } from '../../../api/upload'

/**
 * The portal's way to the API. The portal must stay small, so it never loads the contracts (zod):
 * a route here is its method and path, typed by the contract imported as a type only. A test
 * checks each one against the real contract.
 */
export interface PortalRoute<C extends RouteContract> {
  readonly method: HttpMethod
  readonly path: string
  /** Never set: carries the contract's type to the calls. */
  readonly contract?: C
}

export const portalRoute = <C extends RouteContract>(method: HttpMethod, path: string): PortalRoute<C> => ({
  method,
  path,
})

export type PortalFetch = (input: string, init: RequestInit) => Promise<Response>

let fetcher: PortalFetch = (input, init) => fetch(input, init)
let sessionPromise: Promise<SessionView> | null = null

/** Tests replace the network; the portal never calls this. */
export function setPortalFetch(next: PortalFetch): void {
  fetcher = next
  sessionPromise = null
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

async function send(url: string, init: RequestInit): Promise<unknown> {
  let response: Response
  try {
    response = await fetcher(url, init)
  } catch {
    throw networkError()
  }
  const body = await readJson(response)
  if (!response.ok) throw toApiError(response.status, body)
  return body
}

/** The visitor's session (a candidate may be signed in) and the anti-CSRF token every write needs. */
export function portalSession(refresh = false): Promise<SessionView> {
  if (!sessionPromise || refresh) {
    const pending = send('/api/auth/session', {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    }) as Promise<SessionView>
    // A failed attempt is not kept: the next write asks again.
    pending.catch(() => {
      if (sessionPromise === pending) sessionPromise = null
    })
    sessionPromise = pending
  }
  return sessionPromise
}

function urlOf(route: PortalRoute<RouteContract>, input: { params?: unknown; query?: unknown }): string {
  return (
    fillPath(route.path, input.params as Record<string, unknown> | undefined) +
    queryString(input.query as Record<string, unknown> | undefined)
  )
}

/** A read: query string, no body, no token. */
export async function portalGet<C extends RouteContract>(
  route: PortalRoute<C>,
  input: CallInput<C>,
): Promise<ResponseOf<C>> {
  const url = urlOf(route, input)
  return (await send(url, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  })) as ResponseOf<C>
}

/**
 * A write: JSON body and the anti-CSRF token. The token is read once from the session; when the
 * server refuses it (the cookie expired meanwhile), a fresh one is fetched and the write is sent once more.
 */
export async function portalSend<C extends RouteContract>(
  route: PortalRoute<C>,
  input: CallInput<C>,
): Promise<ResponseOf<C>> {
  const url = urlOf(route, input)
  const attempt = async (refresh: boolean) => {
    const { csrfToken } = await portalSession(refresh)
    return send(url, {
      method: route.method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify((input as { body?: unknown }).body ?? {}),
    })
  }
  try {
    return (await attempt(false)) as ResponseOf<C>
  } catch (error) {
    if (error instanceof ApiError && error.code === 'csrf') return (await attempt(true)) as ResponseOf<C>
    throw error
  }
}

/** Sends a file as raw bytes (the CV) with the token, reporting progress; the answer or an ApiError. */
export async function portalUpload<C extends RouteContract>(
  route: PortalRoute<C>,
  input: CallInput<C>,
  file: File,
  onProgress: (phase: UploadPhase, percent: number) => void,
): Promise<ResponseOf<C>> {
  const url = urlOf(route, input)
  const { csrfToken } = await portalSession()
  const { status, body } = await uploadFile(url, file, csrfToken, onProgress)
  if (status < 200 || status >= 300) throw toApiError(status, body)
  return body as ResponseOf<C>
}

export { ApiError }
