import { asc, desc, eq, sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { accounts } from '../auth'
import { householdMembers, usagerDocuments, usagerNotes } from './usagers.table'

export type HouseholdMember = typeof householdMembers.$inferSelect
export type UsagerDocument = typeof usagerDocuments.$inferSelect
export type NoteRow = typeof usagerNotes.$inferSelect & { authorName: string }

const noteColumns = {
  id: usagerNotes.id,
  organisationId: usagerNotes.organisationId,
  usagerId: usagerNotes.usagerId,
  serviceId: usagerNotes.serviceId,
  privateToAuthor: usagerNotes.privateToAuthor,
  authorId: usagerNotes.authorId,
  body: usagerNotes.body,
  createdAt: usagerNotes.createdAt,
  authorName: sql<string>`coalesce(${accounts.displayName}, '')`,
}

/**
 * What a file holds besides the identity: household, notes, documents. Notes are filtered by
 * row-level security (service, author, private); this code never widens what it returns.
 */
export function fileContentsRepository(tx: Db) {
  return {
    household: (usagerId: string) =>
      tx
        .select()
        .from(householdMembers)
        .where(eq(householdMembers.usagerId, usagerId))
        .orderBy(asc(householdMembers.createdAt)),
    async householdMember(id: string): Promise<HouseholdMember | undefined> {
      const [row] = await tx.select().from(householdMembers).where(eq(householdMembers.id, id))
      return row
    },
    async insertHouseholdMember(values: typeof householdMembers.$inferInsert): Promise<HouseholdMember> {
      const [row] = await tx.insert(householdMembers).values(values).returning()
      return row!
    },
    async updateHouseholdMember(
      id: string,
      patch: Partial<typeof householdMembers.$inferInsert>,
    ): Promise<HouseholdMember> {
      const [row] = await tx
        .update(householdMembers)
        .set(patch)
        .where(eq(householdMembers.id, id))
        .returning()
      return row!
    },
    async deleteHouseholdMember(id: string) {
      await tx.delete(householdMembers).where(eq(householdMembers.id, id))
    },

    notes: (usagerId: string): Promise<NoteRow[]> =>
      tx
        .select(noteColumns)
        .from(usagerNotes)
        .leftJoin(accounts, eq(accounts.id, usagerNotes.authorId))
        .where(eq(usagerNotes.usagerId, usagerId))
        .orderBy(desc(usagerNotes.createdAt)),
    async note(id: string): Promise<NoteRow | undefined> {
      const [row] = await tx
        .select(noteColumns)
        .from(usagerNotes)
        .leftJoin(accounts, eq(accounts.id, usagerNotes.authorId))
        .where(eq(usagerNotes.id, id))
      return row
    },
    async insertNote(values: typeof usagerNotes.$inferInsert) {
      const [row] = await tx.insert(usagerNotes).values(values).returning({ id: usagerNotes.id })
      return row!.id
    },

    documents: (usagerId: string) =>
      tx
        .select()
        .from(usagerDocuments)
        .where(eq(usagerDocuments.usagerId, usagerId))
        .orderBy(desc(usagerDocuments.createdAt)),
    async document(id: string): Promise<UsagerDocument | undefined> {
      const [row] = await tx.select().from(usagerDocuments).where(eq(usagerDocuments.id, id))
      return row
    },
    async insertDocument(values: typeof usagerDocuments.$inferInsert): Promise<UsagerDocument> {
      const [row] = await tx.insert(usagerDocuments).values(values).returning()
      return row!
    },

    /** Moves everything the absorbed file holds to the kept one, notes included (see usager_notes_move). */
    async moveAll(fromId: string, toId: string) {
      const household = await tx
        .update(householdMembers)
        .set({ usagerId: toId })
        .where(eq(householdMembers.usagerId, fromId))
        .returning({ id: householdMembers.id })
      const documents = await tx
        .update(usagerDocuments)
        .set({ usagerId: toId })
        .where(eq(usagerDocuments.usagerId, fromId))
        .returning({ id: usagerDocuments.id })
      const [notes] = await rows<{ n: number }>(tx, sql`select usager_notes_move(${toId}, ${fromId}) as n`)
      return { household: household.length, documents: documents.length, notes: Number(notes?.n ?? 0) }
    },

    /** Erases what a file holds; returns the storage keys of its documents, to delete the bytes. */
    async eraseAll(usagerId: string): Promise<string[]> {
      await tx.delete(householdMembers).where(eq(householdMembers.usagerId, usagerId))
      const documents = await tx
        .delete(usagerDocuments)
        .where(eq(usagerDocuments.usagerId, usagerId))
        .returning({ key: usagerDocuments.storageKey })
      await rows(tx, sql`select usager_notes_erase(${usagerId})`)
      return documents.map((d) => d.key)
    },
  }
}
