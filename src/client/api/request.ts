import type { BodyInputOf, ParamsOf, QueryInputOf, ResponseOf, RouteContract } from '../../shared/contract'
import { ApiError, networkError, toApiError } from './errors'

/** One part of a call: absent when the contract has none, optional when every key is optional. */
type Part<K extends string, T> = unknown extends T
  ? { [P in K]?: undefined }
  : Record<string, never> extends T
    ? { [P in K]?: T }
    : { [P in K]: T }

/** What a call to contract C needs: path params, query string and body, typed from the contract. */
export type CallInput<C> = Part<'params', ParamsOf<C>> &
  Part<'query', QueryInputOf<C>> &
  Part<'body', BodyInputOf<C>>

export interface RequestParts {
  url: string
  init: RequestInit
}

function asText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'boolean':
    case 'bigint':
      return value.toString()
    case 'undefined':
    case 'function':
    case 'symbol':
      return ''
    case 'object':
      return JSON.stringify(value)
  }
}

/** `/api/members/:id` with `{ id }` → `/api/members/<id>`; every value is URL-encoded. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined || value === null || value === '') {
      throw new Error(`Paramètre manquant dans le chemin : ${name}`)
    }
    return encodeURIComponent(asText(value))
  })
}

/** Query string of a GET: empty and undefined values are left out; arrays repeat the key. */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) for (const v of value as unknown[]) search.append(key, asText(v))
    else search.append(key, asText(value))
  }
  const s = search.toString()
  return s ? `?${s}` : ''
}

/** The fetch arguments for a call: GET carries a query string, other methods a JSON body and the CSRF token. */
export function buildRequest(
  contract: RouteContract,
  input: { params?: unknown; query?: unknown; body?: unknown },
  csrfToken: string | null,
): RequestParts {
  const path = fillPath(contract.path, input.params as Record<string, unknown> | undefined)
  if (contract.method === 'GET') {
    return {
      url: path + queryString(input.query as Record<string, unknown> | undefined),
      init: { method: 'GET', credentials: 'same-origin', headers: { accept: 'application/json' } },
    }
  }
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' }
  if (csrfToken) headers['x-csrf-token'] = csrfToken
  return {
    url: path + queryString(input.query as Record<string, unknown> | undefined),
    init: {
      method: contract.method,
      credentials: 'same-origin',
      headers,
      body: JSON.stringify(input.body ?? {}),
    },
  }
}

export interface ApiClientOptions {
  fetch: typeof fetch
  csrfToken: () => string | null
  /**
   * Called when a route that needs a session answers 401 `unauthenticated` (session over) or 403
   * `mfa_required` (second factor owed), before the error is thrown. Public routes (sign-in
   * itself) only throw: their 401 is a wrong password, not an expired session.
   */
  onAuthError?: (error: ApiError) => void
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

export type ApiCall = <C extends RouteContract>(contract: C, input: CallInput<C>) => Promise<ResponseOf<C>>

/** A client that calls any contract; errors are thrown as ApiError with the server's French message. */
export function createApiClient(options: ApiClientOptions): ApiCall {
  return async <C extends RouteContract>(contract: C, input: CallInput<C>) => {
    const { url, init } = buildRequest(contract, input, options.csrfToken())
    let response: Response
    try {
      response = await options.fetch(url, init)
    } catch {
      throw networkError()
    }
    const body = await readJson(response)
    if (!response.ok) {
      const error = toApiError(response.status, body)
      const sessionLost =
        (error.status === 401 && error.code === 'unauthenticated') ||
        (error.status === 403 && error.code === 'mfa_required')
      if (sessionLost && contract.access.kind !== 'public') {
        options.onAuthError?.(error)
      }
      throw error
    }
    return body as ResponseOf<C>
  }
}
