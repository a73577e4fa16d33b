import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm'
import { OFFERS_PAGE_SIZE } from '../../../shared/modules/metiers/offers.contract'
import type { Db } from '../../db/client'
import { organisations } from '../organisations'
import { employerAnswerRates } from './applications.table'
import { jobProfiles } from './fiches.table'
import { employerProfiles, jobOffers } from './offers.table'

export type OfferRow = typeof jobOffers.$inferSelect
export type NewOffer = typeof jobOffers.$inferInsert
export type EmployerProfileRow = typeof employerProfiles.$inferSelect
export type NewEmployerProfile = typeof employerProfiles.$inferInsert

export interface OfferFilter {
  organisationId: string
  state?: string | undefined
  q?: string | undefined
}

export interface OfferJob {
  id: string
  slug: string
  title: string
  codeRome: string
  codeOgr: string | null
  keywords: string[]
}

export interface PublicOfferRecord {
  offer: OfferRow
  organisationName: string
  logoDataUrl: string | null
  profile: EmployerProfileRow | null
  answerRate: { rate: number | null; received: number; medianAnswerDays: number | null } | null
  job: { id: string; slug: string; title: string } | null
}

/** The state as the public sees it: a published offer past its end is expired before the daily job runs. */
export const effectiveState = (now: Date) =>
  sql<string>`(case when ${jobOffers.state} = 'publiee' and ${jobOffers.expiresAt} <= ${now.toISOString()}::timestamptz
    then 'expiree' else ${jobOffers.state} end)`

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Queries of employers' profiles and offers. Row-level security lets the public read published offers only. */
export function offersRepository(tx: Db) {
  return {
    async organisation(id: string) {
      const [row] = await tx
        .select({ id: organisations.id, name: organisations.name, logoDataUrl: organisations.logoDataUrl })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row
    },

    async employerProfile(organisationId: string): Promise<EmployerProfileRow | undefined> {
      const [row] = await tx
        .select()
        .from(employerProfiles)
        .where(eq(employerProfiles.organisationId, organisationId))
      return row
    },

    async saveEmployerProfile(values: NewEmployerProfile): Promise<EmployerProfileRow> {
      const { organisationId: _id, ...update } = values
      const [row] = await tx
        .insert(employerProfiles)
        .values(values)
        .onConflictDoUpdate({ target: employerProfiles.organisationId, set: update })
        .returning()
      return row!
    },

    /** A published fiche métier, to link an offer to (drafts of fiches are not offered). */
    async publishedJob(id: string): Promise<OfferJob | undefined> {
      const [row] = await tx
        .select({
          id: jobProfiles.id,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          codeRome: jobProfiles.codeRome,
          codeOgr: jobProfiles.codeOgr,
          keywords: jobProfiles.keywords,
        })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.id, id), eq(jobProfiles.published, true)))
      return row
    },

    /** Published fiches métiers, in their order, for the offer form. */
    async publishedJobs() {
      return tx
        .select({
          id: jobProfiles.id,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          codeRome: jobProfiles.codeRome,
          codeOgr: jobProfiles.codeOgr,
        })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
    },

    async listOffers(f: OfferFilter, page: number, now: Date) {
      const state = effectiveState(now)
      const mine = eq(jobOffers.organisationId, f.organisationId)
      const where = and(
        mine,
        f.state ? sql`${state} = ${f.state}` : undefined,
        f.q ? ilike(jobOffers.title, `%${escapeLike(f.q)}%`) : undefined,
      ) as SQL
      const [total] = await tx.select({ n: count() }).from(jobOffers).where(where)
      const items = await tx
        .select({ offer: jobOffers, state })
        .from(jobOffers)
        .where(where)
        .orderBy(desc(jobOffers.updatedAt), asc(jobOffers.id))
        .limit(OFFERS_PAGE_SIZE)
        .offset((page - 1) * OFFERS_PAGE_SIZE)
      const at = now.toISOString()
      const past = sql`${jobOffers.expiresAt} <= ${at}::timestamptz`
      const [counts] = await tx
        .select({
          brouillon: sql<number>`count(*) filter (where ${jobOffers.state} = 'brouillon')::int`,
          publiee: sql<number>`count(*) filter (where ${jobOffers.state} = 'publiee' and not coalesce(${past}, false))::int`,
          expiree: sql<number>`count(*) filter (where ${jobOffers.state} = 'expiree'
            or (${jobOffers.state} = 'publiee' and coalesce(${past}, false)))::int`,
          pourvue: sql<number>`count(*) filter (where ${jobOffers.state} = 'pourvue')::int`,
          retiree: sql<number>`count(*) filter (where ${jobOffers.state} = 'retiree')::int`,
        })
        .from(jobOffers)
        .where(mine)
      return {
        items: items.map((r) => ({ ...r.offer, state: r.state })),
        total: Number(total?.n ?? 0),
        counts: Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)])),
      }
    },

    /** Undefined when it does not exist or is another employer's draft (row-level security). */
    async offer(id: string): Promise<OfferRow | undefined> {
      const [row] = await tx.select().from(jobOffers).where(eq(jobOffers.id, id))
      return row
    },

    async insertOffer(values: NewOffer): Promise<OfferRow> {
      const [row] = await tx.insert(jobOffers).values(values).returning()
      return row!
    },

    async updateOffer(id: string, patch: Partial<NewOffer>): Promise<OfferRow | undefined> {
      const [row] = await tx.update(jobOffers).set(patch).where(eq(jobOffers.id, id)).returning()
      return row
    },

    async jobSummary(id: string) {
      const [row] = await tx
        .select({ id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title })
        .from(jobProfiles)
        .where(eq(jobProfiles.id, id))
      return row
    },

    async jobKeywords(id: string): Promise<string[]> {
      const [row] = await tx
        .select({ keywords: jobProfiles.keywords })
        .from(jobProfiles)
        .where(eq(jobProfiles.id, id))
      return row?.keywords ?? []
    },

    /** What the public offer page shows: the offer, its employer, its answer rate and its published fiche. */
    async publicOffer(slug: string): Promise<PublicOfferRecord | undefined> {
      const [row] = await tx
        .select({
          offer: jobOffers,
          organisationName: organisations.name,
          logoDataUrl: organisations.logoDataUrl,
          profile: employerProfiles,
          rate: employerAnswerRates.rate,
          received: employerAnswerRates.received,
          medianAnswerDays: employerAnswerRates.medianAnswerDays,
          rateOrganisation: employerAnswerRates.organisationId,
          jobId: jobProfiles.id,
          jobSlug: jobProfiles.slug,
          jobTitle: jobProfiles.title,
        })
        .from(jobOffers)
        .innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
        .leftJoin(employerProfiles, eq(employerProfiles.organisationId, jobOffers.organisationId))
        .leftJoin(employerAnswerRates, eq(employerAnswerRates.organisationId, jobOffers.organisationId))
        .leftJoin(jobProfiles, and(eq(jobProfiles.id, jobOffers.jobId), eq(jobProfiles.published, true)))
        .where(and(eq(jobOffers.slug, slug), sql`${jobOffers.state} in ('publiee', 'pourvue', 'expiree')`))
      if (!row) return undefined
      return {
        offer: row.offer,
        organisationName: row.organisationName,
        logoDataUrl: row.logoDataUrl,
        profile: row.profile,
        answerRate: row.rateOrganisation
          ? { rate: row.rate, received: row.received ?? 0, medianAnswerDays: row.medianAnswerDays }
          : null,
        job:
          row.jobId && row.jobSlug && row.jobTitle
            ? { id: row.jobId, slug: row.jobSlug, title: row.jobTitle }
            : null,
      }
    },

    /** The daily expiry (as the owner): published offers past their end become expired. */
    async expirePastOffers(now: Date): Promise<number> {
      const done = await tx
        .update(jobOffers)
        .set({ state: 'expiree', closedAt: sql`${jobOffers.expiresAt}`, updatedAt: now })
        .where(
          and(
            eq(jobOffers.state, 'publiee'),
            sql`${jobOffers.expiresAt} <= ${now.toISOString()}::timestamptz`,
          ),
        )
        .returning({ id: jobOffers.id })
      return done.length
    },
  }
}
