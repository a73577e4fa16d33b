import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { PilotageDeps } from '../pilotage.deps'

/** Routes of the pilotage module's plans part. */
export function registerPlansRoutes(_app: FastifyInstance, _db: Database, _deps: PilotageDeps) {}
