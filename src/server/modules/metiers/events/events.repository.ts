import { and, asc, desc, eq, gte, inArray, isNotNull, like, lt, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations/organisations.table'
import { candidateProfiles } from '../candidates.table'
import { jobProfiles } from '../fiches.table'
import { eventRegistrations, metiersEvents } from './events.table'

export type EventRow = typeof metiersEvents.$inferSelect
export type NewEvent = typeof metiersEvents.$inferInsert
export type RegistrationRow = typeof eventRegistrations.$inferSelect
export type NewRegistration = typeof eventRegistrations.$inferInsert

export interface PublishedFilters {
  kind?: string | undefined
  jobId?: string | undefined
  departement?: string | undefined
  /** Words already without accents or capitals. */
  words: string[]
  from: Date
  to?: Date | undefined
  /** Past events that have a replay, newest first, instead of the coming ones. */
  replays: boolean
}

/** Events, their registrations, and the names they show (organisers, fiches). */
export function eventsRepository(tx: Db) {
  return {
    async insertEvent(values: NewEvent): Promise<EventRow> {
      const [row] = await tx.insert(metiersEvents).values(values).returning()
      return row!
    },

    async updateEvent(id: string, values: Partial<NewEvent>): Promise<EventRow> {
      const [row] = await tx.update(metiersEvents).set(values).where(eq(metiersEvents.id, id)).returning()
      return row!
    },

    /** One of the organisation's events (any state). */
    async ofOrganisation(organisationId: string, id: string): Promise<EventRow | undefined> {
      const [row] = await tx
        .select()
        .from(metiersEvents)
        .where(and(eq(metiersEvents.id, id), eq(metiersEvents.organisationId, organisationId)))
      return row
    },

    /** Locks the event while seats are counted: two people never get the last seat. */
    async lock(id: string): Promise<EventRow> {
      const [row] = await tx.select().from(metiersEvents).where(eq(metiersEvents.id, id)).for('update')
      return row!
    },

    async listOfOrganisation(organisationId: string): Promise<EventRow[]> {
      return tx
        .select()
        .from(metiersEvents)
        .where(eq(metiersEvents.organisationId, organisationId))
        .orderBy(desc(metiersEvents.startsAt))
    },

    async publishedBySlug(slug: string): Promise<EventRow | undefined> {
      const [row] = await tx
        .select()
        .from(metiersEvents)
        .where(and(eq(metiersEvents.slug, slug), eq(metiersEvents.published, true)))
      return row
    },

    async published(filters: PublishedFilters): Promise<EventRow[]> {
      const where: SQL[] = [eq(metiersEvents.published, true)]
      if (filters.replays) {
        where.push(lt(metiersEvents.endsAt, filters.from), isNotNull(metiersEvents.replayUrl))
        where.push(eq(metiersEvents.replayPublic, true))
      } else {
        where.push(gte(metiersEvents.endsAt, filters.from))
        if (filters.to) where.push(lt(metiersEvents.startsAt, filters.to))
      }
      if (filters.kind) where.push(eq(metiersEvents.kind, filters.kind))
      if (filters.jobId) where.push(sql`${filters.jobId}::uuid = any(${metiersEvents.jobIds})`)
      // Online events are open to every territory.
      if (filters.departement)
        where.push(
          or(eq(metiersEvents.online, true), like(metiersEvents.communeInsee, `${filters.departement}%`))!,
        )
      for (const word of filters.words) where.push(like(metiersEvents.searchText, `%${word}%`))
      return tx
        .select()
        .from(metiersEvents)
        .where(and(...where))
        .orderBy(filters.replays ? desc(metiersEvents.startsAt) : asc(metiersEvents.startsAt))
        .limit(300)
    },

    /** Départements of the coming published events. */
    async comingDepartements(from: Date): Promise<string[]> {
      const found = await tx
        .selectDistinct({ insee: metiersEvents.communeInsee })
        .from(metiersEvents)
        .where(
          and(
            eq(metiersEvents.published, true),
            gte(metiersEvents.endsAt, from),
            isNotNull(metiersEvents.communeInsee),
          ),
        )
      return found.map((r) => r.insee!).filter(Boolean)
    },

    async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map()
      const found = await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(ids)]))
      return new Map(found.map((o) => [o.id, o.name]))
    },

    async publishedFiches() {
      return tx
        .select({ id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.title))
    },

    async ficheIdBySlug(slug: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ id: jobProfiles.id })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true)))
      return row?.id
    },

    /** Published fiches by id (others are left out). */
    async fiches(ids: readonly string[]) {
      if (ids.length === 0) return []
      return tx
        .select({ id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title })
        .from(jobProfiles)
        .where(and(inArray(jobProfiles.id, [...new Set(ids)]), eq(jobProfiles.published, true)))
    },

    // ------------------------------------------------------------ registrations

    async insertRegistration(values: NewRegistration): Promise<RegistrationRow> {
      const [row] = await tx.insert(eventRegistrations).values(values).returning()
      return row!
    },

    async updateRegistration(id: string, values: Partial<NewRegistration>): Promise<RegistrationRow> {
      const [row] = await tx
        .update(eventRegistrations)
        .set(values)
        .where(eq(eventRegistrations.id, id))
        .returning()
      return row!
    },

    async registration(eventId: string, id: string): Promise<RegistrationRow | undefined> {
      const [row] = await tx
        .select()
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.eventId, eventId)))
      return row
    },

    async registrationByTokenHash(eventId: string, hash: string): Promise<RegistrationRow | undefined> {
      const [row] = await tx
        .select()
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.cancelTokenHash, hash), eq(eventRegistrations.eventId, eventId)))
      return row
    },

    /** A seat or a place in the waiting list already held by this address or this account. */
    async activeOf(
      eventId: string,
      email: string,
      accountId: string | null,
    ): Promise<RegistrationRow | undefined> {
      const [row] = await tx
        .select()
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.eventId, eventId),
            ne(eventRegistrations.state, 'annule'),
            accountId
              ? sql`(${eventRegistrations.email} = ${email} or ${eventRegistrations.candidateAccountId} = ${accountId})`
              : eq(eventRegistrations.email, email),
          ),
        )
      return row
    },

    /** Seats in order of arrival, then the waiting list in its order, then cancellations. */
    async registrationsOf(eventId: string): Promise<RegistrationRow[]> {
      return tx
        .select()
        .from(eventRegistrations)
        .where(eq(eventRegistrations.eventId, eventId))
        .orderBy(
          sql`case ${eventRegistrations.state} when 'inscrit' then 0 when 'liste_attente' then 1 else 2 end`,
          asc(eventRegistrations.createdAt),
          asc(eventRegistrations.id),
        )
    },

    /** The waiting list of an event, first in line first. */
    async waiting(eventId: string): Promise<RegistrationRow[]> {
      return tx
        .select()
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'liste_attente')))
        .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id))
    },

    async stateCounts(eventId: string) {
      const [row] = await tx
        .select({
          registered: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'inscrit')::int`,
          waiting: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'liste_attente')::int`,
        })
        .from(eventRegistrations)
        .where(eq(eventRegistrations.eventId, eventId))
      return row ?? { registered: 0, waiting: 0 }
    },

    /** Per event of the organisation: registered, waiting, cancelled, present, absent. */
    async countsOfOrganisation(organisationId: string) {
      const found = await tx
        .select({
          eventId: eventRegistrations.eventId,
          registered: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'inscrit')::int`,
          waiting: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'liste_attente')::int`,
          cancelled: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'annule')::int`,
          present: sql<number>`count(*) filter (where ${eventRegistrations.attended} is true)::int`,
          absent: sql<number>`count(*) filter (where ${eventRegistrations.attended} is false)::int`,
        })
        .from(eventRegistrations)
        .where(eq(eventRegistrations.organisationId, organisationId))
        .groupBy(eventRegistrations.eventId)
      return new Map(found.map((r) => [r.eventId, r]))
    },

    /** A signed-in candidate's registrations (read under their own policy), with the events. */
    async ofAccount(accountId: string) {
      return tx
        .select({ registration: eventRegistrations, event: metiersEvents })
        .from(eventRegistrations)
        .innerJoin(metiersEvents, eq(metiersEvents.id, eventRegistrations.eventId))
        .where(eq(eventRegistrations.candidateAccountId, accountId))
        .orderBy(desc(metiersEvents.startsAt))
    },

    async candidateProfile(accountId: string) {
      const [row] = await tx
        .select({ firstName: candidateProfiles.firstName, lastName: candidateProfiles.lastName })
        .from(candidateProfiles)
        .where(eq(candidateProfiles.accountId, accountId))
      return row
    },
  }
}
