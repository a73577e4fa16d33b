import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { PilotageDeps } from '../pilotage.deps'

/** Routes of the pilotage module's dashboard part. */
export function registerDashboardRoutes(_app: FastifyInstance, _db: Database, _deps: PilotageDeps) {}
