import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's ambassadors part: ambassadors (professionals who speak about their job) and their bookings, and the candidate's discovery path. */
export function registerAmbassadorsRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
