import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's trainings part: training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices. */
export function registerTrainingsRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
