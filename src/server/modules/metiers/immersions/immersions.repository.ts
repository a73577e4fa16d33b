import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { immersionConventions, immersionOffers, immersionRequests } from './immersions.table'

export type ImmersionOfferRow = typeof immersionOffers.$inferSelect
export type ImmersionRequestRow = typeof immersionRequests.$inferSelect
export type ConventionRow = typeof immersionConventions.$inferSelect
export interface JobRef {
  id: string
  title: string
  slug: string
}
export interface OfferCounts {
  offerId: string
  waiting: number
  accepted: number
}

const ownOrganisation = (
  column: typeof immersionOffers.organisationId | typeof immersionRequests.organisationId,
) => sql`${column} = app_organisation_id()`

/** Immersion offers, requests and conventions (row-level security applies to every call). */
export function immersionsRepository(tx: Db) {
  return {
    async insertOffer(values: typeof immersionOffers.$inferInsert): Promise<ImmersionOfferRow> {
      const [row] = await tx.insert(immersionOffers).values(values).returning()
      return row!
    },

    async updateOffer(
      id: string,
      values: Partial<typeof immersionOffers.$inferInsert>,
    ): Promise<ImmersionOfferRow> {
      const [row] = await tx.update(immersionOffers).set(values).where(eq(immersionOffers.id, id)).returning()
      return row!
    },

    /** One of this organisation's offers, published or not; `lock` holds it until the end of the transaction. */
    async ownOffer(id: string, lock = false): Promise<ImmersionOfferRow | undefined> {
      const query = tx
        .select()
        .from(immersionOffers)
        .where(and(eq(immersionOffers.id, id), ownOrganisation(immersionOffers.organisationId)))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    async ownOffers(): Promise<ImmersionOfferRow[]> {
      return tx
        .select()
        .from(immersionOffers)
        .where(ownOrganisation(immersionOffers.organisationId))
        .orderBy(desc(immersionOffers.updatedAt), desc(immersionOffers.id))
    },

    async offerCounts(offerIds: string[]): Promise<OfferCounts[]> {
      if (offerIds.length === 0) return []
      return tx
        .select({
          offerId: immersionRequests.offerId,
          waiting: sql<number>`count(*) filter (where ${immersionRequests.state} = 'demandee')::int`,
          accepted: sql<number>`count(*) filter (where ${immersionRequests.state} = 'acceptee')::int`,
        })
        .from(immersionRequests)
        .where(inArray(immersionRequests.offerId, offerIds))
        .groupBy(immersionRequests.offerId)
    },

    /** A published offer still open on `today` or later. */
    async publishedOffer(id: string): Promise<ImmersionOfferRow | undefined> {
      const [row] = await tx
        .select()
        .from(immersionOffers)
        .where(and(eq(immersionOffers.id, id), eq(immersionOffers.published, true)))
      return row
    },

    /** Published offers open on `today` or later, for one job or all. */
    async openOffers(
      today: string,
      jobId: string | null,
    ): Promise<(ImmersionOfferRow & { employerName: string })[]> {
      const found = await tx
        .select({ offer: immersionOffers, employerName: organisations.name })
        .from(immersionOffers)
        .innerJoin(organisations, eq(organisations.id, immersionOffers.organisationId))
        .where(
          and(
            eq(immersionOffers.published, true),
            gte(immersionOffers.availableTo, today),
            jobId ? eq(immersionOffers.jobId, jobId) : undefined,
          ),
        )
        .orderBy(asc(immersionOffers.availableFrom), asc(immersionOffers.id))
      return found.map((r) => ({ ...r.offer, employerName: r.employerName }))
    },

    async jobs(ids: string[]): Promise<JobRef[]> {
      if (ids.length === 0) return []
      return tx
        .select({ id: jobProfiles.id, title: jobProfiles.title, slug: jobProfiles.slug })
        .from(jobProfiles)
        .where(inArray(jobProfiles.id, [...new Set(ids)]))
    },

    async jobBySlug(slug: string): Promise<JobRef | undefined> {
      const [row] = await tx
        .select({ id: jobProfiles.id, title: jobProfiles.title, slug: jobProfiles.slug })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true)))
      return row
    },

    async organisation(id: string) {
      const [row] = await tx
        .select({
          name: organisations.name,
          siret: organisations.siret,
          logoDataUrl: organisations.logoDataUrl,
        })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row
    },

    /** The periods of the people accepted on an offer. */
    async acceptedPeriods(offerId: string, exceptRequestId?: string) {
      return tx
        .select({ startDate: immersionRequests.startDate, endDate: immersionRequests.endDate })
        .from(immersionRequests)
        .where(
          and(
            eq(immersionRequests.offerId, offerId),
            eq(immersionRequests.state, 'acceptee'),
            exceptRequestId ? sql`${immersionRequests.id} <> ${exceptRequestId}` : undefined,
          ),
        )
    },

    async insertRequest(values: typeof immersionRequests.$inferInsert): Promise<ImmersionRequestRow> {
      const [row] = await tx.insert(immersionRequests).values(values).returning()
      return row!
    },

    async updateRequest(
      id: string,
      values: Partial<typeof immersionRequests.$inferInsert>,
    ): Promise<ImmersionRequestRow> {
      const [row] = await tx
        .update(immersionRequests)
        .set(values)
        .where(eq(immersionRequests.id, id))
        .returning()
      return row!
    },

    /** One of this organisation's requests. */
    async ownRequest(id: string): Promise<ImmersionRequestRow | undefined> {
      const [row] = await tx
        .select()
        .from(immersionRequests)
        .where(and(eq(immersionRequests.id, id), ownOrganisation(immersionRequests.organisationId)))
      return row
    },

    async ownRequests(filter: { state?: string; offerId?: string }) {
      return tx
        .select({ request: immersionRequests, offerTitle: immersionOffers.title })
        .from(immersionRequests)
        .innerJoin(immersionOffers, eq(immersionOffers.id, immersionRequests.offerId))
        .where(
          and(
            ownOrganisation(immersionRequests.organisationId),
            filter.state ? eq(immersionRequests.state, filter.state) : undefined,
            filter.offerId ? eq(immersionRequests.offerId, filter.offerId) : undefined,
          ),
        )
        .orderBy(desc(immersionRequests.createdAt), desc(immersionRequests.id))
    },

    /** A candidate's own requests (read under the candidate's policy), newest first. */
    async candidateRequests(accountId: string) {
      return tx
        .select({
          request: immersionRequests,
          offerTitle: immersionOffers.title,
          offerCommune: immersionOffers.commune,
          employerName: organisations.name,
          jobTitle: jobProfiles.title,
          jobSlug: jobProfiles.slug,
          convention: immersionConventions,
        })
        .from(immersionRequests)
        .leftJoin(immersionOffers, eq(immersionOffers.id, immersionRequests.offerId))
        .leftJoin(organisations, eq(organisations.id, immersionRequests.organisationId))
        .leftJoin(jobProfiles, eq(jobProfiles.id, immersionRequests.jobId))
        .leftJoin(immersionConventions, eq(immersionConventions.requestId, immersionRequests.id))
        .where(eq(immersionRequests.candidateAccountId, accountId))
        .orderBy(desc(immersionRequests.createdAt), desc(immersionRequests.id))
    },

    /** The host of the signed-in candidate's own request (read before any organisation is set). */
    async organisationOfOwnRequest(id: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ organisationId: immersionRequests.organisationId })
        .from(immersionRequests)
        .where(
          and(eq(immersionRequests.id, id), sql`${immersionRequests.candidateAccountId} = app_account_id()`),
        )
      return row?.organisationId
    },

    /** A request of the candidate's still waiting or accepted on the same offer. */
    async openRequestOf(offerId: string, accountId: string) {
      const [row] = await tx
        .select({ id: immersionRequests.id })
        .from(immersionRequests)
        .where(
          and(
            eq(immersionRequests.offerId, offerId),
            eq(immersionRequests.candidateAccountId, accountId),
            inArray(immersionRequests.state, ['demandee', 'acceptee']),
          ),
        )
      return row
    },

    async convention(requestId: string): Promise<ConventionRow | undefined> {
      const [row] = await tx
        .select()
        .from(immersionConventions)
        .where(eq(immersionConventions.requestId, requestId))
      return row
    },

    async insertConvention(values: typeof immersionConventions.$inferInsert): Promise<ConventionRow> {
      const [row] = await tx.insert(immersionConventions).values(values).returning()
      return row!
    },

    async updateConvention(
      requestId: string,
      values: Partial<typeof immersionConventions.$inferInsert>,
    ): Promise<ConventionRow> {
      const [row] = await tx
        .update(immersionConventions)
        .set(values)
        .where(eq(immersionConventions.requestId, requestId))
        .returning()
      return row!
    },
  }
}

