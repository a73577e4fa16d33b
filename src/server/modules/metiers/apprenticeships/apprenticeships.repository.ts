import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { rows, type Db } from '../../../db/client'
import { organisations } from '../../organisations'
import { jobProfiles } from '../fiches.table'
import { trainingCentres } from '../trainings/trainings.table'
import {
  apprenticeshipContacts,
  apprenticeshipMatches,
  apprenticeshipMessages,
  apprenticeshipRequests,
  apprenticeshipSeats,
} from './apprenticeships.table'

export type SeatRow = typeof apprenticeshipSeats.$inferSelect
export type SeatInsert = typeof apprenticeshipSeats.$inferInsert
export type RequestRow = typeof apprenticeshipRequests.$inferSelect
export type RequestInsert = typeof apprenticeshipRequests.$inferInsert
export type MatchRow = typeof apprenticeshipMatches.$inferSelect
export type MatchInsert = typeof apprenticeshipMatches.$inferInsert
export type ContactRow = typeof apprenticeshipContacts.$inferSelect
export type MessageRow = typeof apprenticeshipMessages.$inferSelect

export interface JobRef {
  id: string
  title: string
  slug: string
  codeRome: string
}
export interface CentreRef {
  id: string
  name: string
  commune: string
}

/** The only reader and writer of the apprenticeship tables; row-level security applies as usual. */
export function apprenticeshipsRepository(tx: Db) {
  return {
    // ------------------------------------------------------------------ references

    async jobs(ids?: readonly string[]): Promise<JobRef[]> {
      if (ids && !ids.length) return []
      return tx
        .select({
          id: jobProfiles.id,
          title: jobProfiles.title,
          slug: jobProfiles.slug,
          codeRome: jobProfiles.codeRome,
        })
        .from(jobProfiles)
        .where(ids ? inArray(jobProfiles.id, [...ids]) : eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
    },

    async jobBySlug(slug: string): Promise<JobRef | undefined> {
      const [job] = await tx
        .select({
          id: jobProfiles.id,
          title: jobProfiles.title,
          slug: jobProfiles.slug,
          codeRome: jobProfiles.codeRome,
        })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true)))
      return job
    },

    async centres(ids?: readonly string[]): Promise<CentreRef[]> {
      if (ids && !ids.length) return []
      return tx
        .select({ id: trainingCentres.id, name: trainingCentres.name, commune: trainingCentres.commune })
        .from(trainingCentres)
        .where(ids ? inArray(trainingCentres.id, [...ids]) : eq(trainingCentres.published, true))
        .orderBy(asc(trainingCentres.name))
    },

    async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (!ids.length) return new Map()
      const found = await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(ids)]))
      return new Map(found.map((o) => [o.id, o.name]))
    },

    // ------------------------------------------------------------------ seats

    async insertSeat(values: SeatInsert): Promise<SeatRow> {
      const [row] = await tx.insert(apprenticeshipSeats).values(values).returning()
      return row!
    },

    async updateSeat(id: string, values: Partial<SeatInsert>): Promise<SeatRow> {
      const [row] = await tx
        .update(apprenticeshipSeats)
        .set(values)
        .where(eq(apprenticeshipSeats.id, id))
        .returning()
      return row!
    },

    /** A seat of the current organisation (drafts included). */
    async ownSeat(id: string): Promise<SeatRow | undefined> {
      const [row] = await tx
        .select()
        .from(apprenticeshipSeats)
        .where(
          and(
            eq(apprenticeshipSeats.id, id),
            sql`${apprenticeshipSeats.organisationId} = app_organisation_id()`,
          ),
        )
      return row
    },

    async ownSeats(): Promise<SeatRow[]> {
      return tx
        .select()
        .from(apprenticeshipSeats)
        .where(sql`${apprenticeshipSeats.organisationId} = app_organisation_id()`)
        .orderBy(desc(apprenticeshipSeats.updatedAt))
    },

    async publishedSeat(id: string): Promise<SeatRow | undefined> {
      const [row] = await tx
        .select()
        .from(apprenticeshipSeats)
        .where(
          and(eq(apprenticeshipSeats.id, id), inArray(apprenticeshipSeats.state, ['publiee', 'pourvue'])),
        )
      return row
    },

    async seatsByIds(ids: readonly string[]): Promise<SeatRow[]> {
      if (!ids.length) return []
      return tx
        .select()
        .from(apprenticeshipSeats)
        .where(inArray(apprenticeshipSeats.id, [...new Set(ids)]))
    },

    /** Published seats, optionally of one job, optionally inside a box of latitudes and longitudes. */
    async publishedSeats(filter: {
      jobId?: string
      families?: readonly string[]
      box?: { south: number; north: number; west: number; east: number }
    }): Promise<SeatRow[]> {
      const conditions = [eq(apprenticeshipSeats.state, 'publiee')]
      if (filter.jobId) conditions.push(eq(apprenticeshipSeats.jobId, filter.jobId))
      if (filter.families)
        conditions.push(
          sql`left(${apprenticeshipSeats.codeRome}, 3) = any(${sql.param([...filter.families])}::text[])`,
        )
      if (filter.box)
        conditions.push(
          sql`${apprenticeshipSeats.latitude} between ${filter.box.south} and ${filter.box.north}`,
          sql`${apprenticeshipSeats.longitude} between ${filter.box.west} and ${filter.box.east}`,
        )
      return tx
        .select()
        .from(apprenticeshipSeats)
        .where(and(...conditions))
        .orderBy(asc(apprenticeshipSeats.startMonth), asc(apprenticeshipSeats.id))
    },

    // ------------------------------------------------------------------ requests

    async ownRequest(accountId: string): Promise<RequestRow | undefined> {
      const [row] = await tx
        .select()
        .from(apprenticeshipRequests)
        .where(eq(apprenticeshipRequests.candidateAccountId, accountId))
      return row
    },

    async upsertRequest(values: RequestInsert): Promise<RequestRow> {
      const { candidateAccountId: _account, id: _id, createdAt: _created, ...changes } = values
      const [row] = await tx
        .insert(apprenticeshipRequests)
        .values(values)
        .onConflictDoUpdate({ target: apprenticeshipRequests.candidateAccountId, set: changes })
        .returning()
      return row!
    },

    async updateRequest(id: string, values: Partial<RequestInsert>): Promise<RequestRow> {
      const [row] = await tx
        .update(apprenticeshipRequests)
        .set(values)
        .where(eq(apprenticeshipRequests.id, id))
        .returning()
      return row!
    },

    async requestsByIds(ids: readonly string[]): Promise<RequestRow[]> {
      if (!ids.length) return []
      return tx
        .select()
        .from(apprenticeshipRequests)
        .where(inArray(apprenticeshipRequests.id, [...new Set(ids)]))
    },

    /** Active requests naming a job of these ROME families. */
    async activeRequests(families?: readonly string[]): Promise<RequestRow[]> {
      const conditions = [eq(apprenticeshipRequests.state, 'active')]
      if (families)
        conditions.push(
          sql`exists (select 1 from unnest(${apprenticeshipRequests.codeRomes}) code where left(code, 3) = any(${sql.param([...families])}::text[]))`,
        )
      return tx
        .select()
        .from(apprenticeshipRequests)
        .where(and(...conditions))
        .orderBy(asc(apprenticeshipRequests.id))
    },

    // ------------------------------------------------------------------ matches

    async replaceMatches(side: 'seat' | 'request', id: string, pairs: MatchInsert[]): Promise<void> {
      await tx
        .delete(apprenticeshipMatches)
        .where(
          side === 'seat' ? eq(apprenticeshipMatches.seatId, id) : eq(apprenticeshipMatches.requestId, id),
        )
      if (pairs.length) await tx.insert(apprenticeshipMatches).values(pairs).onConflictDoNothing()
    },

    async matchesOfRequest(requestId: string, limit: number): Promise<MatchRow[]> {
      return tx
        .select()
        .from(apprenticeshipMatches)
        .innerJoin(apprenticeshipSeats, eq(apprenticeshipSeats.id, apprenticeshipMatches.seatId))
        .where(and(eq(apprenticeshipMatches.requestId, requestId), eq(apprenticeshipSeats.state, 'publiee')))
        .orderBy(
          desc(apprenticeshipMatches.score),
          asc(apprenticeshipMatches.distanceKm),
          asc(apprenticeshipMatches.seatId),
        )
        .limit(limit)
        .then((found) => found.map((r) => r.apprenticeship_matches))
    },

    async matchesOfSeat(seatId: string, limit: number): Promise<MatchRow[]> {
      return tx
        .select()
        .from(apprenticeshipMatches)
        .innerJoin(apprenticeshipRequests, eq(apprenticeshipRequests.id, apprenticeshipMatches.requestId))
        .where(and(eq(apprenticeshipMatches.seatId, seatId), eq(apprenticeshipRequests.state, 'active')))
        .orderBy(
          desc(apprenticeshipMatches.score),
          asc(apprenticeshipMatches.distanceKm),
          asc(apprenticeshipMatches.requestId),
        )
        .limit(limit)
        .then((found) => found.map((r) => r.apprenticeship_matches))
    },

    async match(seatId: string, requestId: string): Promise<MatchRow | undefined> {
      const [row] = await tx
        .select()
        .from(apprenticeshipMatches)
        .where(and(eq(apprenticeshipMatches.seatId, seatId), eq(apprenticeshipMatches.requestId, requestId)))
      return row
    },

    /** Per seat of the current organisation: matches with an active request. */
    async matchCounts(): Promise<Map<string, number>> {
      const found = await rows<{ seat_id: string; n: number }>(
        tx,
        sql`select m.seat_id, count(*)::int as n from apprenticeship_matches m
            join apprenticeship_requests r on r.id = m.request_id and r.state = 'active'
            where m.organisation_id = app_organisation_id() group by m.seat_id`,
      )
      return new Map(found.map((r) => [r.seat_id, Number(r.n)]))
    },

    // ------------------------------------------------------------------ contacts and messages

    async insertContact(values: typeof apprenticeshipContacts.$inferInsert): Promise<ContactRow> {
      const [row] = await tx.insert(apprenticeshipContacts).values(values).returning()
      return row!
    },

    async updateContact(
      id: string,
      values: Partial<typeof apprenticeshipContacts.$inferInsert>,
    ): Promise<ContactRow> {
      const [row] = await tx
        .update(apprenticeshipContacts)
        .set(values)
        .where(eq(apprenticeshipContacts.id, id))
        .returning()
      return row!
    },

    async contact(id: string): Promise<ContactRow | undefined> {
      const [row] = await tx.select().from(apprenticeshipContacts).where(eq(apprenticeshipContacts.id, id))
      return row
    },

    async contactOfPair(seatId: string, requestId: string): Promise<ContactRow | undefined> {
      const [row] = await tx
        .select()
        .from(apprenticeshipContacts)
        .where(
          and(eq(apprenticeshipContacts.seatId, seatId), eq(apprenticeshipContacts.requestId, requestId)),
        )
      return row
    },

    async contactsOfSeats(seatIds: readonly string[]): Promise<ContactRow[]> {
      if (!seatIds.length) return []
      return tx
        .select()
        .from(apprenticeshipContacts)
        .where(inArray(apprenticeshipContacts.seatId, [...seatIds]))
        .orderBy(desc(apprenticeshipContacts.updatedAt))
    },

    async contactsOfCandidate(accountId: string): Promise<ContactRow[]> {
      return tx
        .select()
        .from(apprenticeshipContacts)
        .where(eq(apprenticeshipContacts.candidateAccountId, accountId))
        .orderBy(desc(apprenticeshipContacts.updatedAt))
    },

    /** Contact requests from candidates waiting for the current organisation, per seat. */
    async waitingCounts(): Promise<Map<string, number>> {
      const found = await rows<{ seat_id: string; n: number }>(
        tx,
        sql`select seat_id, count(*)::int as n from apprenticeship_contacts
            where organisation_id = app_organisation_id() and state = 'demandee' and initiated_by = 'candidat'
            group by seat_id`,
      )
      return new Map(found.map((r) => [r.seat_id, Number(r.n)]))
    },

    async insertMessage(values: typeof apprenticeshipMessages.$inferInsert): Promise<MessageRow> {
      const [row] = await tx.insert(apprenticeshipMessages).values(values).returning()
      return row!
    },

    async messages(contactId: string): Promise<MessageRow[]> {
      return tx
        .select()
        .from(apprenticeshipMessages)
        .where(eq(apprenticeshipMessages.contactId, contactId))
        .orderBy(asc(apprenticeshipMessages.createdAt), asc(apprenticeshipMessages.id))
    },

    /** The candidate's identity, for the employer of an accepted contact (null otherwise). */
    async contactIdentity(
      contactId: string,
    ): Promise<{ firstName: string; lastName: string; email: string; phone: string | null } | null> {
      const [row] = await rows<{
        first_name: string
        last_name: string
        email: string
        phone: string | null
      }>(tx, sql`select * from apprenticeship_contact_identity(${contactId})`)
      return row
        ? { firstName: row.first_name, lastName: row.last_name, email: row.email, phone: row.phone }
        : null
    },

    /** The other side's addresses, for an e-mail notice only. */
    async contactRecipients(contactId: string): Promise<string[]> {
      const found = await rows<{ email: string }>(
        tx,
        sql`select apprenticeship_contact_recipients(${contactId}) as email`,
      )
      return found.map((r) => r.email)
    },
  }
}
