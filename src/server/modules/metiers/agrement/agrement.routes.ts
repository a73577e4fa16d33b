import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's agrement part: the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training. */
export function registerAgrementRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
