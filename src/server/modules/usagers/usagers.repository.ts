import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm'
import { normaliseName, searchTextOf } from '../../../shared/modules/usagers/names'
import { rows, type Db } from '../../db/client'
import { usagerMerges, usagers } from './usagers.table'

export type Usager = typeof usagers.$inferSelect
export type UsagerValues = Partial<Omit<typeof usagers.$inferInsert, 'id' | 'organisationId' | 'searchText'>>

const nameFields = ['firstName', 'lastName', 'birthName', 'pseudonym'] as const

/** A file still in use: neither absorbed by a merge nor anonymised. */
const live = and(isNull(usagers.mergedIntoId), isNull(usagers.anonymisedAt))

/** Trigram matching threshold: "lefevbre" still meets "lefevre" (0.55), unrelated names stay out. */
const WORD_SIMILARITY_THRESHOLD = 0.5
const MIN_TRIGRAM_QUERY = 3

/** Queries on the people themselves; row-level security scopes them to the tenant. */
export function usagersRepository(tx: Db) {
  /**
   * The best trigram matches of the organisation, best first. The ranking runs in
   * `usagers_search` (see its migration: under row-level security the trigram index would not
   * be used); the rows are then read again under the policies.
   */
  async function ranked(q: string, threshold: number, limit: number): Promise<Usager[]> {
    const found = await rows<{ id: string }>(
      tx,
      sql`select id from usagers_search(${q}, ${threshold}, ${limit})`,
    )
    if (found.length === 0) return []
    const byId = new Map(
      (
        await tx
          .select()
          .from(usagers)
          .where(
            inArray(
              usagers.id,
              found.map((f) => f.id),
            ),
          )
      ).map((u) => [u.id, u]),
    )
    return found.map((f) => byId.get(f.id)).filter((u): u is Usager => u !== undefined)
  }

  return {
    async get(id: string): Promise<Usager | undefined> {
      const [row] = await tx.select().from(usagers).where(eq(usagers.id, id))
      return row
    },

    /** Locks the row until the end of the transaction: two merges of the same file wait for each other. */
    async getForUpdate(id: string): Promise<Usager | undefined> {
      const [row] = await tx.select().from(usagers).where(eq(usagers.id, id)).for('update')
      return row
    },

    /** Points the files absorbed by `fromId` at `toId`, so that any old id leads to a live file in one step. */
    async markMerged(fromId: string, toId: string) {
      await tx
        .update(usagers)
        .set({ mergedIntoId: toId, updatedAt: new Date() })
        .where(eq(usagers.id, fromId))
      await tx.update(usagers).set({ mergedIntoId: toId }).where(eq(usagers.mergedIntoId, fromId))
    },

    async insert(organisationId: string, values: UsagerValues): Promise<Usager> {
      const [row] = await tx
        .insert(usagers)
        .values({ ...values, organisationId, searchText: searchTextOf(values) })
        .returning()
      return row!
    },

    /** Applies a change; the search text follows the names and the file counts as contacted now. */
    async update(before: Usager, patch: UsagerValues): Promise<Usager> {
      const names = nameFields.some((f) => f in patch)
        ? { searchText: searchTextOf({ ...before, ...patch }) }
        : {}
      const [row] = await tx
        .update(usagers)
        .set({ ...patch, ...names, updatedAt: new Date(), lastContactAt: new Date() })
        .where(eq(usagers.id, before.id))
        .returning()
      return row!
    },

    async touch(id: string): Promise<void> {
      await tx.update(usagers).set({ lastContactAt: new Date() }).where(eq(usagers.id, id))
    },

    /**
     * Ranked search on the trigram index: word order and small typos do not matter. Without a
     * query, the files contacted most recently; with one or two letters (too few for trigrams),
     * the recent files with a word starting so.
     */
    async search(query: string, limit: number): Promise<Usager[]> {
      const q = normaliseName(query)
      const recent = (where?: SQL) =>
        tx.select().from(usagers).where(and(live, where)).orderBy(desc(usagers.lastContactAt)).limit(limit)
      if (!q) return recent()
      // The normalised text holds only letters, digits and spaces: nothing to escape for LIKE.
      if (q.length < MIN_TRIGRAM_QUERY)
        return recent(sql`(${usagers.searchText} like ${`${q}%`} or ${usagers.searchText} like ${`% ${q}%`})`)
      return ranked(q, WORD_SIMILARITY_THRESHOLD, limit)
    },

    /** Live files born the same day: few per day, found through the (organisation, birth date) index. */
    bornOn(birthDate: string, excludeId?: string): Promise<Usager[]> {
      return tx
        .select()
        .from(usagers)
        .where(and(eq(usagers.birthDate, birthDate), live, excludeId ? ne(usagers.id, excludeId) : undefined))
        .limit(200)
    },

    /** Live files whose names look alike, for duplicates without a shared birth date; the caller scores them. */
    async namedAlike(searchText: string, excludeId?: string): Promise<Usager[]> {
      if (!searchText) return []
      return (await ranked(searchText, WORD_SIMILARITY_THRESHOLD, 50)).filter((u) => u.id !== excludeId)
    },

    /** Files absorbed into this one, most recent first. */
    mergedFrom(keptId: string) {
      return tx
        .select({ id: usagerMerges.absorbedId, at: usagerMerges.createdAt })
        .from(usagerMerges)
        .where(eq(usagerMerges.keptId, keptId))
        .orderBy(desc(usagerMerges.createdAt))
    },

    async insertMerge(values: typeof usagerMerges.$inferInsert) {
      await tx.insert(usagerMerges).values(values)
    },

    /** Files that were absorbed into this one, at any depth: they are the same person. */
    async absorbedInto(keptId: string): Promise<string[]> {
      const found = await rows<{ id: string }>(
        tx,
        sql`with recursive absorbed(id) as (
              select id from usagers where merged_into_id = ${keptId}
              union select u.id from usagers u join absorbed a on u.merged_into_id = a.id)
            select id from absorbed`,
      )
      return found.map((r) => r.id)
    },
  }
}
