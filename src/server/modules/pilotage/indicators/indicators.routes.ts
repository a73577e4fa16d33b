import type { FastifyInstance } from 'fastify'
import { pilotageIndicatorsContract as c } from '../../../../shared/modules/pilotage/indicators.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { indicatorsService } from './indicators.service'

/** Routes of the pilotage module's indicators part. */
export function registerIndicatorsRoutes(app: FastifyInstance, db: Database, deps: PilotageDeps) {
  const indicators = indicatorsService(deps)
  tenantRoute(app, db, c.ofAction, ({ params }, ctx) => indicators.ofAction(ctx, params.id))
  tenantRoute(app, db, c.ofAxis, ({ params }, ctx) => indicators.ofAxis(ctx, params.id))
  tenantRoute(app, db, c.choices, (_i, ctx) => indicators.choices(ctx))
  tenantRoute(app, db, c.create, ({ body }, ctx) => indicators.create(ctx, body))
  tenantRoute(app, db, c.get, ({ params }, ctx) => indicators.get(ctx, params.id))
  tenantRoute(app, db, c.update, ({ params, body }, ctx) => indicators.update(ctx, params.id, body))
  tenantRoute(app, db, c.remove, ({ params }, ctx) => indicators.remove(ctx, params.id))
  tenantRoute(app, db, c.setTargets, ({ params, body }, ctx) => indicators.setTargets(ctx, params.id, body))
  tenantRoute(app, db, c.measure, ({ params, body }, ctx) => indicators.measure(ctx, params.id, body))
}
