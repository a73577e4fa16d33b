import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { addDays, addMonths, type CivilDate } from '../../../shared/dates'
import {
  DEADLINE_REMINDER_DAYS,
  EXPIRY_DANGER_DAYS,
  EXPIRY_WARNING_DAYS,
  NO_CONTACT_MONTHS,
  pendingRequestStatuses,
  type FollowUpClass,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { rows, type Db } from '../../db/client'
import type { FileRow, RequestRow } from './decisions.repository'
import { domiciliationRequests, domiciliations } from './domiciliation.table'

export const FOLLOW_UP_PAGE_SIZE = 50

export type ListFilter = FollowUpClass | 'toutes'

const d = domiciliations
const pending = inArray(domiciliationRequests.status, [...pendingRequestStatuses])
const pendingJoin = and(eq(domiciliationRequests.domiciliationId, d.id), pending)
/** The last day the person showed up: the Paris day of the last contact, or the start of the validity. */
const lastSign = sql`greatest((${d.lastContactAt} at time zone 'Europe/Paris')::date, ${d.validFrom})`
const valid = eq(d.status, 'valide')

/**
 * The SQL twin of `followUpOf` (shared constants): the same bounds, on the
 * (organisation, status, valid_until) and (organisation, last_contact_at) indexes.
 */
function classCondition(filter: ListFilter, today: CivilDate): SQL | undefined {
  switch (filter) {
    case 'toutes':
    case 'attente_decision':
      return undefined
    case 'expire_sous_16_jours':
      return and(
        valid,
        sql`${d.validUntil} between ${today}::date and ${addDays(today, EXPIRY_DANGER_DAYS)}::date`,
      )
    case 'expire_sous_61_jours':
      return and(
        valid,
        sql`${d.validUntil} between ${today}::date and ${addDays(today, EXPIRY_WARNING_DAYS)}::date`,
      )
    case 'expiree':
      return and(valid, sql`${d.validUntil} < ${today}::date`)
    case 'sans_contact_3_mois':
      return and(valid, sql`${lastSign} < ${addMonths(today, -NO_CONTACT_MONTHS)}::date`)
  }
}

/** Most urgent first: the nearest deadline or end of validity, the longest silence. */
function urgency(filter: ListFilter) {
  switch (filter) {
    case 'attente_decision':
      return [asc(domiciliationRequests.deadlineOn), asc(d.fileNumber)]
    case 'expire_sous_16_jours':
    case 'expire_sous_61_jours':
    case 'expiree':
      return [asc(d.validUntil), asc(d.fileNumber)]
    case 'sans_contact_3_mois':
      return [asc(lastSign), asc(d.fileNumber)]
    case 'toutes':
      return [desc(d.fileNumber)]
  }
}

export interface ListCriteria {
  filter: ListFilter
  today: CivilDate
  /** Restricts to these files' people (a name search) or to one file number. */
  usagerIds?: string[] | undefined
  fileNumber?: number | undefined
}

export function followUpRepository(tx: Db) {
  function where(c: ListCriteria) {
    return and(
      classCondition(c.filter, c.today),
      c.usagerIds ? inArray(d.usagerId, c.usagerIds) : undefined,
      c.fileNumber !== undefined ? eq(d.fileNumber, c.fileNumber) : undefined,
    )
  }

  return {
    /** One page of files (all of them when `limit` is null: a name search sorts them itself). */
    async list(c: ListCriteria, limit: number | null, offset = 0): Promise<FileRow[]> {
      if (c.filter === 'attente_decision') {
        const query = tx
          .select({ file: d })
          .from(d)
          .innerJoin(domiciliationRequests, pendingJoin)
          .where(where(c))
          .orderBy(...urgency(c.filter))
        const found = limit === null ? await query : await query.limit(limit).offset(offset)
        return found.map((r) => r.file)
      }
      const query = tx
        .select()
        .from(d)
        .where(where(c))
        .orderBy(...urgency(c.filter))
      return limit === null ? query : query.limit(limit).offset(offset)
    },

    async count(c: ListCriteria): Promise<number> {
      const base = tx.select({ n: count() }).from(d)
      const [row] =
        c.filter === 'attente_decision'
          ? await base.innerJoin(domiciliationRequests, pendingJoin).where(where(c))
          : await base.where(where(c))
      return Number(row?.n ?? 0)
    },

    /** The pending request of each file, if any. */
    async pendingOf(ids: string[]): Promise<Map<string, RequestRow>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select()
        .from(domiciliationRequests)
        .where(and(inArray(domiciliationRequests.domiciliationId, ids), pending))
      return new Map(found.map((r) => [r.domiciliationId, r]))
    },

    async counters(organisationId: string, today: CivilDate) {
      const [files] = await rows<Record<string, number>>(
        tx,
        sql`select
              count(*) filter (where status = 'valide' and valid_until >= ${today}::date) as valid,
              count(*) filter (where status = 'valide' and valid_until between ${today}::date and ${addDays(today, EXPIRY_DANGER_DAYS)}::date) as soon16,
              count(*) filter (where status = 'valide' and valid_until between ${today}::date and ${addDays(today, EXPIRY_WARNING_DAYS)}::date) as soon61,
              count(*) filter (where status = 'valide' and valid_until < ${today}::date) as expired,
              count(*) filter (where status = 'valide' and ${lastSign} < ${addMonths(today, -NO_CONTACT_MONTHS)}::date) as silent
            from domiciliations where organisation_id = ${organisationId}`,
      )
      const [requests] = await rows<Record<string, number>>(
        tx,
        sql`select count(*) as waiting,
              count(*) filter (where deadline_on < ${today}::date) as passed,
              count(*) filter (where deadline_on between ${today}::date and ${addDays(today, DEADLINE_REMINDER_DAYS)}::date) as near
            from domiciliation_requests
            where organisation_id = ${organisationId} and status in ('instruction', 'attente_decision')`,
      )
      const n = (v: unknown) => Number(v ?? 0)
      return {
        valid: n(files?.valid),
        attenteDecision: n(requests?.waiting),
        deadlineNear: n(requests?.near),
        deadlinePassed: n(requests?.passed),
        expireSous16Jours: n(files?.soon16),
        expireSous61Jours: n(files?.soon61),
        expiree: n(files?.expired),
        sansContact3Mois: n(files?.silent),
      }
    },
  }
}
