import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import { rows, type Db } from '../../../db/client'
import { jobProfiles } from '../fiches.table'
import {
  ambassadorBookings,
  ambassadorModuleCompletions,
  ambassadorModules,
  ambassadors,
} from './ambassadors.table'

export type AmbassadorRow = typeof ambassadors.$inferSelect
export type AmbassadorValues = Omit<typeof ambassadors.$inferInsert, 'id'>
export type BookingRow = typeof ambassadorBookings.$inferSelect
export type ModuleRow = typeof ambassadorModules.$inferSelect
export interface JobRef {
  id: string
  slug: string
  title: string
}
export type AmbassadorWithJob = AmbassadorRow & { job: JobRef }

const job = { id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title }
const withJob = (r: { ambassador: AmbassadorRow; job: JobRef }): AmbassadorWithJob => ({
  ...r.ambassador,
  job: r.job,
})

/** Ambassadors, their training modules and the requests they receive (all under row-level security). */
export function ambassadorsRepository(tx: Db) {
  const listed = () =>
    and(eq(ambassadors.reviewState, 'publie'), eq(ambassadors.active, true), eq(jobProfiles.published, true))

  return {
    /** Published and active ambassadors of published fiches, optionally of one fiche and one format. */
    async listed(filter: { ficheSlug?: string; format?: string }): Promise<AmbassadorWithJob[]> {
      const found = await tx
        .select({ ambassador: ambassadors, job })
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(
          and(
            listed(),
            filter.ficheSlug ? eq(jobProfiles.slug, filter.ficheSlug) : undefined,
            filter.format ? sql`${filter.format} = any(${ambassadors.formats})` : undefined,
          ),
        )
        .orderBy(asc(ambassadors.displayName))
      return found.map(withJob)
    },

    /** The jobs that have at least one listed ambassador. */
    async listedJobs(): Promise<JobRef[]> {
      return tx
        .selectDistinct(job)
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(listed())
        .orderBy(asc(jobProfiles.title))
    },

    async listedById(id: string): Promise<AmbassadorWithJob | undefined> {
      const [row] = await tx
        .select({ ambassador: ambassadors, job })
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(and(eq(ambassadors.id, id), listed()))
      return row && withJob(row)
    },

    async byId(id: string): Promise<AmbassadorWithJob | undefined> {
      const [row] = await tx
        .select({ ambassador: ambassadors, job })
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(eq(ambassadors.id, id))
      return row && withJob(row)
    },

    async ofAccount(accountId: string): Promise<AmbassadorWithJob | undefined> {
      const [row] = await tx
        .select({ ambassador: ambassadors, job })
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(eq(ambassadors.accountId, accountId))
      return row && withJob(row)
    },

    /** Profiles sent to the editors (drafts stay with their author). */
    async reviewable(): Promise<AmbassadorWithJob[]> {
      const found = await tx
        .select({ ambassador: ambassadors, job })
        .from(ambassadors)
        .innerJoin(jobProfiles, eq(jobProfiles.id, ambassadors.jobId))
        .where(ne(ambassadors.reviewState, 'brouillon'))
        .orderBy(
          sql`case ${ambassadors.reviewState} when 'a_valider' then 0 when 'publie' then 1 else 2 end`,
          desc(ambassadors.submittedAt),
        )
      return found.map(withJob)
    },

    async insert(values: AmbassadorValues & { id: string }): Promise<void> {
      await tx.insert(ambassadors).values(values)
    },

    async update(id: string, values: Partial<AmbassadorValues>): Promise<void> {
      await tx.update(ambassadors).set(values).where(eq(ambassadors.id, id))
    },

    async publishedJobs(): Promise<JobRef[]> {
      return tx
        .select(job)
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.title))
    },

    async publishedJob(id: string): Promise<JobRef | undefined> {
      const [row] = await tx
        .select(job)
        .from(jobProfiles)
        .where(and(eq(jobProfiles.id, id), eq(jobProfiles.published, true)))
      return row
    },

    /** The address the platform writes to about a profile: its account's, never shown. */
    async contactEmail(ambassadorId: string): Promise<string | undefined> {
      const [row] = await rows<{ email: string | null }>(
        tx,
        sql`select ambassador_contact_email(${ambassadorId}) as email`,
      )
      return row?.email ?? undefined
    },

    // —— Modules ——

    async modules(onlyPublished: boolean): Promise<ModuleRow[]> {
      return tx
        .select()
        .from(ambassadorModules)
        .where(onlyPublished ? eq(ambassadorModules.published, true) : undefined)
        .orderBy(asc(ambassadorModules.position), asc(ambassadorModules.title))
    },

    async module(id: string): Promise<ModuleRow | undefined> {
      const [row] = await tx.select().from(ambassadorModules).where(eq(ambassadorModules.id, id))
      return row
    },

    async insertModule(values: typeof ambassadorModules.$inferInsert): Promise<ModuleRow> {
      const [row] = await tx.insert(ambassadorModules).values(values).returning()
      return row!
    },

    async updateModule(
      id: string,
      values: Partial<typeof ambassadorModules.$inferInsert>,
    ): Promise<ModuleRow> {
      const [row] = await tx
        .update(ambassadorModules)
        .set(values)
        .where(eq(ambassadorModules.id, id))
        .returning()
      return row!
    },

    async completions(ambassadorId: string): Promise<Map<string, Date>> {
      const found = await tx
        .select()
        .from(ambassadorModuleCompletions)
        .where(eq(ambassadorModuleCompletions.ambassadorId, ambassadorId))
      return new Map(found.map((c) => [c.moduleId, c.completedAt]))
    },

    async complete(ambassadorId: string, moduleId: string, at: Date): Promise<void> {
      await tx
        .insert(ambassadorModuleCompletions)
        .values({ ambassadorId, moduleId, completedAt: at })
        .onConflictDoNothing()
    },

    /** Modules done per ambassador, among published modules. */
    async modulesDone(ambassadorIds: string[]): Promise<Map<string, number>> {
      if (ambassadorIds.length === 0) return new Map()
      const found = await tx
        .select({ id: ambassadorModuleCompletions.ambassadorId, n: count() })
        .from(ambassadorModuleCompletions)
        .innerJoin(ambassadorModules, eq(ambassadorModules.id, ambassadorModuleCompletions.moduleId))
        .where(
          and(
            inArray(ambassadorModuleCompletions.ambassadorId, ambassadorIds),
            eq(ambassadorModules.published, true),
          ),
        )
        .groupBy(ambassadorModuleCompletions.ambassadorId)
      return new Map(found.map((r) => [r.id, r.n]))
    },

    async completionsPerModule(): Promise<Map<string, number>> {
      const found = await tx
        .select({ id: ambassadorModuleCompletions.moduleId, n: count() })
        .from(ambassadorModuleCompletions)
        .groupBy(ambassadorModuleCompletions.moduleId)
      return new Map(found.map((r) => [r.id, r.n]))
    },

    // —— Bookings ——

    /** Filed by anyone: no RETURNING, the public may not read the row back. */
    async insertBooking(values: typeof ambassadorBookings.$inferInsert & { id: string }): Promise<void> {
      await tx.insert(ambassadorBookings).values(values)
    },

    async bookingsOf(ambassadorId: string): Promise<BookingRow[]> {
      return tx
        .select()
        .from(ambassadorBookings)
        .where(eq(ambassadorBookings.ambassadorId, ambassadorId))
        .orderBy(desc(ambassadorBookings.createdAt))
    },

    async booking(ambassadorId: string, id: string): Promise<BookingRow | undefined> {
      const [row] = await tx
        .select()
        .from(ambassadorBookings)
        .where(and(eq(ambassadorBookings.id, id), eq(ambassadorBookings.ambassadorId, ambassadorId)))
      return row
    },

    async updateBooking(
      id: string,
      values: Partial<typeof ambassadorBookings.$inferInsert>,
    ): Promise<BookingRow> {
      const [row] = await tx
        .update(ambassadorBookings)
        .set(values)
        .where(eq(ambassadorBookings.id, id))
        .returning()
      return row!
    },

    /** Meetings done per ambassador, counted by a function: editors may not read the bookings themselves. */
    async bookingsDone(): Promise<Map<string, number>> {
      const found = await rows<{ ambassador_id: string; n: number }>(
        tx,
        sql`select ambassador_id, n from ambassador_bookings_done()`,
      )
      return new Map(found.map((r) => [r.ambassador_id, Number(r.n)]))
    },
  }
}
