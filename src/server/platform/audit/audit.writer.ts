import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { auditLog } from './audit.table'

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'login' | 'logout' | 'login_failed' | 'export'

export interface AuditEntry {
  action: AuditAction
  entityType: string
  entityId?: string | null
  /** For writes: the record before and after; the log keeps only the fields that changed. */
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
  /** Defaults to the actor's current organisation. */
  organisationId?: string | null
  /** Personal data: the log names the fields that changed, never their values. */
  masked?: boolean
}

export type AuditWriter = (entry: AuditEntry) => Promise<void>

export interface AuditActor {
  accountId: string | null
  label: string | null
  organisationId: string | null
}

/** Fields never copied into the log, whatever the module. */
const secretFields = new Set(['passwordHash', 'totpSecret', 'tokenHash', 'password', 'newPassword', 'token'])

/** Bookkeeping columns: the entry itself says which record and when. */
const bookkeepingFields = new Set(['id', 'createdAt', 'updatedAt'])
/** Longer values (an uploaded logo as a data URL…) are summarised, not copied. */
const MAX_LOGGED_LENGTH = 500

const comparable = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : (v ?? null))

function logged(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_LOGGED_LENGTH) return `[${value.length} caractères]`
  return value ?? null
}

/** `{ field: [before, after] }` for every field that changed; secrets appear as `"***"`. */
export function auditDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  masked = false,
): Record<string, [unknown, unknown]> | null {
  if (!before && !after) return null
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const out: Record<string, [unknown, unknown]> = {}
  for (const key of keys) {
    const b = before?.[key]
    const a = after?.[key]
    if (bookkeepingFields.has(key) || comparable(b) === comparable(a)) continue
    out[key] = masked || secretFields.has(key) ? ['***', '***'] : [logged(b), logged(a)]
  }
  return out
}

/**
 * Collects the entries of a request; they are inserted by the request's own transaction just
 * before it commits (one statement), so a change and its trace commit together or not at all.
 */
export function auditRecorder(actor: AuditActor, requestId: string | null) {
  const entries: (typeof auditLog.$inferInsert)[] = []
  const write: AuditWriter = async (entry) => {
    entries.push({
      organisationId: entry.organisationId === undefined ? actor.organisationId : entry.organisationId,
      actorAccountId: actor.accountId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      requestId,
      diff: entry.action === 'read' ? null : auditDiff(entry.before, entry.after, entry.masked),
    })
  }
  /** The INSERT of everything written so far, or nothing. */
  const statement = (tx: Db): SQL | undefined => (entries.length ? tx.insert(auditLog).values(entries).getSQL() : undefined)
  return { write, statement }
}