/** The owner's reads for the daily e-mails: accepted immersions starting on a day, or ended without an outcome. */
export function immersionRemindersRepository(owner: Db) {
  const withNames = {
    request: immersionRequests,
    offerTitle: immersionOffers.title,
    address: immersionOffers.address,
    postcode: immersionOffers.postcode,
    commune: immersionOffers.commune,
    schedule: immersionOffers.schedule,
    tutorName: immersionOffers.tutorName,
    employerName: organisations.name,
  }
  return {
    async startingOn(day: string) {
      return owner
        .select(withNames)
        .from(immersionRequests)
        .innerJoin(immersionOffers, eq(immersionOffers.id, immersionRequests.offerId))
        .innerJoin(organisations, eq(organisations.id, immersionRequests.organisationId))
        .where(
          and(
            eq(immersionRequests.state, 'acceptee'),
            eq(immersionRequests.startDate, day),
            isNull(immersionRequests.reminderSentAt),
          ),
        )
    },
    async endedBefore(day: string) {
      return owner
        .select(withNames)
        .from(immersionRequests)
        .innerJoin(immersionOffers, eq(immersionOffers.id, immersionRequests.offerId))
        .innerJoin(organisations, eq(organisations.id, immersionRequests.organisationId))
        .where(
          and(
            eq(immersionRequests.state, 'acceptee'),
            lt(immersionRequests.endDate, day),
            isNull(immersionRequests.outcomeAskedAt),
          ),
        )
    },
    async markReminded(id: string, at: Date) {
      await owner.update(immersionRequests).set({ reminderSentAt: at }).where(eq(immersionRequests.id, id))
    },
    async markOutcomeAsked(id: string, at: Date) {
      await owner.update(immersionRequests).set({ outcomeAskedAt: at }).where(eq(immersionRequests.id, id))
    },
  }
}
