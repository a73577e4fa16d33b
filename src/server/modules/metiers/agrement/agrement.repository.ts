import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { rows } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import {
  agrementApplications,
  agrementMeetingRegistrations,
  agrementMeetings,
  agrementSteps,
  agrementTrainingSessions,
} from './agrement.table'

export type AgrementApplicationRow = typeof agrementApplications.$inferSelect
export type AgrementApplicationInsert = typeof agrementApplications.$inferInsert
export type AgrementStepRow = typeof agrementSteps.$inferSelect
export type AgrementStepInsert = typeof agrementSteps.$inferInsert
export type AgrementMeetingRow = typeof agrementMeetings.$inferSelect
export type AgrementMeetingInsert = typeof agrementMeetings.$inferInsert
export type AgrementRegistrationRow = typeof agrementMeetingRegistrations.$inferSelect
export type AgrementTrainingRow = typeof agrementTrainingSessions.$inferSelect
export type MeetingWithDepartement = AgrementMeetingRow & { departement: string }

/** The agrément files of a département, and a candidate's own (row-level security applies). */
export function agrementRepository(tx: Db) {
  const meetingColumns = { meeting: agrementMeetings, departement: organisations.name }
  const withDepartement = (r: { meeting: AgrementMeetingRow; departement: string }) => ({
    ...r.meeting,
    departement: r.departement,
  })

  return {
    async organisationKind(organisationId: string): Promise<{ kind: string; name: string } | undefined> {
      const [row] = await tx
        .select({ kind: organisations.kind, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, organisationId))
      return row
    },

    // ------------------------------------------------------------ meetings

    /** Published meetings still to come, every département (public). */
    async upcomingMeetings(now: Date): Promise<MeetingWithDepartement[]> {
      const found = await tx
        .select(meetingColumns)
        .from(agrementMeetings)
        .innerJoin(organisations, eq(organisations.id, agrementMeetings.organisationId))
        .where(
          and(
            eq(agrementMeetings.published, true),
            isNull(agrementMeetings.cancelledAt),
            gte(agrementMeetings.startsAt, now),
          ),
        )
        .orderBy(asc(agrementMeetings.startsAt))
        .limit(200)
      return found.map(withDepartement)
    },

    async meeting(id: string, forUpdate = false): Promise<MeetingWithDepartement | undefined> {
      const query = tx
        .select(meetingColumns)
        .from(agrementMeetings)
        .innerJoin(organisations, eq(organisations.id, agrementMeetings.organisationId))
        .where(eq(agrementMeetings.id, id))
      const [row] = forUpdate ? await query.for('update', { of: agrementMeetings }) : await query
      return row ? withDepartement(row) : undefined
    },

    /** The département's own meetings, the next first then the past. */
    async ownMeetings(): Promise<MeetingWithDepartement[]> {
      const found = await tx
        .select(meetingColumns)
        .from(agrementMeetings)
        .innerJoin(organisations, eq(organisations.id, agrementMeetings.organisationId))
        .where(sql`${agrementMeetings.organisationId} = app_organisation_id()`)
        .orderBy(desc(agrementMeetings.startsAt))
        .limit(500)
      return found.map(withDepartement)
    },

    async insertMeeting(values: AgrementMeetingInsert): Promise<AgrementMeetingRow> {
      const [row] = await tx.insert(agrementMeetings).values(values).returning()
      return row!
    },

    async addToMeeting(id: string, delta: number): Promise<void> {
      await tx
        .update(agrementMeetings)
        .set({ registered: sql`${agrementMeetings.registered} + ${delta}` })
        .where(eq(agrementMeetings.id, id))
    },

    async registrations(meetingId: string) {
      return tx
        .select({
          registration: agrementMeetingRegistrations,
          firstName: agrementApplications.firstName,
          lastName: agrementApplications.lastName,
          commune: agrementApplications.commune,
        })
        .from(agrementMeetingRegistrations)
        .innerJoin(
          agrementApplications,
          eq(agrementApplications.id, agrementMeetingRegistrations.applicationId),
        )
        .where(eq(agrementMeetingRegistrations.meetingId, meetingId))
        .orderBy(asc(agrementApplications.lastName), asc(agrementApplications.firstName))
    },

    async registration(
      meetingId: string,
      registrationId: string,
    ): Promise<AgrementRegistrationRow | undefined> {
      const [row] = await tx
        .select()
        .from(agrementMeetingRegistrations)
        .where(
          and(
            eq(agrementMeetingRegistrations.id, registrationId),
            eq(agrementMeetingRegistrations.meetingId, meetingId),
          ),
        )
      return row
    },

    async registrationOf(
      meetingId: string,
      applicationId: string,
    ): Promise<AgrementRegistrationRow | undefined> {
      const [row] = await tx
        .select()
        .from(agrementMeetingRegistrations)
        .where(
          and(
            eq(agrementMeetingRegistrations.meetingId, meetingId),
            eq(agrementMeetingRegistrations.applicationId, applicationId),
          ),
        )
      return row
    },

    async insertRegistration(values: typeof agrementMeetingRegistrations.$inferInsert) {
      const [row] = await tx.insert(agrementMeetingRegistrations).values(values).returning()
      return row!
    },

    async setAttended(id: string, attended: boolean): Promise<void> {
      await tx
        .update(agrementMeetingRegistrations)
        .set({ attended })
        .where(eq(agrementMeetingRegistrations.id, id))
    },

    /** Meetings a set of files registered to (for the candidate). */
    async meetingsOfApplications(applicationIds: string[]) {
      if (applicationIds.length === 0) return []
      return tx
        .select({ applicationId: agrementMeetingRegistrations.applicationId, meeting: agrementMeetings })
        .from(agrementMeetingRegistrations)
        .innerJoin(agrementMeetings, eq(agrementMeetings.id, agrementMeetingRegistrations.meetingId))
        .where(
          and(
            inArray(agrementMeetingRegistrations.applicationId, applicationIds),
            eq(agrementMeetingRegistrations.state, 'inscrit'),
          ),
        )
        .orderBy(asc(agrementMeetings.startsAt))
    },

    // ------------------------------------------------------------ files

    async application(id: string, forUpdate = false): Promise<AgrementApplicationRow | undefined> {
      const query = tx.select().from(agrementApplications).where(eq(agrementApplications.id, id))
      const [row] = forUpdate ? await query.for('update') : await query
      return row
    },

    /** An open file of this address in the current département (a second registration joins it). */
    async openApplicationByEmail(email: string): Promise<AgrementApplicationRow | undefined> {
      const [row] = await tx
        .select()
        .from(agrementApplications)
        .where(
          and(
            sql`${agrementApplications.organisationId} = app_organisation_id()`,
            sql`lower(${agrementApplications.email}) = lower(${email})`,
            isNull(agrementApplications.decision),
          ),
        )
        .orderBy(desc(agrementApplications.createdAt))
        .limit(1)
      return row
    },

    async ownApplications(): Promise<AgrementApplicationRow[]> {
      return tx
        .select()
        .from(agrementApplications)
        .where(sql`${agrementApplications.organisationId} = app_organisation_id()`)
        .orderBy(asc(agrementApplications.decisionDueOn), asc(agrementApplications.createdAt))
        .limit(5000)
    },

    async candidateApplications(accountId: string) {
      return tx
        .select({ application: agrementApplications, departement: organisations.name })
        .from(agrementApplications)
        .innerJoin(organisations, eq(organisations.id, agrementApplications.organisationId))
        .where(eq(agrementApplications.candidateAccountId, accountId))
        .orderBy(desc(agrementApplications.createdAt))
    },

    /** Links the files opened with the account's address before it existed; how many. */
    async claimApplications(): Promise<number> {
      const [row] = await rows<{ n: number }>(tx, sql`select agrement_claim_applications() as n`)
      return row?.n ?? 0
    },

    async insertApplication(values: AgrementApplicationInsert): Promise<AgrementApplicationRow> {
      const [row] = await tx.insert(agrementApplications).values(values).returning()
      return row!
    },

    async updateApplication(
      id: string,
      values: Partial<AgrementApplicationInsert>,
    ): Promise<AgrementApplicationRow> {
      const [row] = await tx
        .update(agrementApplications)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(agrementApplications.id, id))
        .returning()
      return row!
    },

    async insertStep(values: AgrementStepInsert): Promise<AgrementStepRow> {
      const [row] = await tx.insert(agrementSteps).values(values).returning()
      return row!
    },

    async steps(applicationIds: string[]) {
      if (applicationIds.length === 0) return []
      return tx
        .select({ step: agrementSteps, author: accounts.displayName })
        .from(agrementSteps)
        .leftJoin(accounts, eq(accounts.id, agrementSteps.authorId))
        .where(inArray(agrementSteps.applicationId, applicationIds))
        .orderBy(asc(agrementSteps.doneOn), asc(agrementSteps.recordedAt))
    },

    async training(applicationIds: string[]): Promise<AgrementTrainingRow[]> {
      if (applicationIds.length === 0) return []
      return tx
        .select()
        .from(agrementTrainingSessions)
        .where(inArray(agrementTrainingSessions.applicationId, applicationIds))
        .orderBy(asc(agrementTrainingSessions.doneOn))
    },

    async insertTraining(values: typeof agrementTrainingSessions.$inferInsert): Promise<AgrementTrainingRow> {
      const [row] = await tx.insert(agrementTrainingSessions).values(values).returning()
      return row!
    },
  }
}
