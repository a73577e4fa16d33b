import { and, asc, eq, ilike, inArray, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { jobProfiles, romeAppellations } from './fiches.table'
import type { RomeAppellationLine, RomeCurrentState } from './rome-import'
import { romeSearchText } from './rome-import'

const CHUNK = 500

export function romeRepository(db: Db) {
  return {
    async currentState(): Promise<RomeCurrentState> {
      const appellations = await db
        .select({
          codeOgr: romeAppellations.codeOgr,
          codeRome: romeAppellations.codeRome,
          longLabel: romeAppellations.longLabel,
          romeLabel: romeAppellations.romeLabel,
        })
        .from(romeAppellations)
      const fiches = await db
        .select({
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          codeRome: jobProfiles.codeRome,
          codeOgr: jobProfiles.codeOgr,
        })
        .from(jobProfiles)
        .orderBy(asc(jobProfiles.position), asc(jobProfiles.title))
      return { appellations, fiches }
    },

    /** Replaces the appellations by the file's: those absent are deleted, the others written. */
    async replaceAppellations(
      lines: RomeAppellationLine[],
      version: string,
      existingLabels: Map<string, string>,
    ) {
      const codes = lines.map((l) => l.codeOgr)
      if (codes.length > 0) {
        // notInArray with thousands of values is one statement; the referential has about 11,000.
        await db.delete(romeAppellations).where(notInArray(romeAppellations.codeOgr, codes))
      }
      for (let i = 0; i < lines.length; i += CHUNK) {
        const values = lines.slice(i, i + CHUNK).map((l) => {
          const romeLabel = l.romeLabel ?? existingLabels.get(l.codeRome) ?? ''
          return {
            codeOgr: l.codeOgr,
            codeRome: l.codeRome,
            romeLabel,
            longLabel: l.longLabel,
            shortLabel: l.shortLabel,
            romeVersion: version,
            searchText: romeSearchText(l.codeRome, l.longLabel, l.shortLabel, romeLabel),
            importedAt: new Date(),
          }
        })
        await db
          .insert(romeAppellations)
          .values(values)
          .onConflictDoUpdate({
            target: romeAppellations.codeOgr,
            set: {
              codeRome: sql`excluded.code_rome`,
              romeLabel: sql`excluded.rome_label`,
              longLabel: sql`excluded.long_label`,
              shortLabel: sql`excluded.short_label`,
              romeVersion: sql`excluded.rome_version`,
              searchText: sql`excluded.search_text`,
              importedAt: sql`excluded.imported_at`,
            },
          })
      }
    },

    /** Writes the codes file's labels on the appellations of each code. */
    async relabelCodes(codes: Map<string, string>, version: string) {
      const rows = await db
        .select({
          codeOgr: romeAppellations.codeOgr,
          codeRome: romeAppellations.codeRome,
          longLabel: romeAppellations.longLabel,
          shortLabel: romeAppellations.shortLabel,
        })
        .from(romeAppellations)
      const list = rows
        .filter((r) => codes.has(r.codeRome))
        .map((r) => {
          const label = codes.get(r.codeRome)!
          return {
            ogr: r.codeOgr,
            label,
            search: romeSearchText(r.codeRome, r.longLabel, r.shortLabel, label),
          }
        })
      for (let i = 0; i < list.length; i += CHUNK) {
        await db.execute(sql`
          update rome_appellations a
             set rome_label = c.label, rome_version = ${version}, search_text = c.search, imported_at = now()
            from jsonb_to_recordset(${JSON.stringify(list.slice(i, i + CHUNK))}::jsonb) as c(ogr text, label text, search text)
           where a.code_ogr = c.ogr`)
      }
    },

    /** Fiches whose codes still exist take the new version. */
    async bumpFichesVersion(version: string, codesStillThere: string[]) {
      if (codesStillThere.length === 0) return
      await db
        .update(jobProfiles)
        .set({ romeVersion: version })
        .where(inArray(jobProfiles.codeRome, codesStillThere))
    },

    async labelsByCode(): Promise<Map<string, string>> {
      const found = await db
        .selectDistinctOn([romeAppellations.codeRome], {
          codeRome: romeAppellations.codeRome,
          romeLabel: romeAppellations.romeLabel,
        })
        .from(romeAppellations)
        .orderBy(romeAppellations.codeRome, sql`${romeAppellations.romeLabel} = ''`)
      return new Map(found.filter((r) => r.romeLabel).map((r) => [r.codeRome, r.romeLabel]))
    },

    async summary() {
      const [row] = await db
        .select({
          version: sql<
            string | null
          >`(array_agg(${romeAppellations.romeVersion} order by ${romeAppellations.importedAt} desc))[1]`,
          codes: sql<number>`count(distinct ${romeAppellations.codeRome})::int`,
          appellations: sql<number>`count(*)::int`,
          importedAt: sql<Date | null>`max(${romeAppellations.importedAt})`,
        })
        .from(romeAppellations)
      return row!
    },

    async lookup(filter: { rome?: string; q?: string }, limit = 50) {
      const conditions = []
      if (filter.rome) conditions.push(eq(romeAppellations.codeRome, filter.rome))
      if (filter.q)
        conditions.push(
          ilike(romeAppellations.searchText, `%${romeSearchText(filter.q).replace(/[%_\\]/g, '\\$&')}%`),
        )
      return db
        .select()
        .from(romeAppellations)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(asc(romeAppellations.codeRome), asc(romeAppellations.longLabel))
        .limit(limit)
    },

    async appellationsOf(codesOgr: string[]) {
      if (codesOgr.length === 0) return []
      return db.select().from(romeAppellations).where(inArray(romeAppellations.codeOgr, codesOgr))
    },
  }
}
export type RomeRepository = ReturnType<typeof romeRepository>
