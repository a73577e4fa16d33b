import { aliasedTable, and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { pendingRequestStatuses } from '../../../shared/modules/domiciliation/domiciliation.constants'
import { rows, type Db } from '../../db/client'
import { accounts } from '../auth'
import {
  domiciliationDecisions,
  domiciliationRequests,
  domiciliations,
  domiciliationSettings,
} from './domiciliation.table'

export type FileRow = typeof domiciliations.$inferSelect
export type SettingsRow = typeof domiciliationSettings.$inferSelect
export type RequestRow = typeof domiciliationRequests.$inferSelect
export type DecisionRow = typeof domiciliationDecisions.$inferSelect
export type NamedRequest = RequestRow & { interviewerName: string | null; createdByName: string | null }
export type NamedDecision = DecisionRow & { decidedByName: string | null; cancelledByName: string | null }

const interviewer = aliasedTable(accounts, 'interviewer')
const creator = aliasedTable(accounts, 'creator')
const decider = aliasedTable(accounts, 'decider')
const canceller = aliasedTable(accounts, 'canceller')

/** The files, their requests and their chain of decisions; row-level security scopes every query to the tenant. */
export function decisionsRepository(tx: Db) {
  return {
    async settings(organisationId: string): Promise<SettingsRow | undefined> {
      const [row] = await tx
        .select()
        .from(domiciliationSettings)
        .where(eq(domiciliationSettings.organisationId, organisationId))
      return row
    },

    async saveSettings(
      organisationId: string,
      patch: Partial<Omit<typeof domiciliationSettings.$inferInsert, 'organisationId' | 'lastFileNumber'>>,
    ): Promise<SettingsRow> {
      const [row] = await tx
        .insert(domiciliationSettings)
        .values({ organisationId, ...patch })
        .onConflictDoUpdate({ target: domiciliationSettings.organisationId, set: patch })
        .returning()
      return row!
    },

    /**
     * The next file number, atomically: the counter moves in one statement, and never lands on a
     * number already used (files imported with their own numbers).
     */
    async nextFileNumber(organisationId: string): Promise<number> {
      const [row] = await rows<{ n: number }>(
        tx,
        sql`insert into domiciliation_settings (organisation_id, last_file_number)
            values (${organisationId}, (select coalesce(max(file_number), 0) + 1 from domiciliations where organisation_id = ${organisationId}))
            on conflict (organisation_id) do update set last_file_number = greatest(
              domiciliation_settings.last_file_number + 1,
              (select coalesce(max(file_number), 0) + 1 from domiciliations where organisation_id = ${organisationId}))
            returning last_file_number as n`,
      )
      return Number(row!.n)
    },

    async insertFile(values: typeof domiciliations.$inferInsert): Promise<FileRow> {
      const [row] = await tx.insert(domiciliations).values(values).returning()
      return row!
    },

    async file(id: string, lock = false): Promise<FileRow | undefined> {
      const query = tx.select().from(domiciliations).where(eq(domiciliations.id, id))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    /** Several files locked in a stable order, so two bulk radiations never wait for each other in a cycle. */
    lockFiles: (ids: string[]) =>
      ids.length
        ? tx
            .select()
            .from(domiciliations)
            .where(inArray(domiciliations.id, ids))
            .orderBy(asc(domiciliations.id))
            .for('update')
        : Promise.resolve([] as FileRow[]),

    async fileOfUsager(usagerId: string): Promise<FileRow | undefined> {
      const [row] = await tx.select().from(domiciliations).where(eq(domiciliations.usagerId, usagerId))
      return row
    },

    async updateFile(id: string, patch: Partial<typeof domiciliations.$inferInsert>): Promise<void> {
      await tx.update(domiciliations).set(patch).where(eq(domiciliations.id, id))
    },

    requests: (domiciliationId: string): Promise<NamedRequest[]> =>
      tx
        .select({
          request: domiciliationRequests,
          interviewerName: interviewer.displayName,
          createdByName: creator.displayName,
        })
        .from(domiciliationRequests)
        .leftJoin(interviewer, eq(interviewer.id, domiciliationRequests.interviewerId))
        .leftJoin(creator, eq(creator.id, domiciliationRequests.createdBy))
        .where(eq(domiciliationRequests.domiciliationId, domiciliationId))
        .orderBy(desc(domiciliationRequests.filedOn), desc(domiciliationRequests.id))
        .then((found) =>
          found.map((r) => ({
            ...r.request,
            interviewerName: r.interviewerName,
            createdByName: r.createdByName,
          })),
        ),

    async request(id: string, lock = false): Promise<RequestRow | undefined> {
      const query = tx.select().from(domiciliationRequests).where(eq(domiciliationRequests.id, id))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    async pendingRequest(domiciliationId: string): Promise<RequestRow | undefined> {
      const [row] = await tx
        .select()
        .from(domiciliationRequests)
        .where(
          and(
            eq(domiciliationRequests.domiciliationId, domiciliationId),
            inArray(domiciliationRequests.status, [...pendingRequestStatuses]),
          ),
        )
        .limit(1)
      return row
    },

    async insertRequest(values: typeof domiciliationRequests.$inferInsert): Promise<RequestRow> {
      const [row] = await tx.insert(domiciliationRequests).values(values).returning()
      return row!
    },

    async updateRequest(
      id: string,
      patch: Partial<typeof domiciliationRequests.$inferInsert>,
    ): Promise<RequestRow> {
      const [row] = await tx
        .update(domiciliationRequests)
        .set(patch)
        .where(eq(domiciliationRequests.id, id))
        .returning()
      return row!
    },

    decisions: (domiciliationId: string): Promise<NamedDecision[]> =>
      tx
        .select({
          decision: domiciliationDecisions,
          decidedByName: decider.displayName,
          cancelledByName: canceller.displayName,
        })
        .from(domiciliationDecisions)
        .leftJoin(decider, eq(decider.id, domiciliationDecisions.decidedBy))
        .leftJoin(canceller, eq(canceller.id, domiciliationDecisions.cancelledBy))
        .where(eq(domiciliationDecisions.domiciliationId, domiciliationId))
        .orderBy(desc(domiciliationDecisions.decidedOn), desc(domiciliationDecisions.id))
        .then((found) =>
          found.map((r) => ({
            ...r.decision,
            decidedByName: r.decidedByName,
            cancelledByName: r.cancelledByName,
          })),
        ),

    /** The chains of several files at once (bulk radiation). */
    decisionsOfFiles: (ids: string[]): Promise<DecisionRow[]> =>
      ids.length
        ? tx.select().from(domiciliationDecisions).where(inArray(domiciliationDecisions.domiciliationId, ids))
        : Promise.resolve([]),

    async decision(id: string): Promise<DecisionRow | undefined> {
      const [row] = await tx.select().from(domiciliationDecisions).where(eq(domiciliationDecisions.id, id))
      return row
    },

    /** The decisions taken on a request, newest first. */
    decisionsOfRequest: (requestId: string): Promise<DecisionRow[]> =>
      tx
        .select()
        .from(domiciliationDecisions)
        .where(eq(domiciliationDecisions.requestId, requestId))
        .orderBy(desc(domiciliationDecisions.decidedOn), desc(domiciliationDecisions.id)),

    async insertDecisions(values: (typeof domiciliationDecisions.$inferInsert)[]): Promise<DecisionRow[]> {
      if (values.length === 0) return []
      return tx.insert(domiciliationDecisions).values(values).returning()
    },

    /** The only change a decision accepts: its cancellation, once (the grant covers these three columns). */
    async cancelDecision(id: string, at: Date, by: string | null, reason: string): Promise<boolean> {
      const done = await tx
        .update(domiciliationDecisions)
        .set({ cancelledAt: at, cancelledBy: by, cancelReason: reason })
        .where(and(eq(domiciliationDecisions.id, id), isNull(domiciliationDecisions.cancelledAt)))
        .returning({ id: domiciliationDecisions.id })
      return done.length === 1
    },
  }
}
