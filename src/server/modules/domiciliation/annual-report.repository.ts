import { eq, and, sql } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { rows, type Db } from '../../db/client'
import { householdMembers, usagers } from '../usagers'
import { domiciliationReportAnswers, domiciliationSettings } from './domiciliation.table'

/** One count of a breakdown, as the database groups it. */
export interface GroupCount {
  dimension: string
  code: string
  count: number
}

export interface DecisionGroup {
  kind: string
  motive: string
  orientation: string
  count: number
  ayantsDroit: number
}

export interface ActivityCounts {
  contacts: { kind: string; count: number }[]
  mail: { kind: string; received: number; handedOver: number; forwarded: number; returned: number }[]
}

export interface WaitingCounts {
  pendingOnLastDay: number
  decidedRequests: number
  averageDaysToDecide: number | null
}

const granting = sql.raw(`('ACCEPTATION', 'RENOUVELLEMENT')`)

/** The age band of a birth date on a day, as SQL: the same bands as `ageBandOf`. */
const ageBand = (birthDate: ReturnType<typeof sql.raw>, day: CivilDate) => sql`case
  when ${birthDate} is null then 'NON_RENSEIGNE'
  else (select case
    when a < 18 then '0_17' when a < 26 then '18_25' when a < 30 then '26_29' when a >= 75 then '75_PLUS'
    else (a / 5 * 5)::text || '_' || (a / 5 * 5 + 4)::text end
    from (select extract(year from age(${day}::date, ${birthDate}))::int as a) x)
  end`

/**
 * The figures of the annual report, aggregated by the database. Row-level security scopes every
 * query to the tenant; cancelled decisions are left out everywhere.
 */
