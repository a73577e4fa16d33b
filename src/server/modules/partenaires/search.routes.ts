import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of the search of the directory. */
export function registerSearchRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
