import { dashboardRoutes } from './dashboard/dashboard.routes'
import { governanceRoutes } from './governance/governance.routes'
import { importsRoutes } from './imports/imports.routes'
import { indicatorsRoutes } from './indicators/indicators.routes'
import { plansRoutes } from './plans/plans.routes'
import { transparencyRoutes } from './transparency/transparency.routes'

/** The back-office pages of the pilotage module: plans, fiches, indicators, dashboards, reviews. */
export const pilotageRoutes = (
  <>
    {importsRoutes}
    {dashboardRoutes}
    {governanceRoutes}
    {indicatorsRoutes}
    {transparencyRoutes}
    {plansRoutes}
  </>
)
