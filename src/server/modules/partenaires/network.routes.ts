import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of changes proposed by partners, stale entries, charter, meetings. */
export function registerNetworkRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
