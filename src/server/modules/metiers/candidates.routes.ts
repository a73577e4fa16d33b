import type { FastifyInstance } from 'fastify'
import { DomainError } from '../../../shared/errors'
import { metiersCandidatesContract as c } from '../../../shared/modules/metiers/candidates.contract'
import type { Database } from '../../db/client'
import { asAttachment } from '../../http/attachment'
import { identityRoute, tenantRoute } from '../../http/register'
import { SESSION_COOKIE, setSessionCookie } from '../auth'
import { candidateSignUp } from './candidate-sign-up'
import { candidatesService, eraseCandidateAccount } from './candidates.service'
import type { MetiersDeps } from './metiers.deps'

export function registerCandidatesRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const signUp = candidateSignUp({
    db,
    mailer: deps.mailer,
    publicUrl: deps.publicUrl,
    clock: deps.clock,
    auth: deps.auth,
  })
  const candidatesDeps = { db, files: deps.files, clock: deps.clock }
  const candidates = candidatesService(candidatesDeps)

  identityRoute(app, c.signUp, async ({ body }, { requestId }) => {
    await signUp.signUp(body, requestId)
    return { ok: true as const }
  })

  identityRoute(app, c.confirm, async ({ body }, { actor, requestId }, { reply }) => {
    setSessionCookie(reply, await signUp.confirm(body.token, actor?.sessionId ?? null, requestId))
    return { stage: 'active' as const }
  })

  tenantRoute(app, db, c.getProfile, async (_input, ctx) => candidates.profile(ctx))
  tenantRoute(app, db, c.updateProfile, async ({ body }, ctx) => candidates.updateProfile(ctx, body))
  tenantRoute(app, db, c.uploadCv, async ({ query }, ctx, http) =>
    candidates.uploadCv(ctx, query.fileName, http.request.body),
  )
  tenantRoute(app, db, c.downloadCv, async (_input, ctx, http) => {
    const cv = await candidates.downloadCv(ctx)
    asAttachment(http.reply, cv.fileName, cv.type, 'cv')
    return cv.bytes
  })
  tenantRoute(app, db, c.deleteCv, async (_input, ctx) => candidates.deleteCv(ctx))
  tenantRoute(app, db, c.myApplications, async (_input, ctx) => candidates.applications(ctx))

  identityRoute(app, c.eraseAccount, async ({ body }, { actor, requestId }, { reply }) => {
    if (!actor) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
    await eraseCandidateAccount(candidatesDeps, actor, body.password, requestId)
    void reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return { ok: true as const }
  })
}
