import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { rows } from '../../db/client'

/**
 * Deletes entries older than each organisation's retention (6 to 12 months, CNIL), and
 * platform entries older than 12 months. Runs as the owner: the application role cannot delete.
 */
export async function purgeAuditLog(db: Database): Promise<number> {
  const deleted = await rows<{ n: number }>(
    db.owner,
    sql`with gone as (
          delete from audit_log l
          where l.at < now() - make_interval(months => coalesce(
            (select o.audit_retention_months from organisations o where o.id = l.organisation_id), 12))
          returning 1)
        select count(*)::int as n from gone`,
  )
  return Number(deleted[0]?.n ?? 0)
}
