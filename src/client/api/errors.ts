import type { ErrorBody, ErrorCode, FieldIssue } from '../../shared/errors'

/** An error answer of the API, with its French message and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly requestId?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const fallbackMessage = 'Le service ne répond pas comme prévu. Réessayez dans un instant.'

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { error?: unknown }).error === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}

/** Builds an ApiError from any failed answer, even one that is not JSON (a proxy's page). */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const fields = Array.isArray(body.fields) ? body.fields : []
    return new ApiError(status, body.error, body.message, fields, body.requestId)
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'validation', fallbackMessage)
}

/** Network failure (offline, server down): same shape, so forms show one kind of error. */
export const networkError = () =>
  new ApiError(0, 'internal', 'Impossible de joindre le service. Vérifiez votre connexion puis réessayez.')
