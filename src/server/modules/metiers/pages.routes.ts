import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { MetiersDeps } from './metiers.deps'

export function registerPagesRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
