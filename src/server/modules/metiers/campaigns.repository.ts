import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { organisations } from '../organisations/organisations.table'
import { campaignPages } from './campaigns.table'
import { jobPortraits, jobProfiles } from './fiches.table'

export type CampaignPageRow = typeof campaignPages.$inferSelect
export type CampaignPageValues = Omit<typeof campaignPages.$inferInsert, 'id' | 'organisationId'>

export interface OrganisationLookRow {
  name: string
  logoDataUrl: string | null
  primaryColor: string
  accentColor: string
}

const look = {
  name: organisations.name,
  logoDataUrl: organisations.logoDataUrl,
  primaryColor: organisations.primaryColor,
  accentColor: organisations.accentColor,
}

/** Campaign pages, the organisation's look and the fiches and portraits they feature. */
export function campaignsRepository(tx: Db) {
  return {
    async ofOrganisation(organisationId: string): Promise<CampaignPageRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignPages)
        .where(eq(campaignPages.organisationId, organisationId))
      return row
    },

    async publishedBySlug(slug: string) {
      const [row] = await tx
        .select({ page: campaignPages, look })
        .from(campaignPages)
        .innerJoin(organisations, eq(organisations.id, campaignPages.organisationId))
        .where(and(eq(campaignPages.slug, slug), eq(campaignPages.published, true)))
      return row
    },

    async published() {
      return tx
        .select({ page: campaignPages, look })
        .from(campaignPages)
        .innerJoin(organisations, eq(organisations.id, campaignPages.organisationId))
        .where(eq(campaignPages.published, true))
        .orderBy(asc(campaignPages.title))
    },

    async look(organisationId: string): Promise<OrganisationLookRow | undefined> {
      const [row] = await tx.select(look).from(organisations).where(eq(organisations.id, organisationId))
      return row
    },

    async insert(organisationId: string, values: CampaignPageValues): Promise<CampaignPageRow> {
      const [row] = await tx
        .insert(campaignPages)
        .values({ ...values, organisationId })
        .returning()
      return row!
    },

    async update(id: string, values: Partial<CampaignPageValues>): Promise<CampaignPageRow> {
      const [row] = await tx.update(campaignPages).set(values).where(eq(campaignPages.id, id)).returning()
      return row!
    },

    /** Fiches by id, published only when `publishedOnly`. */
    async fiches(ids: readonly string[], publishedOnly: boolean) {
      if (ids.length === 0) return []
      return tx
        .select({
          id: jobProfiles.id,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          summary: jobProfiles.summary,
          codeRome: jobProfiles.codeRome,
          published: jobProfiles.published,
        })
        .from(jobProfiles)
        .where(
          publishedOnly
            ? and(inArray(jobProfiles.id, [...ids]), eq(jobProfiles.published, true))
            : inArray(jobProfiles.id, [...ids]),
        )
    },

    /** Portraits by id with their fiche; only those of published fiches when `publishedOnly`. */
    async portraits(ids: readonly string[], publishedOnly: boolean) {
      if (ids.length === 0) return []
      return tx
        .select({
          id: jobPortraits.id,
          name: jobPortraits.name,
          roleLabel: jobPortraits.roleLabel,
          workplace: jobPortraits.workplace,
          quote: jobPortraits.quote,
          photoKey: jobPortraits.photoKey,
          photoAlt: jobPortraits.photoAlt,
          ficheSlug: jobProfiles.slug,
          ficheTitle: jobProfiles.title,
        })
        .from(jobPortraits)
        .innerJoin(jobProfiles, eq(jobProfiles.id, jobPortraits.jobId))
        .where(
          publishedOnly
            ? and(inArray(jobPortraits.id, [...ids]), eq(jobProfiles.published, true))
            : inArray(jobPortraits.id, [...ids]),
        )
    },

    /** Every fiche and portrait an editor may feature. */
    async choices() {
      const fiches = await tx
        .select({ id: jobProfiles.id, title: jobProfiles.title, published: jobProfiles.published })
        .from(jobProfiles)
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
      const portraits = await tx
        .select({ id: jobPortraits.id, name: jobPortraits.name, ficheTitle: jobProfiles.title })
        .from(jobPortraits)
        .innerJoin(jobProfiles, eq(jobProfiles.id, jobPortraits.jobId))
        .orderBy(asc(jobProfiles.position), asc(jobPortraits.position), asc(jobPortraits.name))
      return { fiches, portraits }
    },
  }
}
