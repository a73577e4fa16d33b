import { and, eq, lt, sql } from 'drizzle-orm'
import { rows, type Db } from '../../db/client'
import { jobApplications } from './applications.table'
import { candidateProfiles, candidateSignUps, savedSearches } from './candidates.table'

export type CandidateProfileRow = typeof candidateProfiles.$inferSelect
export type CandidateSignUpRow = typeof candidateSignUps.$inferSelect

export interface CandidateApplicationRow {
  id: string
  status: string
  created_at: Date | string
  status_changed_at: Date | string
  withdrawn_at: Date | string | null
  offer_title: string | null
  offer_slug: string | null
  offer_state: string | null
  employer_name: string | null
}

/** The candidate's own rows, read and written under row-level security (policy `own_profile`). */
export function candidateProfilesRepository(tx: Db) {
  return {
    async get(accountId: string): Promise<CandidateProfileRow | undefined> {
      const [row] = await tx
        .select()
        .from(candidateProfiles)
        .where(eq(candidateProfiles.accountId, accountId))
        .limit(1)
      return row
    },
    async upsert(values: typeof candidateProfiles.$inferInsert): Promise<CandidateProfileRow> {
      const { accountId: _key, ...changes } = values
      const [row] = await tx
        .insert(candidateProfiles)
        .values(values)
        .onConflictDoUpdate({
          target: candidateProfiles.accountId,
          set: { ...changes, updatedAt: new Date() },
        })
        .returning()
      return row!
    },
    /**
     * The candidate's applications, newest first. Read through the `job_applications_candidate`
     * policy; an offer no longer public (withdrawn) comes back without its title.
     */
    async applications(accountId: string): Promise<CandidateApplicationRow[]> {
      return rows<CandidateApplicationRow>(
        tx,
        sql`select a.id, a.status, a.created_at, a.status_changed_at, a.withdrawn_at,
              o.title as offer_title, o.slug as offer_slug, o.state as offer_state, org.name as employer_name
            from job_applications a
            left join job_offers o on o.id = a.offer_id
            left join organisations org on org.id = a.organisation_id
            where a.candidate_account_id = ${accountId}
            order by a.created_at desc, a.id desc`,
      )
    },
  }
}

/** Sign-ups waiting for their confirmation: owner only, before any account exists. */
export function candidateSignUpsRepository(owner: Db) {
  return {
    async insert(values: typeof candidateSignUps.$inferInsert) {
      await owner.insert(candidateSignUps).values(values)
    },
    /** An address signing up again replaces its earlier, unconfirmed sign-ups. */
    async deleteForEmail(email: string) {
      await owner.delete(candidateSignUps).where(eq(candidateSignUps.email, email))
    },
    async deleteExpired(now: Date) {
      await owner.delete(candidateSignUps).where(lt(candidateSignUps.expiresAt, now))
    },
    /** Takes a valid sign-up by its token: it serves once. */
    async consume(tokenHash: string, now: Date): Promise<CandidateSignUpRow | undefined> {
      const [row] = await owner
        .delete(candidateSignUps)
        .where(and(eq(candidateSignUps.tokenHash, tokenHash), sql`${candidateSignUps.expiresAt} > ${now}`))
        .returning()
      return row
    },
  }
}

/** Erasing a candidate: runs as the owner, since the candidate may not touch the employers' rows. */
export function candidateErasureRepository(owner: Db) {
  return {
    async membershipCount(accountId: string): Promise<number> {
      const [row] = await rows<{ n: number | string }>(
        owner,
        sql`select count(*) as n from memberships where account_id = ${accountId}`,
      )
      return Number(row?.n ?? 0)
    },
    async profile(accountId: string): Promise<CandidateProfileRow | undefined> {
      const [row] = await owner
        .select()
        .from(candidateProfiles)
        .where(eq(candidateProfiles.accountId, accountId))
        .limit(1)
      return row
    },
    /** Applications already sent stay with their employers, without the link to the account. */
    async unlinkApplications(accountId: string): Promise<number> {
      const unlinked = await owner
        .update(jobApplications)
        .set({ candidateAccountId: null })
        .where(eq(jobApplications.candidateAccountId, accountId))
        .returning({ id: jobApplications.id })
      return unlinked.length
    },
    /** The account's saved searches, and those saved from its address without an account. */
    async deleteSavedSearches(accountId: string, email: string): Promise<number> {
      const deleted = await owner
        .delete(savedSearches)
        .where(
          sql`${savedSearches.accountId} = ${accountId} or lower(${savedSearches.email}) = ${email.toLowerCase()}`,
        )
        .returning({ id: savedSearches.id })
      return deleted.length
    },
    async deleteProfile(accountId: string) {
      await owner.delete(candidateProfiles).where(eq(candidateProfiles.accountId, accountId))
    },
    /** Sessions and password resets go with it (ON DELETE CASCADE). */
    async deleteAccount(accountId: string) {
      await rows(owner, sql`delete from accounts where id = ${accountId}`)
    },
  }
}
