import type { FastifyInstance } from 'fastify'
import { mailContract as c } from '../../../shared/modules/domiciliation/mail.contract'
import type { Database } from '../../db/client'
import { identityRoute, organisationPublicRoute } from '../../http/register'
import { auditRecorder } from '../../platform/audit'
import type { portalService, SignInOutcome } from './portal.service'
import { PORTAL_SESSION_MINUTES } from '../../../shared/modules/domiciliation/mail.constants'
import { PORTAL_COOKIE, portalCookiePath } from './portal-session'

const ACTOR = 'Personne domiciliée (espace personnel)'
const byPath = { organisationId: (i: { params: { organisationId: string } }) => i.params.organisationId }

const cookieOptions = (organisationId: string) => ({
  httpOnly: true,
  secure: true,
  sameSite: 'strict' as const,
  path: portalCookiePath(organisationId),
})

/**
 * The domiciled person's space. The sign-in runs its own tenant transaction rather than the usual
 * public route, because a wrong code must be counted (and audited) even though the answer is a
 * refusal: the transaction commits first, the refusal is thrown after.
 */
export function registerPortalRoutes(
  app: FastifyInstance,
  db: Database,
  portal: ReturnType<typeof portalService>,
) {
  identityRoute(app, c.portalSignIn, async (input, { requestId }, { reply }) => {
    const organisationId = input.params.organisationId
    const audit = auditRecorder({ accountId: null, label: ACTOR, organisationId }, requestId)
    const outcome: SignInOutcome = await db.transaction(
      { organisationId, accountId: null, platformAdmin: false },
      (tx) => portal.signIn({ tx, audit: audit.write, organisationId }, input.body),
      audit.statement,
    )
    if (!outcome.ok) throw outcome.error
    // The browser keeps the cookie for the session's length; the token carries the expiry the server checks.
    void reply.setCookie(PORTAL_COOKIE, outcome.token, {
      ...cookieOptions(organisationId),
      maxAge: PORTAL_SESSION_MINUTES * 60,
    })
    return { expiresAt: outcome.expiresAt.toISOString() }
  })

  identityRoute(app, c.portalSignOut, async ({ params }, _ctx, { reply }) => {
    void reply.clearCookie(PORTAL_COOKIE, cookieOptions(params.organisationId))
    return { ok: true as const }
  })

  organisationPublicRoute(
    app,
    db,
    c.portal,
    { ...byPath, actorLabel: ACTOR },
    async ({ params }, ctx, http) =>
      portal.read(
        { tx: ctx.tx, audit: ctx.audit, organisationId: params.organisationId },
        http.request.cookies[PORTAL_COOKIE],
      ),
  )
}
