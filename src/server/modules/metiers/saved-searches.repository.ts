import { and, asc, count, desc, eq, isNotNull, isNull, lt, or } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { savedSearches } from './candidates.table'

export type SavedSearchRow = typeof savedSearches.$inferSelect
export type NewSavedSearch = typeof savedSearches.$inferInsert

/**
 * Saved searches. Those of visitors without an account are reached only by their tokens, as the
 * owner; a signed-in candidate reads and deletes their own under row-level security.
 */
export function savedSearchesRepository(db: Db) {
  return {
    async insert(row: NewSavedSearch): Promise<SavedSearchRow> {
      const [created] = await db.insert(savedSearches).values(row).returning()
      return created!
    },

    async byConfirmToken(hash: string): Promise<SavedSearchRow | undefined> {
      const [row] = await db.select().from(savedSearches).where(eq(savedSearches.confirmTokenHash, hash))
      return row
    },

    async byUnsubscribeToken(hash: string): Promise<SavedSearchRow | undefined> {
      const [row] = await db.select().from(savedSearches).where(eq(savedSearches.unsubscribeTokenHash, hash))
      return row
    },

    /** Confirmed: the token is spent. Offers published while the link waited are still new. */
    async confirm(id: string, at: Date) {
      await db
        .update(savedSearches)
        .set({ confirmedAt: at, confirmTokenHash: null })
        .where(eq(savedSearches.id, id))
    },

    async unsubscribe(id: string, at: Date) {
      await db
        .update(savedSearches)
        .set({ unsubscribedAt: at })
        .where(and(eq(savedSearches.id, id), isNull(savedSearches.unsubscribedAt)))
    },

    async activeCountForEmail(email: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(savedSearches)
        .where(and(eq(savedSearches.email, email), isNull(savedSearches.unsubscribedAt)))
      return row?.n ?? 0
    },

    /** The signed-in owner's alerts (row-level security keeps the others out). */
    async ofAccount(accountId: string): Promise<SavedSearchRow[]> {
      return db
        .select()
        .from(savedSearches)
        .where(
          and(
            eq(savedSearches.accountId, accountId),
            isNull(savedSearches.unsubscribedAt),
            isNotNull(savedSearches.confirmedAt),
          ),
        )
        .orderBy(desc(savedSearches.createdAt))
    },

    async delete(id: string, accountId: string): Promise<SavedSearchRow | undefined> {
      const [row] = await db
        .delete(savedSearches)
        .where(and(eq(savedSearches.id, id), eq(savedSearches.accountId, accountId)))
        .returning()
      return row
    },

    /** Confirmed, subscribed searches whose last alert is older than `before`, oldest first. */
    async due(before: Date, limit: number): Promise<SavedSearchRow[]> {
      return db
        .select()
        .from(savedSearches)
        .where(
          and(
            isNotNull(savedSearches.confirmedAt),
            isNull(savedSearches.unsubscribedAt),
            lt(savedSearches.lastAlertAt, before),
          ),
        )
        .orderBy(asc(savedSearches.lastAlertAt))
        .limit(limit)
    },

    async alerted(id: string, at: Date) {
      await db.update(savedSearches).set({ lastAlertAt: at }).where(eq(savedSearches.id, id))
    },

    /** Searches never confirmed within the link's life are forgotten, address included. */
    async deleteUnconfirmedBefore(before: Date): Promise<number> {
      const gone = await db
        .delete(savedSearches)
        .where(
          and(
            isNull(savedSearches.confirmedAt),
            or(lt(savedSearches.createdAt, before), isNotNull(savedSearches.unsubscribedAt)),
          ),
        )
        .returning({ id: savedSearches.id })
      return gone.length
    },
  }
}
