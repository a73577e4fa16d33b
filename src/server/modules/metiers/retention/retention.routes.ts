import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's retention part: reasons to stay: the Point de chute network, housing near workplaces, childcare with staggered hours, the listening line's callback slots. */
export function registerRetentionRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
