import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's apprenticeships part: apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations. */
export function registerApprenticeshipsRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
