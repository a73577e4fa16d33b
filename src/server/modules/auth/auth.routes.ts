import type { FastifyInstance, FastifyReply } from 'fastify'
import { authContract } from '../../../shared/modules/auth/auth.contract'
import { csrfTokenFor } from '../../http/csrf'
import type { Actor } from '../../http/context'
import { identityRoute } from '../../http/register'
import type { Secrets } from '../../platform/secrets'
import type { AuthRepository } from './auth.repository'
import type { AuthService, SessionCookie } from './auth.service'
import { OIDC_COOKIE, type ProConnectClient, type ProConnectIdentity } from './proconnect'

export const SESSION_COOKIE = 'lien_session'

export interface AuthRouteDeps {
  service: AuthService
  repo: AuthRepository
  secrets: Secrets
  publicUrl: string
  proconnect: ProConnectClient | undefined
  /** Finds or creates the account of a ProConnect identity and attaches it to the organisation of its SIRET. */
  proconnectAccount: (identity: ProConnectIdentity) => Promise<string>
}

/** The session cookie, also set by other sign-in paths (a candidate confirming their address). */
export function setSessionCookie(reply: FastifyReply, cookie: SessionCookie) {
  void reply.setCookie(SESSION_COOKIE, cookie.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    maxAge: cookie.maxAgeSeconds,
  })
}

const required = (actor: Actor | null): Actor => {
  if (!actor) throw new Error('access rule let an anonymous request through')
  return actor
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps) {
  const { service, repo, secrets, proconnect } = deps

  identityRoute(app, authContract.session, async (_input, { actor }, { request, reply }) => ({
    csrfToken: csrfTokenFor(request, reply, secrets),
    account: actor
      ? {
          id: actor.accountId,
          email: actor.email,
          displayName: actor.displayName,
          platformAdmin: actor.platformAdmin,
          totpEnabled: actor.totpEnabled,
          locale: actor.locale,
        }
      : null,
    stage: actor?.stage ?? null,
    currentOrganisationId: actor?.stage === 'active' ? actor.organisationId : null,
    memberships: actor?.stage === 'active' ? actor.memberships : [],
    proconnectEnabled: proconnect !== undefined,
  }))

  identityRoute(app, authContract.login, async ({ body }, { actor, requestId }, { reply }) => {
    const { stage, cookie } = await service.login(body.email, body.password, actor?.sessionId ?? null, requestId)
    setSessionCookie(reply, cookie)
    return { stage }
  })

  identityRoute(app, authContract.verifyTotp, async ({ body }, { actor, requestId }) => ({
    stage: await service.verifyTotp(required(actor), body.code, requestId),
  }))

  identityRoute(app, authContract.startTotpEnrolment, async (_input, { actor }) => service.startTotpEnrolment(required(actor)))

  identityRoute(app, authContract.confirmTotpEnrolment, async ({ body }, { actor, requestId }) => ({
    stage: await service.confirmTotpEnrolment(required(actor), body.code, requestId),
  }))

  identityRoute(app, authContract.logout, async (_input, { actor, requestId }, { reply }) => {
    await service.logout(actor, requestId)
    void reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return { ok: true as const }
  })

  identityRoute(app, authContract.switchOrganisation, async ({ body }, { actor }) => {
    await service.switchOrganisation(required(actor), body.organisationId)
    return { ok: true as const }
  })

  identityRoute(app, authContract.forgotPassword, async ({ body }) => {
    await service.forgotPassword(body.email)
    return { ok: true as const }
  })

  identityRoute(app, authContract.resetPassword, async ({ body }) => {
    await service.resetPassword(body.token, body.newPassword)
    return { ok: true as const }
  })

  identityRoute(app, authContract.changePassword, async ({ body }, { actor }) => {
    await service.changePassword(required(actor), body.password, body.newPassword)
    return { ok: true as const }
  })

  identityRoute(app, authContract.updateProfile, async ({ body }, { actor }) => {
    await service.updateProfile(required(actor), body)
    return { ok: true as const }
  })

  identityRoute(app, authContract.proconnectLogin, async (_input, _ctx, { reply }) => {
    if (!proconnect) return reply.redirect('/connexion?erreur=proconnect', 303)
    const { url, cookie } = await proconnect.start()
    void reply.setCookie(OIDC_COOKIE, cookie, { httpOnly: true, secure: true, sameSite: 'lax', path: '/api/auth/proconnect', maxAge: 600 })
    return reply.redirect(url, 303)
  })

  identityRoute(app, authContract.proconnectCallback, async ({ query }, { actor, requestId }, { request, reply }) => {
    void reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/proconnect' })
    if (!proconnect || query.error) return reply.redirect('/connexion?erreur=proconnect', 303)
    try {
      const current = new URL(request.url, deps.publicUrl)
      const identity = await proconnect.finish(current, request.cookies[OIDC_COOKIE])
      const accountId = await deps.proconnectAccount(identity)
      const account = await repo.findAccount(accountId)
      if (!account || account.disabledAt) return reply.redirect('/connexion?erreur=proconnect', 303)
      const { stage, cookie } = await service.openSession(account, 'proconnect', actor?.sessionId ?? null, requestId)
      setSessionCookie(reply, cookie)
      return reply.redirect(stage === 'active' ? '/' : '/connexion', 303)
    } catch (err) {
      request.log.warn({ err: { message: (err as Error).message } }, 'proconnect: échec de connexion')
      return reply.redirect('/connexion?erreur=proconnect', 303)
    }
  })
}
