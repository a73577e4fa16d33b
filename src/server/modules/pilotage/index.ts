// The pilotage module: multi-year action plans (axes, flagship projects, actions and their fiches
// opérationnelles), indicators and measurements, dashboards, reviews and the yearly recap.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { registerDashboardRoutes } from './dashboard/dashboard.routes'
import { registerGovernanceRoutes } from './governance/governance.routes'
import { registerImportsRoutes } from './imports/imports.routes'
import { registerIndicatorsRoutes } from './indicators/indicators.routes'
import type { PilotageDeps } from './pilotage.deps'
import { registerPlansRoutes } from './plans/plans.routes'
import { registerTransparencyRoutes } from './transparency/transparency.routes'

export type { PilotageDeps } from './pilotage.deps'
export * from './pilotage.table'

export function registerPilotageRoutes(app: FastifyInstance, db: Database, deps: PilotageDeps) {
  registerPlansRoutes(app, db, deps)
  registerIndicatorsRoutes(app, db, deps)
  registerDashboardRoutes(app, db, deps)
  registerGovernanceRoutes(app, db, deps)
  registerTransparencyRoutes(app, db, deps)
  registerImportsRoutes(app, db, deps)
}
