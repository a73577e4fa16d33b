/**
 * Each employer's answer rate: of the applications of the last 6 months, the share moved out of
 * « reçue » within 7 days, and the median days to that first answer. An application still inside
 * its 7 days without answer is not counted yet (it is not late); one the candidate withdrew inside
 * its 7 days without answer is never counted. Below 5 counted applications, no rate is given.
 */
import { eq, sql } from 'drizzle-orm'
import {
  ANSWER_DELAY_DAYS,
  ANSWER_RATE_MIN_APPLICATIONS,
  ANSWER_RATE_MONTHS,
} from '../../../shared/modules/metiers/applications.contract'
import type { Db } from '../../db/client'
import { rows } from '../../db/client'
import { employerAnswerRates } from './applications.table'

export type AnswerRateRow = typeof employerAnswerRates.$inferSelect

export function answerRatesRepository(db: Db) {
  return {
    /** Recomputes and stores one employer's rate (in the caller's transaction). */
    async refresh(organisationId: string, now: Date): Promise<AnswerRateRow> {
      const at = now.toISOString()
      const [row] = await rows<AnswerRateRow>(
        db,
        sql`with counted as (
              select created_at, answered_at from job_applications
              where organisation_id = ${organisationId}
                and created_at >= ${at}::timestamptz - make_interval(months => ${ANSWER_RATE_MONTHS})
                and created_at <= ${at}::timestamptz
                and not (answered_at is null
                  and withdrawn_at is not null
                  and withdrawn_at < created_at + make_interval(days => ${ANSWER_DELAY_DAYS}))
                and not (answered_at is null
                  and created_at > ${at}::timestamptz - make_interval(days => ${ANSWER_DELAY_DAYS}))
            ), totals as (
              select count(*)::int as received,
                count(*) filter (
                  where answered_at <= created_at + make_interval(days => ${ANSWER_DELAY_DAYS}))::int as answered,
                percentile_cont(0.5) within group (order by extract(epoch from answered_at - created_at) / 86400)
                  filter (where answered_at is not null) as median
              from counted
            )
            insert into employer_answer_rates as r
              (organisation_id, received, answered, rate, median_answer_days, computed_at)
            select ${organisationId}, received, answered,
              case when received >= ${ANSWER_RATE_MIN_APPLICATIONS} then round(100.0 * answered / received)::int end,
              case when received >= ${ANSWER_RATE_MIN_APPLICATIONS} and median is not null then round(median::numeric)::int end,
              ${at}::timestamptz
            from totals
            on conflict (organisation_id) do update set
              received = excluded.received, answered = excluded.answered, rate = excluded.rate,
              median_answer_days = excluded.median_answer_days, computed_at = excluded.computed_at
            returning organisation_id as "organisationId", received, answered, rate,
              median_answer_days as "medianAnswerDays", computed_at as "computedAt"`,
      )
      return { ...row!, computedAt: new Date(row!.computedAt) }
    },

    async of(organisationId: string): Promise<AnswerRateRow | undefined> {
      const [row] = await db
        .select()
        .from(employerAnswerRates)
        .where(eq(employerAnswerRates.organisationId, organisationId))
      return row
    },

    /** Employers whose rate may change: those with an application or a stored rate (nightly refresh, as owner). */
    async employersToRefresh(): Promise<string[]> {
      const found = await rows<{ id: string }>(
        db,
        sql`select distinct organisation_id as id from job_applications
            union select organisation_id from employer_answer_rates`,
      )
      return found.map((r) => r.id)
    },
  }
}

/** The nightly refresh: every employer's rate moves as days pass, even without new answers. */
export async function refreshAllAnswerRates(owner: Db, now: Date): Promise<number> {
  const repo = answerRatesRepository(owner)
  const ids = await repo.employersToRefresh()
  for (const id of ids) await repo.refresh(id, now)
  return ids.length
}
