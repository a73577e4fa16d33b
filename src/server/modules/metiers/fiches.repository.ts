import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { jobPortraits, jobProfiles, romeAppellations } from './fiches.table'

export type FicheRow = typeof jobProfiles.$inferSelect
export type NewFiche = typeof jobProfiles.$inferInsert
export type PortraitRow = typeof jobPortraits.$inferSelect
export type NewPortrait = typeof jobPortraits.$inferInsert

export function fichesRepository(db: Db) {
  return {
    async listPublished() {
      return db
        .select({
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          summary: jobProfiles.summary,
          codeRome: jobProfiles.codeRome,
          position: jobProfiles.position,
        })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
    },

    async listAll() {
      return db
        .select({
          fiche: jobProfiles,
          // Written in full: drizzle may render the outer column unqualified, which p.id would capture.
          portraits: sql<number>`(select count(*)::int from job_portraits p where p.job_id = job_profiles.id)`,
        })
        .from(jobProfiles)
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
    },

    async bySlug(slug: string, publishedOnly: boolean) {
      const [row] = await db
        .select()
        .from(jobProfiles)
        .where(
          publishedOnly
            ? and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true))
            : eq(jobProfiles.slug, slug),
        )
      return row
    },

    async byId(id: string) {
      const [row] = await db.select().from(jobProfiles).where(eq(jobProfiles.id, id))
      return row
    },

    async slugTaken(slug: string, exceptId?: string) {
      const [row] = await db
        .select({ id: jobProfiles.id })
        .from(jobProfiles)
        .where(eq(jobProfiles.slug, slug))
      return row !== undefined && row.id !== exceptId
    },

    async insert(values: NewFiche) {
      const [row] = await db.insert(jobProfiles).values(values).returning()
      return row!
    },

    async update(id: string, values: Partial<NewFiche>) {
      const [row] = await db.update(jobProfiles).set(values).where(eq(jobProfiles.id, id)).returning()
      return row
    },

    async portraitsOf(jobIds: string[]) {
      if (jobIds.length === 0) return []
      return db
        .select()
        .from(jobPortraits)
        .where(inArray(jobPortraits.jobId, jobIds))
        .orderBy(asc(jobPortraits.position), asc(jobPortraits.name))
    },

    async portrait(id: string) {
      const [row] = await db.select().from(jobPortraits).where(eq(jobPortraits.id, id))
      return row
    },

    async insertPortrait(values: NewPortrait) {
      const [row] = await db.insert(jobPortraits).values(values).returning()
      return row!
    },

    async updatePortrait(id: string, values: Partial<NewPortrait>) {
      const [row] = await db
        .update(jobPortraits)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(jobPortraits.id, id))
        .returning()
      return row
    },

    async deletePortrait(id: string) {
      const [row] = await db.delete(jobPortraits).where(eq(jobPortraits.id, id)).returning()
      return row
    },

    /**
     * The portrait holding a media key, with its fiche's publication. Under row-level security
     * the public sees only published fiches, so a draft's files stay with the editors.
     */
    async mediaOwner(key: string) {
      const [row] = await db
        .select({ portrait: jobPortraits, published: jobProfiles.published })
        .from(jobPortraits)
        .innerJoin(jobProfiles, eq(jobProfiles.id, jobPortraits.jobId))
        .where(
          or(
            eq(jobPortraits.photoKey, key),
            eq(jobPortraits.videoKey, key),
            eq(jobPortraits.captionsKey, key),
          ),
        )
      return row
    },

    async appellations(codesOgr: string[]) {
      if (codesOgr.length === 0) return []
      return db.select().from(romeAppellations).where(inArray(romeAppellations.codeOgr, codesOgr))
    },

    /** The label of each ROME code the referential knows among these (empty label when unknown yet). */
    async romeCodes(codes: string[]) {
      if (codes.length === 0) return new Map<string, string>()
      const found = await db
        .select({
          codeRome: romeAppellations.codeRome,
          romeLabel: sql<string>`max(${romeAppellations.romeLabel})`,
        })
        .from(romeAppellations)
        .where(inArray(romeAppellations.codeRome, codes))
        .groupBy(romeAppellations.codeRome)
      return new Map(found.map((r) => [r.codeRome, r.romeLabel]))
    },

    async referentialSize() {
      const [row] = await db.select({ n: count() }).from(romeAppellations)
      return row?.n ?? 0
    },

    async referentialVersion() {
      const [row] = await db
        .select({ version: romeAppellations.romeVersion })
        .from(romeAppellations)
        .orderBy(sql`${romeAppellations.importedAt} desc`)
        .limit(1)
      return row?.version
    },
  }
}
export type FichesRepository = ReturnType<typeof fichesRepository>
