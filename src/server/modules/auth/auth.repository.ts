import { and, eq, gt, isNull, sql, type SQL } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { auditLog } from '../../platform/audit'
import type { AuditAction } from '../../platform/audit'
import type { ActorMembership } from '../../http/context'
import { accounts, passwordResets, sessions } from './auth.table'

/**
 * The identity store. Sign-in happens before any tenant is known, so these queries run as the
 * owner; tenant data is never read here.
 */
export type Account = typeof accounts.$inferSelect
export type Session = typeof sessions.$inferSelect

export interface SessionRow {
  id: string
  accountId: string
  organisationId: string | null
  stage: string
  lastSeenAt: Date
  email: string
  displayName: string
  platformAdmin: boolean
  totpEnabled: boolean
  locale: string
  memberships: ActorMembership[]
}

/** An account's memberships in every organisation, as one JSON array. */
const membershipsOf = (accountId: SQL) => sql`coalesce((
    select json_agg(json_build_object(
      'organisationId', m.organisation_id, 'organisationName', o.name, 'organisationKind', o.kind,
      'roles', m.roles, 'active', m.active,
      'serviceIds', coalesce((select json_agg(ms.service_id) from membership_services ms where ms.membership_id = m.id), '[]'::json)
    ) order by o.name)
    from memberships m join organisations o on o.id = m.organisation_id
    where m.account_id = ${accountId}
  ), '[]'::json)`

const parseMemberships = (value: ActorMembership[] | string): ActorMembership[] =>
  typeof value === 'string' ? (JSON.parse(value) as ActorMembership[]) : value

export function authRepository(db: Db) {
  return {
    async findLiveSession(id: string, idleMinutes: number): Promise<SessionRow | null> {
      const [row] = await rows<{
        id: string
        account_id: string
        organisation_id: string | null
        stage: string
        last_seen_at: string | Date
        email: string
        display_name: string
        platform_admin: boolean
        totp_enabled: boolean
        locale: string
        memberships: ActorMembership[] | string
      }>(
        db,
        sql`select s.id, s.account_id, s.organisation_id, s.stage, s.last_seen_at,
              a.email, a.display_name, a.platform_admin, a.totp_enabled_at is not null as totp_enabled, a.locale,
              ${membershipsOf(sql`s.account_id`)} as memberships
            from sessions s join accounts a on a.id = s.account_id
            where s.id = ${id} and s.expires_at > now()
              and s.last_seen_at > now() - make_interval(mins => ${idleMinutes})
              and a.disabled_at is null`,
      )
      if (!row) return null
      return {
        id: row.id,
        accountId: row.account_id,
        organisationId: row.organisation_id,
        stage: row.stage,
        lastSeenAt: new Date(row.last_seen_at),
        email: row.email,
        displayName: row.display_name,
        platformAdmin: row.platform_admin,
        totpEnabled: row.totp_enabled,
        locale: row.locale,
        memberships: parseMemberships(row.memberships),
      }
    },
    async memberships(accountId: string): Promise<ActorMembership[]> {
      const [row] = await rows<{ memberships: ActorMembership[] | string }>(db, sql`select ${membershipsOf(sql`${accountId}::uuid`)} as memberships`)
      return row ? parseMemberships(row.memberships) : []
    },
    async touchSession(id: string) {
      await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id))
    },
    async createSession(values: typeof sessions.$inferInsert) {
      await db.insert(sessions).values(values)
    },
    async updateSession(id: string, values: Partial<Pick<Session, 'stage' | 'organisationId'>>) {
      await db.update(sessions).set(values).where(eq(sessions.id, id))
    },
    async deleteSession(id: string) {
      await db.delete(sessions).where(eq(sessions.id, id))
    },
    async deleteSessionsOf(accountId: string) {
      await db.delete(sessions).where(eq(sessions.accountId, accountId))
    },
    async deleteExpiredSessions(idleMinutes: number) {
      await db
        .delete(sessions)
        .where(sql`${sessions.expiresAt} < now() or ${sessions.lastSeenAt} < now() - make_interval(mins => ${idleMinutes})`)
    },
    async findAccountByEmail(email: string): Promise<Account | undefined> {
      const [account] = await db.select().from(accounts).where(eq(accounts.email, email)).limit(1)
      return account
    },
    async findAccount(id: string): Promise<Account | undefined> {
      const [account] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1)
      return account
    },
    async findAccountBySub(sub: string): Promise<Account | undefined> {
      const [account] = await db.select().from(accounts).where(eq(accounts.proconnectSub, sub)).limit(1)
      return account
    },
    async createAccount(values: typeof accounts.$inferInsert): Promise<Account> {
      const [account] = await db.insert(accounts).values(values).returning()
      return account!
    },
    async updateAccount(id: string, values: Partial<typeof accounts.$inferInsert>) {
      await db.update(accounts).set(values).where(eq(accounts.id, id))
    },
    /** Erases an account (its sessions and password resets go with it); the caller unlinks the rest first. */
    async deleteAccount(id: string) {
      await db.delete(accounts).where(eq(accounts.id, id))
    },
    async createPasswordReset(values: typeof passwordResets.$inferInsert) {
      await db.insert(passwordResets).values(values)
    },
    /** Marks a valid reset token used and returns its account, or nothing. */
    async consumePasswordReset(tokenHash: string): Promise<string | undefined> {
      const [reset] = await db
        .update(passwordResets)
        .set({ usedAt: new Date() })
        .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
        .returning({ accountId: passwordResets.accountId })
      return reset?.accountId
    },
    async audit(entry: {
      organisationId: string | null
      accountId: string | null
      label: string | null
      action: AuditAction
      requestId: string
      entityId?: string | null
    }) {
      await db.insert(auditLog).values({
        organisationId: entry.organisationId,
        actorAccountId: entry.accountId,
        actorLabel: entry.label,
        action: entry.action,
        entityType: 'session',
        entityId: entry.entityId ?? entry.accountId,
        requestId: entry.requestId,
      })
    },
  }
}

export type AuthRepository = ReturnType<typeof authRepository>
