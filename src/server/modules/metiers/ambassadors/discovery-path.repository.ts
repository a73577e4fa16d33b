/**
 * The discovery path's reading of what a candidate did, from each part's tables (read-only, under
 * the candidate's row-level security: every query also names the account), and the suggestions for
 * the next step. The candidate's own choices and ticks live in `discovery_path_jobs`.
 */
import { and, asc, eq, sql } from 'drizzle-orm'
import { noFacts, type DiscoveryFacts } from '../../../../shared/modules/metiers/discovery-path'
import { rows, type Db } from '../../../db/client'
import { jobProfiles } from '../fiches.table'
import { candidateFicheReads, discoveryPathJobs } from './ambassadors.table'

export interface PathJobRow {
  jobId: string
  slug: string
  title: string
  codeRome: string
  markedSteps: string[]
}

/** The facts being gathered, before they are handed out read-only. */
interface Facts {
  ficheRead: boolean
  ambassadorBookings: string[]
  eventRegistrations: { state: string; attended: boolean | null }[]
  immersionRequests: string[]
  apprenticeshipContacts: string[]
  apprenticeshipRequest: boolean
  applications: number
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`

export function discoveryPathRepository(tx: Db) {
  return {
    async jobs(accountId: string): Promise<PathJobRow[]> {
      return tx
        .select({
          jobId: discoveryPathJobs.jobId,
          slug: jobProfiles.slug,
          title: jobProfiles.title,
          codeRome: jobProfiles.codeRome,
          markedSteps: discoveryPathJobs.markedSteps,
        })
        .from(discoveryPathJobs)
        .innerJoin(jobProfiles, eq(jobProfiles.id, discoveryPathJobs.jobId))
        .where(eq(discoveryPathJobs.candidateAccountId, accountId))
        .orderBy(asc(discoveryPathJobs.createdAt))
    },

    async publishedFiches(): Promise<{ id: string; slug: string; title: string }[]> {
      return tx
        .select({ id: jobProfiles.id, slug: jobProfiles.slug, title: jobProfiles.title })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(asc(jobProfiles.title))
    },

    async add(accountId: string, jobId: string, at: Date): Promise<void> {
      await tx
        .insert(discoveryPathJobs)
        .values({ candidateAccountId: accountId, jobId, createdAt: at, updatedAt: at })
        .onConflictDoNothing()
    },

    async remove(accountId: string, jobId: string): Promise<void> {
      await tx
        .delete(discoveryPathJobs)
        .where(and(eq(discoveryPathJobs.candidateAccountId, accountId), eq(discoveryPathJobs.jobId, jobId)))
    },

    async setMarked(accountId: string, jobId: string, steps: string[], at: Date): Promise<void> {
      await tx
        .update(discoveryPathJobs)
        .set({ markedSteps: steps, updatedAt: at })
        .where(and(eq(discoveryPathJobs.candidateAccountId, accountId), eq(discoveryPathJobs.jobId, jobId)))
    },

    /** Records that the account read this fiche (first and last reading, how many times). */
    async recordRead(accountId: string, jobId: string, at: Date): Promise<void> {
      await tx
        .insert(candidateFicheReads)
        .values({ candidateAccountId: accountId, jobId, firstReadAt: at, lastReadAt: at, readCount: 1 })
        .onConflictDoUpdate({
          target: [candidateFicheReads.candidateAccountId, candidateFicheReads.jobId],
          set: { lastReadAt: at, readCount: sql`${candidateFicheReads.readCount} + 1` },
        })
    },

    /** What the candidate did for each of these jobs, read from every part's data. */
    async facts(accountId: string, jobs: readonly { jobId: string; codeRome: string }[]) {
      const ids = jobs.map((j) => j.jobId)
      const facts = new Map<string, Facts>(
        ids.map((id) => [
          id,
          {
            ...noFacts,
            ambassadorBookings: [],
            eventRegistrations: [],
            immersionRequests: [],
            apprenticeshipContacts: [],
          },
        ]),
      )
      if (ids.length === 0) return facts as Map<string, DiscoveryFacts>
      const of = (id: string) => facts.get(id)
      const list = uuidArray(ids)

      for (const r of await rows<{ job_id: string }>(
        tx,
        sql`select job_id from candidate_fiche_reads where candidate_account_id = ${accountId} and job_id = any(${list})`,
      )) {
        const f = of(r.job_id)
        if (f) f.ficheRead = true
      }
      for (const r of await rows<{ job_id: string; state: string }>(
        tx,
        sql`select job_id, state from ambassador_bookings where candidate_account_id = ${accountId} and job_id = any(${list})`,
      ))
        of(r.job_id)?.ambassadorBookings.push(r.state)
      for (const r of await rows<{ job_id: string; state: string; attended: boolean | null }>(
        tx,
        sql`select j.job_id, r.state, r.attended
            from event_registrations r
            join metiers_events e on e.id = r.event_id
            cross join lateral unnest(e.job_ids) as j(job_id)
            where r.candidate_account_id = ${accountId} and j.job_id = any(${list})`,
      ))
        of(r.job_id)?.eventRegistrations.push({ state: r.state, attended: r.attended })
      for (const r of await rows<{ job_id: string; state: string }>(
        tx,
        sql`select job_id, state from immersion_requests where candidate_account_id = ${accountId} and job_id = any(${list})`,
      ))
        of(r.job_id)?.immersionRequests.push(r.state)
      for (const r of await rows<{ job_id: string; state: string }>(
        tx,
        sql`select job_id, state from apprenticeship_contacts where candidate_account_id = ${accountId} and job_id = any(${list})`,
      ))
        of(r.job_id)?.apprenticeshipContacts.push(r.state)
      for (const r of await rows<{ job_id: string }>(
        tx,
        sql`select distinct j.job_id
            from apprenticeship_requests q cross join lateral unnest(q.job_ids) as j(job_id)
            where q.candidate_account_id = ${accountId} and q.state <> 'close' and j.job_id = any(${list})`,
      )) {
        const f = of(r.job_id)
        if (f) f.apprenticeshipRequest = true
      }
      // An offer names its fiche, or only a ROME code: both count for the job.
      const applied = await rows<{ job_id: string | null; code_rome: string }>(
        tx,
        sql`select o.job_id, o.code_rome
            from job_applications a join job_offers o on o.id = a.offer_id
            where a.candidate_account_id = ${accountId}`,
      )
      for (const job of jobs) {
        const f = of(job.jobId)
        if (f)
          f.applications = applied.filter((a) =>
            a.job_id ? a.job_id === job.jobId : a.code_rome === job.codeRome,
          ).length
      }
      return facts as Map<string, DiscoveryFacts>
    },

    /** The commune the candidate wrote in their profile, to suggest what is near. */
    async candidateCommune(accountId: string): Promise<string> {
      const [row] = await rows<{ commune: string }>(
        tx,
        sql`select commune from candidate_profiles where account_id = ${accountId}`,
      )
      return row?.commune ?? ''
    },

    async nextEvent(jobId: string, now: Date) {
      const [row] = await rows<{
        slug: string
        title: string
        starts_at: string | Date
        commune: string
        online: boolean
      }>(
        tx,
        sql`select slug, title, starts_at, commune, online from metiers_events
            where published and ${jobId} = any(job_ids) and starts_at > ${now.toISOString()}
            order by starts_at limit 1`,
      )
      return row
    },

    async immersionOffers(jobId: string, today: string) {
      const [row] = await rows<{ n: number; commune: string | null }>(
        tx,
        sql`select count(*)::int as n, min(commune) as commune from immersion_offers
            where published and job_id = ${jobId} and available_to >= ${today}`,
      )
      return { count: Number(row?.n ?? 0), commune: row?.commune ?? null }
    },

    async trainings(jobId: string) {
      const [row] = await rows<{ n: number; title: string | null }>(
        tx,
        sql`select count(*)::int as n, min(title) as title from trainings where published and ${jobId} = any(job_ids)`,
      )
      return { count: Number(row?.n ?? 0), title: row?.title ?? null }
    },

    async openOffers(jobId: string, codeRome: string, now: Date) {
      const [row] = await rows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from job_offers
            where state = 'publiee' and (expires_at is null or expires_at > ${now.toISOString()})
              and (job_id = ${jobId} or (job_id is null and code_rome = ${codeRome}))`,
      )
      return Number(row?.n ?? 0)
    },
  }
}
