import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's immersions part: discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome. */
export function registerImmersionsRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