export function annualReportRepository(tx: Db) {
  return {
    /**
     * For the rest of the transaction, joins by hashing rather than by nested loops. These queries
     * read whole years of the structure; where no statistics were gathered (PGlite has no
     * autovacuum), the planner believes each table holds one row and would probe an index
     * thousands of times (seconds instead of a tenth of a second for 5,000 people).
     */
    async preferHashJoins(): Promise<void> {
      await tx.execute(sql`select set_config('enable_nestloop', 'off', true)`)
    },

    /**
     * The domiciliations in force on `day`: the last granting decision taken by then still runs
     * on that day, and no radiation came after it. Each is broken down by the kind of that
     * decision, by the person's sex and age, and by the answers of their last interview.
     */
    async stock(day: CivilDate): Promise<GroupCount[]> {
      return rows<GroupCount>(
        tx,
        sql`with grants as (
              select distinct on (d.domiciliation_id) d.domiciliation_id, d.id, d.decided_on, d.kind, d.valid_until
              from domiciliation_decisions d
              where d.cancelled_at is null and d.kind in ${granting} and d.decided_on <= ${day}
              order by d.domiciliation_id, d.decided_on desc, d.id desc
            ), valid as (
              select g.domiciliation_id, g.kind, f.usager_id
              from grants g join domiciliations f on f.id = g.domiciliation_id
              where g.valid_until >= ${day} and not exists (
                select 1 from domiciliation_decisions r
                where r.domiciliation_id = g.domiciliation_id and r.cancelled_at is null and r.kind = 'RADIATION'
                  and r.decided_on <= ${day} and (r.decided_on, r.id) > (g.decided_on, g.id))
            ), interviews as (
              select distinct on (q.domiciliation_id) q.domiciliation_id, q.interview
              from domiciliation_requests q join valid v on v.domiciliation_id = q.domiciliation_id
              where q.filed_on <= ${day} and q.interview <> '{}'::jsonb
              order by q.domiciliation_id, q.filed_on desc, q.id desc
            ), people as materialized (
              select v.kind, u.gender, ${ageBand(sql.raw('u.birth_date'), day)} as band, i.interview,
                (select count(*) from ${householdMembers} h where h.usager_id = v.usager_id)::int as ayants
              from valid v join ${usagers} u on u.id = v.usager_id
              left join interviews i on i.domiciliation_id = v.domiciliation_id
            ), dependants as (
              select ${ageBand(sql.raw('h.birth_date'), day)} as band
              from valid v join ${householdMembers} h on h.usager_id = v.usager_id
            )
            select 'total' as dimension, '' as code, count(*)::int as count from people
            union all select 'ayantsDroit', '', coalesce(sum(ayants), 0)::int from people
            union all select 'kind', kind, count(*)::int from people group by kind
            union all select 'sex', coalesce(gender, ''), count(*)::int from people group by 2
            union all select 'age', band, count(*)::int from people group by band
            union all select 'ageAyantsDroit', band, count(*)::int from dependants group by band
            union all select 'householdType', coalesce(interview->>'householdType', ''), count(*)::int from people group by 2
            union all select 'instabilityCause', coalesce(interview->>'instabilityCause', ''), count(*)::int from people group by 2
            union all select 'linkWithCommune', coalesce(interview->>'linkWithCommune', ''), count(*)::int from people group by 2
            union all select 'requestReason', coalesce(interview->>'requestReason', ''), count(*)::int from people group by 2
            union all select 'residenceSituation', coalesce(interview->>'residenceSituation', ''), count(*)::int from people group by 2
            union all select 'sociallyAccompanied', coalesce(interview->>'sociallyAccompanied', ''), count(*)::int from people group by 2
            union all select 'professionalSituation', coalesce(interview->>'professionalSituation', ''), count(*)::int from people group by 2`,
      )
    },

    /** The decisions taken between two days, by kind, motive and orientation, with the ayants droit of each person. */
    decisions(from: CivilDate, to: CivilDate): Promise<DecisionGroup[]> {
      return rows<DecisionGroup>(
        tx,
        sql`select d.kind, coalesce(d.motive, '') as motive, coalesce(d.orientation, '') as orientation,
              count(*)::int as count,
              coalesce(sum((select count(*) from ${householdMembers} h where h.usager_id = f.usager_id)), 0)::int as "ayantsDroit"
            from domiciliation_decisions d join domiciliations f on f.id = d.domiciliation_id
            where d.cancelled_at is null and d.decided_on between ${from} and ${to}
            group by 1, 2, 3`,
      )
    },

    /** Contacts and mail between two instants (the year in Paris). */
    async activity(from: Date, to: Date): Promise<ActivityCounts> {
      const start = from.toISOString()
      const end = to.toISOString()
      const contacts = await rows<{ kind: string; count: number }>(
        tx,
        sql`select kind, count(*)::int as count from domiciliation_contacts
            where at >= ${start}::timestamptz and at < ${end}::timestamptz group by kind`,
      )
      const within = (column: string) =>
        sql`(${sql.identifier(column)} >= ${start}::timestamptz and ${sql.identifier(column)} < ${end}::timestamptz)`
      const mail = await rows<ActivityCounts['mail'][number]>(
        tx,
        sql`select kind,
              count(*) filter (where ${within('received_at')})::int as received,
              count(*) filter (where ${within('handed_over_at')})::int as "handedOver",
              count(*) filter (where ${within('forwarded_at')})::int as forwarded,
              count(*) filter (where ${within('returned_at')})::int as returned
            from mail_items
            where received_at < ${end}::timestamptz
              and (received_at >= ${start}::timestamptz or handed_over_at >= ${start}::timestamptz
                or forwarded_at >= ${start}::timestamptz or returned_at >= ${start}::timestamptz)
            group by kind`,
      )
      return { contacts, mail }
    },

    /** Requests filed by `day` and still undecided then; days from filing to decision for the year's decisions. */
    async waiting(from: CivilDate, to: CivilDate): Promise<WaitingCounts> {
      const [pending] = await rows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from domiciliation_requests q
            where q.filed_on <= ${to} and not exists (
              select 1 from domiciliation_decisions d
              where d.request_id = q.id and d.cancelled_at is null and d.decided_on <= ${to})`,
      )
      const [decided] = await rows<{ n: number; average: number | string | null }>(
        tx,
        sql`select count(*)::int as n, avg(d.decided_on - q.filed_on)::float8 as average
            from domiciliation_decisions d join domiciliation_requests q on q.id = d.request_id
            where d.cancelled_at is null and d.kind <> 'RADIATION' and d.decided_on between ${from} and ${to}`,
      )
      return {
        pendingOnLastDay: Number(pending?.n ?? 0),
        decidedRequests: Number(decided?.n ?? 0),
        averageDaysToDecide: decided?.average == null ? null : Number(decided.average),
      }
    },

    async openingHours(organisationId: string): Promise<string | null> {
      const [row] = await tx
        .select({ openingHours: domiciliationSettings.openingHours })
        .from(domiciliationSettings)
        .where(eq(domiciliationSettings.organisationId, organisationId))
      return row?.openingHours ?? null
    },

    async answers(organisationId: string, year: number) {
      const [row] = await tx
        .select()
        .from(domiciliationReportAnswers)
        .where(
          and(
            eq(domiciliationReportAnswers.organisationId, organisationId),
            eq(domiciliationReportAnswers.year, year),
          ),
        )
      return row
    },

    async saveAnswers(organisationId: string, year: number, answers: Record<string, unknown>, at: Date) {
      const [row] = await tx
        .insert(domiciliationReportAnswers)
        .values({ organisationId, year, answers, updatedAt: at })
        .onConflictDoUpdate({
          target: [domiciliationReportAnswers.organisationId, domiciliationReportAnswers.year],
          set: { answers, updatedAt: at },
        })
        .returning()
      return row!
    },
  }
}

export type AnnualReportRepository = ReturnType<typeof annualReportRepository>
