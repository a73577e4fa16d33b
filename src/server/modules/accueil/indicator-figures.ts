/**
 * Figures of the reception for the pilotage module's computed indicators, read through this
 * module's index: of the requests received in a month, how many were due by a day and how many
 * of those got their first answer by their due day.
 */
import { sql } from 'drizzle-orm'
import { addDays, addMonths, endOfParisDay, type CivilDate } from '../../../shared/dates'
import { rows, type Db } from '../../db/client'

/** The instant a Paris day begins. */
const startOfParisDay = (day: CivilDate) => new Date(endOfParisDay(addDays(day, -1)).getTime() + 1)

export interface AnswerDelayFigures {
  /** Requests received in the month that were due: answered, or their due day passed before `today`. */
  due: number
  /** Of those, answered (first answer, Paris day) on or before their due day. */
  withinDelay: number
}

/** Requests received during `month` (its first day) in the organisation, as seen on `today`. */
export async function requestsAnsweredWithinDelay(
  tx: Db,
  organisationId: string,
  month: CivilDate,
  today: CivilDate,
): Promise<AnswerDelayFigures> {
  const from = startOfParisDay(month)
  const to = startOfParisDay(addMonths(month, 1))
  const [row] = await rows<{ due: number; within: number }>(
    tx,
    sql`select
          count(*) filter (where first_answered_at is not null or due_on < ${today})::int as due,
          count(*) filter (
            where first_answered_at is not null
              and (first_answered_at at time zone 'Europe/Paris')::date <= due_on)::int as within
        from requests
        where organisation_id = ${organisationId}
          and received_at >= ${from.toISOString()} and received_at < ${to.toISOString()}`,
  )
  return { due: Number(row?.due ?? 0), withinDelay: Number(row?.within ?? 0) }
}
