import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { DomainError, fieldLabel, type ErrorBody, type ErrorCode, type FieldIssue } from '../../shared/errors'

/** The one place where a domain error code becomes an HTTP status. */
export const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  mfa_required: 403,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
}

const fastifyCodes: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['validation', "Le corps de la requête n'est pas du JSON valide."],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['validation', 'Le corps de la requête est vide.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'La requête est trop volumineuse (1 Mo au plus).'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Type de contenu non accepté : envoyez du JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation', 'Longueur de contenu invalide.'],
  FST_ERR_BAD_URL: ['validation', 'Adresse invalide.'],
  FST_ERR_ASYNC_CONSTRAINT: ['validation', 'Requête invalide.'],
}

/** PostgreSQL error codes that mean bad input rather than a fault. */
const pgCodes: Record<string, [ErrorCode, string]> = {
  '23505': ['conflict', 'Cet élément existe déjà.'],
  '23503': ['validation', 'Un élément lié est introuvable.'],
  '22P02': ['validation', 'Valeur invalide.'],
  '22021': ['validation', 'Texte mal encodé (UTF-8 attendu).'],
  '22001': ['validation', 'Texte trop long.'],
  '42501': ['not_found', 'Cette ressource est introuvable.'],
}

function pathOf(instancePath: string, params: Record<string, unknown> | undefined): string {
  const base = instancePath.replace(/^\//, '').replaceAll('/', '.')
  const keys = params?.keys
  if (Array.isArray(keys) && keys.length > 0) return [base, String(keys[0])].filter(Boolean).join('.')
  return base
}

const megabytes = (bytes: number | undefined) => Math.max(1, Math.round((bytes ?? 1024 * 1024) / (1024 * 1024)))

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const body = toErrorBody(err)
    body.requestId = request.id
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') body.message = `La requête est trop volumineuse (${megabytes(request.routeOptions.bodyLimit)} Mo au plus).`
    const status = statusOf[body.error]
    if (status >= 500) request.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'erreur')
    if (err.code === 'FST_ERR_RATE_LIMIT' || status === 429) void reply.header('retry-after', '60')
    return reply.status(status).send(body)
  })
}

export function toErrorBody(err: FastifyError | Error): ErrorBody {
  if (err instanceof DomainError) {
    return {
      error: err.code,
      message: err.message,
      ...(err.fields.length ? { fields: err.fields } : {}),
      ...(err.details !== undefined ? { details: err.details } : {}),
    }
  }
  const fe = err as FastifyError & { validationContext?: string }
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const fields: FieldIssue[] = fe.validation.map((v) => ({
      field: pathOf(v.instancePath, v.params),
      message: v.message ?? 'Valeur invalide.',
    }))
    const where = fe.validationContext === 'querystring' ? 'Paramètre' : fe.validationContext === 'params' ? 'Adresse' : 'Champ'
    const first = fields[0]
    const message = first
      ? `${first.field ? fieldLabel(first.field) : where} : ${first.message}`
      : 'Requête invalide.'
    return { error: 'validation', message, fields }
  }
  if (fe.code === 'FST_ERR_RATE_LIMIT' || fe.statusCode === 429) {
    return { error: 'rate_limited', message: 'Trop de tentatives. Réessayez dans une minute.' }
  }
  const known = fe.code ? (fastifyCodes[fe.code] ?? pgCodes[fe.code]) : undefined
  if (known) return { error: known[0], message: known[1] }
  const cause = (fe as { cause?: { code?: string } }).cause
  const pgKnown = cause?.code ? pgCodes[cause.code] : undefined
  if (pgKnown) return { error: pgKnown[0], message: pgKnown[1] }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { error: fe.statusCode === 413 ? 'payload_too_large' : fe.statusCode === 415 ? 'unsupported_media_type' : 'validation', message: 'Requête invalide.' }
  }
  return { error: 'internal', message: 'Une erreur interne est survenue. Réessayez ; si elle persiste, donnez ce numéro au support.' }
}
