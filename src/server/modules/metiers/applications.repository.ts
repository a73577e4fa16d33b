import { and, arrayOverlaps, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Role } from '../../../shared/modules/organisations/roles'
import type { Db } from '../../db/client'
import { rows } from '../../db/client'
import { accounts } from '../auth/auth.table'
import { memberships, organisations } from '../organisations/organisations.table'
import { jobApplicationEvents, jobApplications } from './applications.table'
import { candidateProfiles } from './candidates.table'
import { jobOffers } from './offers.table'

export type ApplicationRow = typeof jobApplications.$inferSelect
export type ApplicationEventRow = typeof jobApplicationEvents.$inferSelect
export type EventWithAuthor = ApplicationEventRow & { authorName: string | null }

const offerColumns = {
  id: jobOffers.id,
  organisationId: jobOffers.organisationId,
  title: jobOffers.title,
  slug: jobOffers.slug,
  state: jobOffers.state,
  commune: jobOffers.commune,
  expiresAt: jobOffers.expiresAt,
}
export type OfferSummaryRow = {
  id: string
  organisationId: string
  title: string
  slug: string
  state: string
  commune: string
  expiresAt: Date | null
}

/** Applications and their history, in the employer's tenant (row-level security applies). */
export function applicationsRepository(tx: Db) {
  return {
    async offerBySlug(slug: string): Promise<OfferSummaryRow | undefined> {
      const [row] = await tx.select(offerColumns).from(jobOffers).where(eq(jobOffers.slug, slug))
      return row
    },

    /** One of this organisation's offers (drafts included). */
    async ownOffer(offerId: string): Promise<OfferSummaryRow | undefined> {
      const [row] = await tx
        .select(offerColumns)
        .from(jobOffers)
        .where(and(eq(jobOffers.id, offerId), sql`${jobOffers.organisationId} = app_organisation_id()`))
      return row
    },

    async offersByIds(ids: string[]): Promise<OfferSummaryRow[]> {
      if (ids.length === 0) return []
      return tx.select(offerColumns).from(jobOffers).where(inArray(jobOffers.id, ids))
    },

    async organisationName(organisationId: string): Promise<string> {
      const [row] = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
      return row?.name ?? ''
    },

    /** E-mail addresses of the organisation's active recruiters and administrators. */
    async recruiterEmails(roles: readonly Role[]): Promise<string[]> {
      const found = await tx
        .selectDistinct({ email: accounts.email })
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .where(
          and(
            sql`${memberships.organisationId} = app_organisation_id()`,
            eq(memberships.active, true),
            arrayOverlaps(memberships.roles, [...roles]),
          ),
        )
        .orderBy(asc(accounts.email))
      return found.map((r) => r.email)
    },

    async candidateProfile(accountId: string) {
      const [row] = await tx
        .select()
        .from(candidateProfiles)
        .where(eq(candidateProfiles.accountId, accountId))
      return row
    },

    async insert(values: typeof jobApplications.$inferInsert): Promise<ApplicationRow> {
      const [row] = await tx.insert(jobApplications).values(values).returning()
      return row!
    },

    async get(id: string): Promise<ApplicationRow | undefined> {
      const [row] = await tx
        .select()
        .from(jobApplications)
        .where(
          and(eq(jobApplications.id, id), sql`${jobApplications.organisationId} = app_organisation_id()`),
        )
      return row
    },

    async byFollowHash(hash: string): Promise<ApplicationRow | undefined> {
      const [row] = await tx
        .select()
        .from(jobApplications)
        .where(
          and(
            eq(jobApplications.followTokenHash, hash),
            sql`${jobApplications.organisationId} = app_organisation_id()`,
          ),
        )
      return row
    },

    async update(id: string, values: Partial<typeof jobApplications.$inferInsert>): Promise<ApplicationRow> {
      const [row] = await tx.update(jobApplications).set(values).where(eq(jobApplications.id, id)).returning()
      return row!
    },

    async ofOffer(offerId: string): Promise<ApplicationRow[]> {
      return tx
        .select()
        .from(jobApplications)
        .where(
          and(
            eq(jobApplications.offerId, offerId),
            sql`${jobApplications.organisationId} = app_organisation_id()`,
          ),
        )
        .orderBy(asc(jobApplications.createdAt), asc(jobApplications.id))
    },

    async addEvent(values: typeof jobApplicationEvents.$inferInsert): Promise<void> {
      await tx.insert(jobApplicationEvents).values(values)
    },

    async events(applicationId: string): Promise<EventWithAuthor[]> {
      const found = await tx
        .select({ event: jobApplicationEvents, authorName: accounts.displayName })
        .from(jobApplicationEvents)
        .leftJoin(accounts, eq(accounts.id, jobApplicationEvents.authorId))
        .where(eq(jobApplicationEvents.applicationId, applicationId))
        .orderBy(asc(jobApplicationEvents.at), asc(jobApplicationEvents.id))
      return found.map((r) => ({ ...r.event, authorName: r.authorName }))
    },

    /** Per offer of the organisation: applications by status (withdrawn apart), unanswered and overdue. */
    async dashboardCounts(overdueBefore: Date) {
      return rows<{
        offer_id: string
        status: string | null
        total: number
        overdue: number
      }>(
        tx,
        sql`select o.id as offer_id, a.status,
              count(a.id)::int as total,
              count(a.id) filter (where a.status = 'recue' and a.created_at <= ${overdueBefore.toISOString()}::timestamptz)::int as overdue
            from job_offers o
            left join job_applications a on a.offer_id = o.id and a.withdrawn_at is null
              and a.organisation_id = app_organisation_id()
            where o.organisation_id = app_organisation_id()
            group by o.id, a.status`,
      )
    },

    async ownOffers(): Promise<(OfferSummaryRow & { updatedAt: Date })[]> {
      return tx
        .select({ ...offerColumns, updatedAt: jobOffers.updatedAt })
        .from(jobOffers)
        .where(sql`${jobOffers.organisationId} = app_organisation_id()`)
        .orderBy(desc(jobOffers.updatedAt), asc(jobOffers.id))
    },

    /** Open applications of a candidate account to this offer (one application per offer and account). */
    async openOfAccount(offerId: string, accountId: string) {
      const [row] = await tx
        .select({ id: jobApplications.id })
        .from(jobApplications)
        .where(
          and(
            eq(jobApplications.offerId, offerId),
            eq(jobApplications.candidateAccountId, accountId),
            isNull(jobApplications.withdrawnAt),
          ),
        )
      return row
    },
  }
}
export type ApplicationsRepository = ReturnType<typeof applicationsRepository>
