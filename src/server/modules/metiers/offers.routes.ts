import type { FastifyInstance } from 'fastify'
import { metiersOffersContract as c } from '../../../shared/modules/metiers/offers.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import { employersService } from './employers.service'
import type { MetiersDeps } from './metiers.deps'
import { offersService, publicOffer } from './offers.service'

/** Employers' profiles, recruiters' offers and the public read of one offer. */
export function registerOffersRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const employers = employersService(deps)
  const offers = offersService(deps)
  tenantRoute(app, db, c.getEmployer, async (_i, ctx) => employers.get(ctx))
  tenantRoute(app, db, c.saveEmployer, async ({ body }, ctx) => employers.save(ctx, body))
  tenantRoute(app, db, c.listOffers, async ({ query }, ctx) => offers.list(ctx, query))
  tenantRoute(app, db, c.createOffer, async ({ body }, ctx) => offers.create(ctx, body))
  tenantRoute(app, db, c.getOffer, async ({ params }, ctx) => offers.get(ctx, params.id))
  tenantRoute(app, db, c.updateOffer, async ({ params, body }, ctx) => offers.update(ctx, params.id, body))
  tenantRoute(app, db, c.publishOffer, async ({ params, body }, ctx) => offers.publish(ctx, params.id, body))
  tenantRoute(app, db, c.fillOffer, async ({ params }, ctx) => offers.fill(ctx, params.id))
  tenantRoute(app, db, c.withdrawOffer, async ({ params }, ctx) => offers.withdraw(ctx, params.id))
  tenantRoute(app, db, c.duplicateOffer, async ({ params }, ctx) => offers.duplicate(ctx, params.id))
  tenantRoute(app, db, c.jobOptions, async (_i, ctx) => offers.jobOptions(ctx))
  tenantRoute(app, db, c.publicOffer, async ({ params }, ctx) => publicOffer(ctx, params.slug, deps.clock()))
}
