import type { FastifyInstance } from 'fastify'
import { referralsContract as c } from '../../../shared/modules/partenaires/referrals.contract'
import type { Database } from '../../db/client'
import { organisationPublicRoute, tenantRoute } from '../../http/register'
import type { PartenairesDeps } from './partenaires.deps'
import { partnerInvitations } from './referrals-invitation'
import { referralsService } from './referrals.service'

const byPath = { organisationId: (i: { params: { organisationId: string } }) => i.params.organisationId }

/** Routes of orientations to partners, partner accounts and the secure link. */
export function registerReferralsRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const service = referralsService(deps)
  const invitations = partnerInvitations(deps)

  tenantRoute(app, db, c.invitePartner, async ({ params, body }, ctx) =>
    invitations.invite(ctx, params.id, body.email),
  )
  tenantRoute(app, db, c.create, async ({ params, body }, ctx) => service.create(ctx, params.id, body))
  tenantRoute(app, db, c.ofRequest, async ({ params }, ctx) => service.ofRequest(ctx, params.id))
  tenantRoute(app, db, c.sent, async ({ query }, ctx) => service.sent(ctx, query))
  tenantRoute(app, db, c.get, async ({ params }, ctx) => service.get(ctx, params.id))
  tenantRoute(app, db, c.received, async ({ query }, ctx) => service.received(ctx, query.status, query.page))
  tenantRoute(app, db, c.receivedOne, async ({ params }, ctx) => service.receivedOne(ctx, params.id))
  tenantRoute(app, db, c.answer, async ({ params, body }, ctx) =>
    service.answerAsMember(ctx, params.id, body),
  )
  tenantRoute(app, db, c.summary, async ({ query }, ctx) => service.summary(ctx, query.from, query.to))

  const linkActor = 'Partenaire (lien sécurisé)'
  organisationPublicRoute(
    app,
    db,
    c.linkRead,
    { ...byPath, actorLabel: linkActor },
    async ({ params }, ctx) => service.linkRead(ctx, params.organisationId, params.token),
  )
  organisationPublicRoute(
    app,
    db,
    c.linkAnswer,
    { ...byPath, actorLabel: linkActor },
    async ({ params, body }, ctx) => service.linkAnswer(ctx, params.organisationId, params.token, body),
  )
}
