import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's observatory part: the recruitment observatory (funnels by job and territory) and the platform's contact form. */
export function registerObservatoryRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
