import type { FastifyInstance } from 'fastify'
import { pilotageDashboardContract as c } from '../../../../shared/modules/pilotage/dashboard.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { dashboardService } from './dashboard.service'

/**
 * The monthly dashboard of a plan and its indicators' series, for the plan's organisation and
 * those it is shared with. The dashboard names the actions' pilots: each read is in the audit log.
 */
export function registerDashboardRoutes(app: FastifyInstance, db: Database, deps: PilotageDeps) {
  const service = dashboardService(deps)
  tenantRoute(app, db, c.dashboard, async ({ params, query }, ctx) => {
    const view = await service.dashboard(ctx.tx, params.id, query)
    await ctx.audit({ action: 'read', entityType: 'action_plan_dashboard', entityId: params.id })
    return view
  })
  tenantRoute(app, db, c.series, async ({ params, query }, ctx) => service.series(ctx.tx, params.id, query))
}
