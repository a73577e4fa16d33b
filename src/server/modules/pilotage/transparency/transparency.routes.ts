import type { FastifyInstance } from 'fastify'
import { pilotageTransparencyContract as c } from '../../../../shared/modules/pilotage/transparency.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { transparencyService } from './transparency.service'

/**
 * Transparency: anyone reads a published plan's public page (row-level security shows published
 * plans' axes and actions to everyone). A plan's managers publish it in its settings (plans part).
 */
export function registerTransparencyRoutes(app: FastifyInstance, db: Database, _deps: PilotageDeps) {
  const service = transparencyService()
  tenantRoute(app, db, c.publicPlans, async (_i, ctx) => service.publishedPlans(ctx))
  tenantRoute(app, db, c.publicPlan, async ({ params }, ctx) => service.publicPlan(ctx, params.slug))
}
