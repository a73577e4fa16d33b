import type { FastifyInstance } from 'fastify'
import { sql } from 'drizzle-orm'
import { metiersImmersionsContract as c } from '../../../../shared/modules/metiers/immersions.contract'
import { rows, type Database, type Db } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { tenantRoute } from '../../../http/register'
import { foundTenantRoute } from '../application-public-routes'
import type { MetiersDeps } from '../metiers.deps'
import { hostTenantRoute } from './host-tenant-route'
import { immersionOffersService } from './immersion-offers.service'
import { immersionRequestsService } from './immersion-requests.service'
import { immersionsRepository } from './immersions.repository'

/** The tenant of a published immersion offer. */
const publishedOfferTenant = async (tx: Db, id: string) =>
  (
    await rows<{ organisation_id: string }>(
      tx,
      sql`select organisation_id from immersion_offers where id = ${id} and published`,
    )
  )[0]?.organisation_id

/** Routes of the métiers module's immersions part: discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome. */
export function registerImmersionsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const offers = immersionOffersService(deps)
  const requests = immersionRequestsService(deps)
  const byOffer = {
    find: (tx: Db, i: { params: { id: string } }) => publishedOfferTenant(tx, i.params.id),
    notFoundMessage: 'Cette immersion',
    actorLabel: 'Public (portail des métiers)',
  }
  // The candidate's own request, seen under their policy (no organisation yet), names the host's tenant.
  const byOwnRequest = {
    find: (tx: Db, i: { params: { id: string } }) =>
      immersionsRepository(tx).organisationOfOwnRequest(i.params.id),
    notFoundMessage: 'Cette demande d’immersion',
    actorLabel: 'Candidat',
  }

  tenantRoute(app, db, c.listOffers, async (_i, ctx) => offers.list(ctx))
  tenantRoute(app, db, c.createOffer, async ({ body }, ctx) => offers.create(ctx, body))
  tenantRoute(app, db, c.getOffer, async ({ params }, ctx) => offers.get(ctx, params.id))
  tenantRoute(app, db, c.updateOffer, async ({ params, body }, ctx) => offers.update(ctx, params.id, body))
  tenantRoute(app, db, c.publishOffer, async ({ params, body }, ctx) =>
    offers.publish(ctx, params.id, body.published),
  )

  tenantRoute(app, db, c.listRequests, async ({ query }, ctx) => requests.list(ctx, query))
  tenantRoute(app, db, c.getRequest, async ({ params }, ctx) => requests.get(ctx, params.id))
  tenantRoute(app, db, c.acceptRequest, async ({ params }, ctx) => requests.accept(ctx, params.id))
  tenantRoute(app, db, c.refuseRequest, async ({ params, body }, ctx) =>
    requests.refuse(ctx, params.id, body.reason),
  )
  tenantRoute(app, db, c.saveConvention, async ({ params, body }, ctx) =>
    requests.saveConvention(ctx, params.id, body),
  )
  tenantRoute(app, db, c.conventionPdf, async ({ params }, ctx, http) => {
    const pdf = await requests.hostPdf(ctx, params.id)
    asAttachment(http.reply, pdf.fileName, 'application/pdf', 'convention-immersion')
    return Buffer.from(pdf.bytes)
  })
  tenantRoute(app, db, c.recordOutcome, async ({ params, body }, ctx) =>
    requests.recordOutcome(ctx, params.id, body),
  )

  tenantRoute(app, db, c.publicList, async ({ query }, ctx) => offers.publicList(ctx, query))
  foundTenantRoute(app, db, c.publicOffer, byOffer, ({ params }, ctx) => offers.publicOffer(ctx, params.id))
  foundTenantRoute(app, db, c.request, byOffer, ({ params, body }, ctx) =>
    requests.request(ctx, params.id, body),
  )
  tenantRoute(app, db, c.myRequests, async (_i, ctx) => requests.mine(ctx))
  foundTenantRoute(app, db, c.cancelMine, byOwnRequest, ({ params }, ctx) =>
    requests.cancelMine(ctx, params.id),
  )
  hostTenantRoute(app, db, c.myConventionPdf, byOwnRequest, async ({ params }, ctx, http) => {
    const pdf = await requests.candidatePdf(ctx, params.id)
    asAttachment(http.reply, pdf.fileName, 'application/pdf', 'convention-immersion')
    return Buffer.from(pdf.bytes)
  })
}
