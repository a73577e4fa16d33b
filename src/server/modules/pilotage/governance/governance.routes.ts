import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { PilotageDeps } from '../pilotage.deps'

/** Routes of the pilotage module's governance part. */
export function registerGovernanceRoutes(_app: FastifyInstance, _db: Database, _deps: PilotageDeps) {}
