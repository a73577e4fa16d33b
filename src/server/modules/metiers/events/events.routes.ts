import type { FastifyInstance } from 'fastify'
import type { Database } from '../../../db/client'
import type { MetiersDeps } from '../metiers.deps'

/** Routes of the métiers module's events part: events: forums, job datings, festival, webinars; registration with capacity and waiting list, ICS, reminders, attendance, replays. */
export function registerEventsRoutes(_app: FastifyInstance, _db: Database, _deps: MetiersDeps) {}
