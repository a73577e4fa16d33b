import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of the directory: structures, places, services, search. */
export function registerDirectoryRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
