// The métiers module: the public portal of social and medico-social jobs (fiches métiers, offers,
// search and alerts, applications, candidates, campaign pages) and the recruiters' and editors' side.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { registerApplicationsRoutes } from './applications.routes'
import { registerApprenticeshipsRoutes } from './apprenticeships/apprenticeships.routes'
import { registerTrainingsRoutes } from './trainings/trainings.routes'
import { registerImmersionsRoutes } from './immersions/immersions.routes'
import { registerEventsRoutes } from './events/events.routes'
import { registerAmbassadorsRoutes } from './ambassadors/ambassadors.routes'
import { registerRetentionRoutes } from './retention/retention.routes'
import { registerAgrementRoutes } from './agrement/agrement.routes'
import { registerObservatoryRoutes } from './observatory/observatory.routes'
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
export * from './apprenticeships/apprenticeships.table'
export * from './trainings/trainings.table'
export * from './immersions/immersions.table'
export * from './events/events.table'
export * from './ambassadors/ambassadors.table'
export * from './retention/retention.table'
export * from './agrement/agrement.table'
export * from './observatory/observatory.table'

export function registerMetiersRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  registerFichesRoutes(app, db, deps)
  registerOffersRoutes(app, db, deps)
  registerSearchRoutes(app, db, deps)
  registerApplicationsRoutes(app, db, deps)
  registerCandidatesRoutes(app, db, deps)
  registerCampaignsRoutes(app, db, deps)
  registerApprenticeshipsRoutes(app, db, deps)
  registerTrainingsRoutes(app, db, deps)
  registerImmersionsRoutes(app, db, deps)
  registerEventsRoutes(app, db, deps)
  registerAmbassadorsRoutes(app, db, deps)
  registerRetentionRoutes(app, db, deps)
  registerAgrementRoutes(app, db, deps)
  registerObservatoryRoutes(app, db, deps)
  registerPagesRoutes(app, db, deps)
}
