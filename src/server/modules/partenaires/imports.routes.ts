import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of imports (RNA, CSV/XLSX) and batch geocoding. */
export function registerImportsRoutes(_app: FastifyInstance, _db: Database, _deps: PartenairesDeps) {}
