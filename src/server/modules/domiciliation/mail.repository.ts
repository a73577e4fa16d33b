import { aliasedTable, and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { accounts } from '../auth'
import {
  domiciliationContacts,
  domiciliationNotices,
  domiciliationProxies,
  domiciliations,
  domiciliationSettings,
  mailItems,
} from './domiciliation.table'

export type FileRow = typeof domiciliations.$inferSelect
export type MailItemRow = typeof mailItems.$inferSelect
export type NewMailItem = typeof mailItems.$inferInsert
export type ProxyRow = typeof domiciliationProxies.$inferSelect
export type ContactRow = typeof domiciliationContacts.$inferSelect
export type NoticeRow = typeof domiciliationNotices.$inferSelect

export type FilePatch = Partial<
  Pick<
    typeof domiciliations.$inferInsert,
    | 'forwardAddress'
    | 'forwardFrom'
    | 'forwardUntil'
    | 'npaiSince'
    | 'portalCodeHash'
    | 'portalFailedAttempts'
    | 'portalLockedUntil'
  >
>

/** Neither handed over, forwarded nor returned. */
const waiting = and(
  isNull(mailItems.handedOverAt),
  isNull(mailItems.forwardedAt),
  isNull(mailItems.returnedAt),
)

const itemWithProxy = {
  item: mailItems,
  proxyFirstName: domiciliationProxies.firstName,
  proxyLastName: domiciliationProxies.lastName,
}
export type MailItemWithProxy = {
  item: MailItemRow
  proxyFirstName: string | null
  proxyLastName: string | null
}

/** The mail registry, proxies, contacts and notices; row-level security scopes every query to the tenant. */
export function mailRepository(tx: Db) {
  return {
    async file(id: string, lock = false): Promise<FileRow | undefined> {
      const query = tx.select().from(domiciliations).where(eq(domiciliations.id, id))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    filesByIds(ids: string[]): Promise<FileRow[]> {
      if (ids.length === 0) return Promise.resolve([])
      return tx.select().from(domiciliations).where(inArray(domiciliations.id, ids))
    },

    filesByNumbers(numbers: number[]): Promise<FileRow[]> {
      if (numbers.length === 0) return Promise.resolve([])
      return tx.select().from(domiciliations).where(inArray(domiciliations.fileNumber, numbers))
    },

    filesByUsagers(usagerIds: string[]): Promise<FileRow[]> {
      if (usagerIds.length === 0) return Promise.resolve([])
      return tx.select().from(domiciliations).where(inArray(domiciliations.usagerId, usagerIds))
    },

    async fileByNumber(fileNumber: number): Promise<FileRow | undefined> {
      const [row] = await tx.select().from(domiciliations).where(eq(domiciliations.fileNumber, fileNumber))
      return row
    },

    async updateFile(id: string, patch: FilePatch, now: Date): Promise<FileRow> {
      const [row] = await tx
        .update(domiciliations)
        .set({ ...patch, updatedAt: now })
        .where(eq(domiciliations.id, id))
        .returning()
      return row!
    },

    /** Only ever moves forward: a contact entered late never hides a later one. */
    async touchLastContact(id: string, at: Date): Promise<void> {
      await tx
        .update(domiciliations)
        .set({
          lastContactAt: sql`greatest(coalesce(${domiciliations.lastContactAt}, ${at.toISOString()}::timestamptz), ${at.toISOString()}::timestamptz)`,
        })
        .where(eq(domiciliations.id, id))
    },

    async waitingCounts(ids: string[]): Promise<Map<string, number>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: mailItems.domiciliationId, n: count() })
        .from(mailItems)
        .where(and(inArray(mailItems.domiciliationId, ids), waiting))
        .groupBy(mailItems.domiciliationId)
      return new Map(found.map((r) => [r.id, Number(r.n)]))
    },

    insertItems(values: NewMailItem[]): Promise<MailItemRow[]> {
      return tx.insert(mailItems).values(values).returning()
    },

    /** The file's items, newest first: the waiting ones, or all of them (the latest 500). */
    items(domiciliationId: string, waitingOnly: boolean): Promise<MailItemWithProxy[]> {
      return tx
        .select(itemWithProxy)
        .from(mailItems)
        .leftJoin(domiciliationProxies, eq(domiciliationProxies.id, mailItems.proxyId))
        .where(and(eq(mailItems.domiciliationId, domiciliationId), waitingOnly ? waiting : undefined))
        .orderBy(desc(mailItems.receivedAt), desc(mailItems.id))
        .limit(500)
    },

    itemsByIds(ids: string[]): Promise<MailItemWithProxy[]> {
      if (ids.length === 0) return Promise.resolve([])
      return tx
        .select(itemWithProxy)
        .from(mailItems)
        .leftJoin(domiciliationProxies, eq(domiciliationProxies.id, mailItems.proxyId))
        .where(inArray(mailItems.id, ids))
        .orderBy(desc(mailItems.receivedAt), desc(mailItems.id))
    },

    /** Locks the items until the end of the transaction: two agents cannot hand the same letter over. */
    lockItems(domiciliationId: string, ids: string[]): Promise<MailItemRow[]> {
      return tx
        .select()
        .from(mailItems)
        .where(and(eq(mailItems.domiciliationId, domiciliationId), inArray(mailItems.id, ids)))
        .for('update')
    },

    async markHandedOver(ids: string[], at: Date, by: string | null, proxyId: string | null): Promise<void> {
      await tx
        .update(mailItems)
        .set({ handedOverAt: at, handedOverBy: by, proxyId })
        .where(inArray(mailItems.id, ids))
    },

    async markReturned(ids: string[], at: Date, reason: string): Promise<void> {
      await tx
        .update(mailItems)
        .set({ returnedAt: at, returnReason: reason })
        .where(inArray(mailItems.id, ids))
    },

    async markNotified(ids: string[], at: Date): Promise<void> {
      if (ids.length) await tx.update(mailItems).set({ notifiedAt: at }).where(inArray(mailItems.id, ids))
    },

    /** Waiting items never notified, with their file, for the daily notice. */
    waitingUnnotified() {
      return tx
        .select({
          id: mailItems.id,
          kind: mailItems.kind,
          receivedAt: mailItems.receivedAt,
          domiciliationId: mailItems.domiciliationId,
          usagerId: domiciliations.usagerId,
        })
        .from(mailItems)
        .innerJoin(domiciliations, eq(domiciliations.id, mailItems.domiciliationId))
        .where(and(waiting, isNull(mailItems.notifiedAt)))
    },

    /** Files that already received a notice of this kind since `since`: one message a day at most. */
    async noticedSince(kind: string, since: Date): Promise<Set<string>> {
      const found = await tx
        .selectDistinct({ id: domiciliationNotices.domiciliationId })
        .from(domiciliationNotices)
        .where(
          and(
            eq(domiciliationNotices.kind, kind),
            sql`${domiciliationNotices.sentAt} >= ${since.toISOString()}::timestamptz`,
          ),
        )
      return new Set(found.map((r) => r.id))
    },

    async insertNotice(values: typeof domiciliationNotices.$inferInsert): Promise<NoticeRow> {
      const [row] = await tx.insert(domiciliationNotices).values(values).returning()
      return row!
    },

    notices(domiciliationId: string): Promise<NoticeRow[]> {
      return tx
        .select()
        .from(domiciliationNotices)
        .where(eq(domiciliationNotices.domiciliationId, domiciliationId))
        .orderBy(desc(domiciliationNotices.sentAt))
        .limit(500)
    },

    proxies(domiciliationId: string): Promise<ProxyRow[]> {
      return tx
        .select()
        .from(domiciliationProxies)
        .where(eq(domiciliationProxies.domiciliationId, domiciliationId))
        .orderBy(desc(domiciliationProxies.validUntil), desc(domiciliationProxies.createdAt))
    },

    async proxy(id: string, lock = false): Promise<ProxyRow | undefined> {
      const query = tx.select().from(domiciliationProxies).where(eq(domiciliationProxies.id, id))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    async insertProxy(values: typeof domiciliationProxies.$inferInsert): Promise<ProxyRow> {
      const [row] = await tx.insert(domiciliationProxies).values(values).returning()
      return row!
    },

    async updateProxy(
      id: string,
      patch: Partial<typeof domiciliationProxies.$inferInsert>,
    ): Promise<ProxyRow> {
      const [row] = await tx
        .update(domiciliationProxies)
        .set(patch)
        .where(eq(domiciliationProxies.id, id))
        .returning()
      return row!
    },

    async proxyUsed(id: string): Promise<boolean> {
      const [row] = await tx
        .select({ id: mailItems.id })
        .from(mailItems)
        .where(eq(mailItems.proxyId, id))
        .limit(1)
      return row !== undefined
    },

    async deleteProxy(id: string): Promise<void> {
      await tx.delete(domiciliationProxies).where(eq(domiciliationProxies.id, id))
    },

    async insertContact(values: typeof domiciliationContacts.$inferInsert): Promise<ContactRow> {
      const [row] = await tx.insert(domiciliationContacts).values(values).returning()
      return row!
    },

    /** The record of contacts, newest first, with the agent's name. */
    contacts(domiciliationId: string) {
      const agent = aliasedTable(accounts, 'agent')
      return tx
        .select({ contact: domiciliationContacts, agentName: agent.displayName })
        .from(domiciliationContacts)
        .leftJoin(agent, eq(agent.id, domiciliationContacts.agentId))
        .where(eq(domiciliationContacts.domiciliationId, domiciliationId))
        .orderBy(desc(domiciliationContacts.at), desc(domiciliationContacts.id))
        .limit(1000)
    },

    async settings(organisationId: string) {
      const [row] = await tx
        .select({
          noticeTime: domiciliationSettings.noticeTime,
          portalEnabled: domiciliationSettings.portalEnabled,
        })
        .from(domiciliationSettings)
        .where(eq(domiciliationSettings.organisationId, organisationId))
      return row
    },

    /** Creates the structure's settings row if needed, changing only the given fields. */
    async saveSettings(
      organisationId: string,
      patch: { noticeTime?: string; portalEnabled?: boolean },
      now: Date,
    ) {
      const [row] = await tx
        .insert(domiciliationSettings)
        .values({ organisationId, ...patch, updatedAt: now })
        .onConflictDoUpdate({
          target: domiciliationSettings.organisationId,
          set: { ...patch, updatedAt: now },
        })
        .returning({
          noticeTime: domiciliationSettings.noticeTime,
          portalEnabled: domiciliationSettings.portalEnabled,
        })
      return row!
    },
  }
}

export type MailRepository = ReturnType<typeof mailRepository>
