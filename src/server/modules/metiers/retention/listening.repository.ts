import { and, asc, eq, gte, isNull, lt, ne } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth'
import { organisations } from '../../organisations'
import { listeningCallbacks, listeningSlots } from './retention.table'

export type ListeningSlotRow = typeof listeningSlots.$inferSelect
export type ListeningCallbackRow = typeof listeningCallbacks.$inferSelect
export type ListeningSlotValues = Omit<typeof listeningSlots.$inferInsert, 'id' | 'organisationId'>

const slotWithListener = { slot: listeningSlots, listenerName: accounts.displayName }

/** The listening line's weekly slots and the callbacks booked on them. */
export function listeningRepository(tx: Db) {
  return {
    /** Organisations with at least one active slot (slots are public while active). */
    lines(): Promise<{ organisationId: string; organisationName: string }[]> {
      return tx
        .selectDistinct({ organisationId: organisations.id, organisationName: organisations.name })
        .from(listeningSlots)
        .innerJoin(organisations, eq(organisations.id, listeningSlots.organisationId))
        .where(eq(listeningSlots.active, true))
        .orderBy(asc(organisations.name), asc(organisations.id))
    },

    async organisationName(organisationId: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
      return row?.name
    },

    activeSlots(organisationId: string): Promise<ListeningSlotRow[]> {
      return tx
        .select()
        .from(listeningSlots)
        .where(and(eq(listeningSlots.organisationId, organisationId), eq(listeningSlots.active, true)))
        .orderBy(asc(listeningSlots.weekday), asc(listeningSlots.startTime))
    },

    slotsWithListeners(organisationId: string) {
      return tx
        .select(slotWithListener)
        .from(listeningSlots)
        .innerJoin(accounts, eq(accounts.id, listeningSlots.listenerAccountId))
        .where(eq(listeningSlots.organisationId, organisationId))
        .orderBy(asc(listeningSlots.weekday), asc(listeningSlots.startTime))
    },

    async slotWithListener(organisationId: string, id: string) {
      const [row] = await tx
        .select(slotWithListener)
        .from(listeningSlots)
        .innerJoin(accounts, eq(accounts.id, listeningSlots.listenerAccountId))
        .where(and(eq(listeningSlots.organisationId, organisationId), eq(listeningSlots.id, id)))
      return row
    },

    async insertSlot(organisationId: string, values: ListeningSlotValues): Promise<ListeningSlotRow> {
      const [row] = await tx
        .insert(listeningSlots)
        .values({ ...values, organisationId })
        .returning()
      return row!
    },

    async updateSlot(organisationId: string, id: string, values: ListeningSlotValues) {
      const [row] = await tx
        .update(listeningSlots)
        .set(values)
        .where(and(eq(listeningSlots.organisationId, organisationId), eq(listeningSlots.id, id)))
        .returning()
      return row
    },

    /** Times already taken between two instants (cancelled bookings free theirs). */
    taken(organisationId: string, from: Date, to: Date): Promise<{ slotId: string; startsAt: Date }[]> {
      return tx
        .select({ slotId: listeningCallbacks.slotId, startsAt: listeningCallbacks.startsAt })
        .from(listeningCallbacks)
        .where(
          and(
            eq(listeningCallbacks.organisationId, organisationId),
            ne(listeningCallbacks.state, 'annule'),
            gte(listeningCallbacks.startsAt, from),
            lt(listeningCallbacks.startsAt, to),
          ),
        )
    },

    async insertCallback(values: typeof listeningCallbacks.$inferInsert): Promise<ListeningCallbackRow> {
      const [row] = await tx.insert(listeningCallbacks).values(values).returning()
      return row!
    },

    async callback(organisationId: string, id: string) {
      const [row] = await tx
        .select({
          callback: listeningCallbacks,
          listenerAccountId: listeningSlots.listenerAccountId,
          listenerName: accounts.displayName,
        })
        .from(listeningCallbacks)
        .innerJoin(listeningSlots, eq(listeningSlots.id, listeningCallbacks.slotId))
        .innerJoin(accounts, eq(accounts.id, listeningSlots.listenerAccountId))
        .where(and(eq(listeningCallbacks.organisationId, organisationId), eq(listeningCallbacks.id, id)))
      return row
    },

    async setCallback(organisationId: string, id: string, values: Partial<ListeningCallbackRow>) {
      const [row] = await tx
        .update(listeningCallbacks)
        .set(values)
        .where(and(eq(listeningCallbacks.organisationId, organisationId), eq(listeningCallbacks.id, id)))
        .returning()
      return row
    },

    /** Callbacks between two instants; with `listenerAccountId`, only that listener's. */
    week(organisationId: string, from: Date, to: Date, listenerAccountId: string | null) {
      return tx
        .select({ callback: listeningCallbacks, listenerName: accounts.displayName })
        .from(listeningCallbacks)
        .innerJoin(listeningSlots, eq(listeningSlots.id, listeningCallbacks.slotId))
        .innerJoin(accounts, eq(accounts.id, listeningSlots.listenerAccountId))
        .where(
          and(
            eq(listeningCallbacks.organisationId, organisationId),
            gte(listeningCallbacks.startsAt, from),
            lt(listeningCallbacks.startsAt, to),
            listenerAccountId ? eq(listeningSlots.listenerAccountId, listenerAccountId) : undefined,
          ),
        )
        .orderBy(asc(listeningCallbacks.startsAt))
    },

    /** Erases the personal data of callbacks whose time is before `before` (owner connection). */
    async purge(before: Date, now: Date): Promise<number> {
      const done = await tx
        .update(listeningCallbacks)
        .set({ firstName: null, phone: null, email: null, topic: null, purgedAt: now })
        .where(and(lt(listeningCallbacks.startsAt, before), isNull(listeningCallbacks.purgedAt)))
        .returning({ id: listeningCallbacks.id })
      return done.length
    },
  }
}

/** True when PostgreSQL refused a second booking of the same time. */
export function isTimeTaken(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string }
    if (code === '23505') return constraint === undefined || constraint === 'listening_callbacks_taken_key'
  }
  return false
}
