/**
 * Figures of domiciliation for the pilotage module's computed indicators, read through this
 * module's index: how many domiciliations were in force on a day (the last granting decision
 * taken by then still ran that day, and no radiation came after it).
 */
import { sql } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { rows, type Db } from '../../db/client'

export async function domiciliationsInForce(tx: Db, organisationId: string, day: CivilDate): Promise<number> {
  const [row] = await rows<{ n: number }>(
    tx,
    sql`with grants as (
          select distinct on (d.domiciliation_id) d.domiciliation_id, d.id, d.decided_on, d.valid_from, d.valid_until
          from domiciliation_decisions d
          where d.organisation_id = ${organisationId} and d.cancelled_at is null
            and d.kind in ('ACCEPTATION', 'RENOUVELLEMENT') and d.decided_on <= ${day}
          order by d.domiciliation_id, d.decided_on desc, d.id desc
        )
        select count(*)::int as n from grants g
        where g.valid_until >= ${day} and (g.valid_from is null or g.valid_from <= ${day})
          and not exists (
            select 1 from domiciliation_decisions r
            where r.domiciliation_id = g.domiciliation_id and r.cancelled_at is null and r.kind = 'RADIATION'
              and r.decided_on <= ${day} and (r.decided_on, r.id) > (g.decided_on, g.id))`,
  )
  return Number(row?.n ?? 0)
}
