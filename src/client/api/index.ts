import { contracts } from '../../shared/modules'
import type { ApiError } from './errors'
import { createApiClient } from './request'

let csrfToken: string | null = null
let authErrorHandler: ((error: ApiError) => void) | null = null

/** The session answer carries the token; every write sends it back. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token
}

export const setAuthErrorHandler = (handler: ((error: ApiError) => void) | null) => {
  authErrorHandler = handler
}

/** `call(api.auth.login, { body })`: the one way the browser talks to the server. */
export const call = createApiClient({
  fetch: (input, init) => fetch(input, init),
  csrfToken: () => csrfToken,
  onAuthError: (error) => authErrorHandler?.(error),
})

export const api = contracts
export { ApiError } from './errors'
