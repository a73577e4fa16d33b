import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of entries to update, charter, meetings. */
export function registerNetworkRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
