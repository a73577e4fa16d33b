// The métiers module: the public portal of social and medico-social jobs (fiches métiers, offers,
// search and alerts, applications, candidates, campaign pages) and the recruiters' and editors' side.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { registerApplicationsRoutes } from './applications.routes'
import { registerCampaignsRoutes } from './campaigns.routes'
import { registerCandidatesRoutes } from './candidates.routes'
import { registerFichesRoutes } from './fiches.routes'
import type { MetiersDeps } from './metiers.deps'
import { registerOffersRoutes } from './offers.routes'
import { registerPagesRoutes } from './pages.routes'
import { registerSearchRoutes } from './search.routes'

export type { MetiersDeps } from './metiers.deps'
export * from './fiches.table'
export * from './offers.table'
export * from './applications.table'
export * from './candidates.table'
export * from './campaigns.table'

export function registerMetiersRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  registerFichesRoutes(app, db, deps)
  registerOffersRoutes(app, db, deps)
  registerSearchRoutes(app, db, deps)
  registerApplicationsRoutes(app, db, deps)
  registerCandidatesRoutes(app, db, deps)
  registerCampaignsRoutes(app, db, deps)
  registerPagesRoutes(app, db, deps)
}
