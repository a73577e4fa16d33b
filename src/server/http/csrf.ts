import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../shared/errors'
import { randomToken, safeEqual, type Secrets } from '../platform/secrets'

export const CSRF_COOKIE = 'lien_csrf'
export const CSRF_HEADER = 'x-csrf-token'
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Signed double submit: an HttpOnly cookie holds a random nonce; the page receives
 * HMAC(nonce) from GET /api/auth/session and echoes it in a header on every unsafe request.
 * Another site can neither read the token nor send the SameSite=Strict cookie.
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, secrets: Secrets): string {
  let nonce = request.cookies[CSRF_COOKIE]
  if (!nonce || nonce.length < 20) {
    nonce = randomToken()
    void reply.setCookie(CSRF_COOKIE, nonce, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' })
  }
  return secrets.hmac('csrf', nonce)
}

export function registerCsrf(app: FastifyInstance, secrets: Secrets) {
  app.addHook('onRequest', async (request) => {
    if (!unsafe.has(request.method) || !request.url.startsWith('/api/')) return
    // A mail relay sends no cookie: it signs each post itself (x-lien-relay-signature).
    if (request.url.startsWith('/api/inbound/')) return
    const nonce = request.cookies[CSRF_COOKIE]
    const header = request.headers[CSRF_HEADER]
    if (!nonce || typeof header !== 'string' || !safeEqual(header, secrets.hmac('csrf', nonce))) {
      throw new DomainError('csrf', 'Jeton de sécurité absent ou invalide : rechargez la page et réessayez.')
    }
  })
}
