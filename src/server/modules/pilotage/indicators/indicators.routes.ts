import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { PilotageDeps } from '../pilotage.deps'

/** Routes of the pilotage module's indicators part. */
export function registerIndicatorsRoutes(_app: FastifyInstance, _db: Database, _deps: PilotageDeps) {}
