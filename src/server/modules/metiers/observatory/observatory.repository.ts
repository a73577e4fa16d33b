import { asc, eq, inArray, sql } from 'drizzle-orm'
import { rows, type Db } from '../../../db/client'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'
import { jobProfileViews, metiersPlatformSettings } from './observatory.table'

export type PlatformSettingsRow = typeof metiersPlatformSettings.$inferSelect

/** One line of `metiers_recruitment_funnel`: a group (job or département) or the total. */
export interface FunnelSqlRow {
  key: string | null
  is_total: boolean
  fiche_views: string | number | null
  applications: string | number | null
  answered: string | number | null
  hires: string | number | null
  answer_days_median: number | null
  hire_days_median: number | null
  immersions: string | number | null
  immersions_done: string | number | null
  immersion_hires: string | number | null
  apprenticeship_matches: string | number | null
  apprenticeship_contacts: string | number | null
  apprenticeship_contracts: string | number | null
  open_offers: string | number | null
}

export interface FunnelCriteria {
  from: string
  to: string
  departement: string | null
  jobId: string | null
  groupBy: 'job' | 'departement'
}

/** The observatory's reads (counts only, through the owner function) and the portal's settings. */
export function observatoryRepository(tx: Db) {
  return {
    async settings(): Promise<PlatformSettingsRow | undefined> {
      const [row] = await tx
        .select()
        .from(metiersPlatformSettings)
        .where(eq(metiersPlatformSettings.id, 'plateforme'))
      return row
    },

    async saveSettings(values: {
      contactOrganisationId: string | null
      secrecyThreshold: number
      updatedBy: string
    }) {
      const [row] = await tx
        .insert(metiersPlatformSettings)
        .values({ id: 'plateforme', ...values, updatedAt: new Date() })
        .onConflictDoUpdate({ target: metiersPlatformSettings.id, set: { ...values, updatedAt: new Date() } })
        .returning()
      return row!
    },

    /** Organisations that may receive the platform's messages: a reception queue (CCAS, CIAS, département). */
    async receivingOrganisations() {
      return tx
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(inArray(organisations.kind, ['ccas', 'cias', 'departement']))
        .orderBy(asc(organisations.name))
    },

    async organisationName(id: string): Promise<string | undefined> {
      const [row] = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row?.name
    },

    async organisationInsee(id: string): Promise<string | null> {
      const [row] = await tx
        .select({ insee: organisations.communeInsee })
        .from(organisations)
        .where(eq(organisations.id, id))
      return row?.insee ?? null
    },

    async publishedJobs() {
      return tx
        .select({ id: jobProfiles.id, title: jobProfiles.title })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
    },

    async jobTitles(ids: string[]) {
      if (ids.length === 0) return []
      return tx
        .select({ id: jobProfiles.id, title: jobProfiles.title })
        .from(jobProfiles)
        .where(inArray(jobProfiles.id, ids))
    },

    /** One more view of a fiche today, in a territory ('' when unknown). */
    async countView(jobId: string, departement: string, day: string) {
      await tx
        .insert(jobProfileViews)
        .values({ jobId, departement, day, views: 1 })
        .onConflictDoUpdate({
          target: [jobProfileViews.day, jobProfileViews.jobId, jobProfileViews.departement],
          set: { views: sql`${jobProfileViews.views} + 1` },
        })
    },

    /** The funnel's counts by group and the total: the owner function checks the caller's territory. */
    async funnel(c: FunnelCriteria): Promise<FunnelSqlRow[]> {
      return rows<FunnelSqlRow>(
        tx,
        sql`select * from metiers_recruitment_funnel(${c.from}::date, ${c.to}::date, ${c.departement}::text, ${c.jobId}::uuid, ${c.groupBy}::text)`,
      )
    },
  }
}
