import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { auditLog } from '../../platform/audit'
import { addDays } from '../../../shared/dates'

export interface AuditFilters {
  q?: string | undefined
  action?: string | undefined
  entityType?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

export const AUDIT_PAGE_SIZE = 50

/** Search within the tenant's log (row-level security keeps it there). */
export function auditRepository(tx: Db) {
  return {
    async search(filters: AuditFilters, page: number) {
      const conditions: SQL[] = []
      if (filters.action) conditions.push(eq(auditLog.action, filters.action))
      if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType))
      if (filters.from) conditions.push(gte(auditLog.at, sql`(${filters.from}::date)::timestamp at time zone 'Europe/Paris'`))
      if (filters.to) conditions.push(lt(auditLog.at, sql`(${addDays(filters.to, 1)}::date)::timestamp at time zone 'Europe/Paris'`))
      if (filters.q) {
        const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        conditions.push(
          sql`(f_unaccent(lower(coalesce(${auditLog.actorLabel}, ''))) like f_unaccent(lower(${like}))
              or ${auditLog.entityId} like ${like} or ${auditLog.requestId} = ${filters.q}
              or f_unaccent(lower(${auditLog.diff}::text)) like f_unaccent(lower(${like})))`,
        )
      }
      const where = conditions.length ? and(...conditions) : undefined
      const [entries, [count]] = await Promise.all([
        tx.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE),
        tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
      ])
      return { entries, total: Number(count?.n ?? 0) }
    },
  }
}
