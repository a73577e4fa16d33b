import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of the orientation sheet. */
export function registerSheetRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
