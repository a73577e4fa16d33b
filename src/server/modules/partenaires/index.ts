// The partenaires module: the shared directory of solidarity services, orientations to partners,
// the orientation sheet, and the life of the network (charter, meetings).
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { registerDirectoryRoutes } from './directory.routes'
import { registerImportsRoutes } from './imports.routes'
import { registerNetworkRoutes } from './network.routes'
import type { PartenairesDeps } from './partenaires.deps'
import { registerReferralsRoutes } from './referrals.routes'
import { registerSearchRoutes } from './search.routes'
import { registerSheetRoutes } from './sheet.routes'

export * from './partenaires.table'
export type { PartenairesDeps } from './partenaires.deps'

export function registerPartenairesRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  registerDirectoryRoutes(app, db, deps)
  registerSearchRoutes(app, db, deps)
  registerImportsRoutes(app, db, deps)
  registerReferralsRoutes(app, db, deps)
  registerNetworkRoutes(app, db, deps)
  registerSheetRoutes(app, db, deps)
}
