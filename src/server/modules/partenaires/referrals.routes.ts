import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of orientations sent to partners and partner accounts. */
export function registerReferralsRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
