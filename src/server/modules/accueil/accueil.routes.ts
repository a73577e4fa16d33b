import type { FastifyInstance } from 'fastify'
import { accueilContract as c } from '../../../shared/modules/accueil/accueil.contract'
import type { Database } from '../../db/client'
import { organisationPublicRoute, tenantRoute } from '../../http/register'
import type { Mailer } from '../../platform/mailer'
import type { Secrets } from '../../platform/secrets'
import { accueilService, type Clock } from './accueil.service'
import { commitmentsService } from './commitments.service'
import { checkRelaySignature, inboundEmailService, RELAY_SIGNATURE_HEADER } from './inbound-email.service'
import { publicContactService } from './public-contact.service'

export interface AccueilDeps {
  mailer: Mailer
  secrets: Secrets
  publicUrl: string
  clock: Clock
}

const byPath = { organisationId: (i: { params: { organisationId: string } }) => i.params.organisationId }

export function registerAccueilRoutes(app: FastifyInstance, db: Database, deps: AccueilDeps) {
  const service = accueilService(deps.clock)
  const publicContact = publicContactService(deps)
  const inbound = inboundEmailService(deps)
  const commitments = commitmentsService(deps.clock)
  tenantRoute(app, db, c.create, async ({ body }, ctx) => service.create(ctx, body))
  tenantRoute(app, db, c.list, async ({ query }, ctx) => service.list(ctx, query))
  tenantRoute(app, db, c.assignees, async ({ query }, ctx) => service.assignees(ctx, query.serviceId))
  tenantRoute(app, db, c.counters, async (_i, ctx) => service.counters(ctx))
  tenantRoute(app, db, c.get, async ({ params }, ctx) => service.get(ctx, params.id))
  tenantRoute(app, db, c.answer, async ({ params, body }, ctx) => service.answer(ctx, params.id, body))
  tenantRoute(app, db, c.changeState, async ({ params, body }, ctx) =>
    service.changeState(ctx, params.id, body.state),
  )
  tenantRoute(app, db, c.reassign, async ({ params, body }, ctx) => service.reassign(ctx, params.id, body))
  tenantRoute(app, db, c.orient, async ({ params, body }, ctx) => service.orient(ctx, params.id, body))
  tenantRoute(app, db, c.orientationOutcome, async ({ params, body }, ctx) =>
    service.recordOutcome(ctx, params.id, body.outcome),
  )
  tenantRoute(app, db, c.delays, async (_i, ctx) => service.delays(ctx))
  tenantRoute(app, db, c.setDelays, async ({ body }, ctx) => service.setDelays(ctx, body.delays))
  tenantRoute(app, db, c.emailRelay, async (_i, ctx) => inbound.relayAddress(ctx.actor!.organisationId!))

  organisationPublicRoute(
    app,
    db,
    c.contactForm,
    { ...byPath, actorLabel: 'Public' },
    async ({ params }, ctx) => publicContact.form(ctx, params.organisationId),
  )
  organisationPublicRoute(
    app,
    db,
    c.contact,
    { ...byPath, actorLabel: 'Public (formulaire de contact)' },
    async ({ params, body }, ctx) => publicContact.submit(ctx, params.organisationId, body),
  )
  organisationPublicRoute(
    app,
    db,
    c.commitments,
    { ...byPath, actorLabel: 'Public' },
    async ({ params }, ctx) => commitments.results(ctx, params.organisationId),
  )
  organisationPublicRoute(
    app,
    db,
    c.inboundEmail,
    { ...byPath, actorLabel: 'Relais de courrier entrant' },
    async ({ params }, ctx, http) => {
      checkRelaySignature(deps.secrets, params.organisationId, http.request.headers[RELAY_SIGNATURE_HEADER])
      return inbound.receive(ctx, params.organisationId, http.request.body)
    },
  )
}
