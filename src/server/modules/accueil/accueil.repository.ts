import { aliasedTable, and, arrayOverlaps, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { CivilDate } from '../../../shared/dates'
import { openStates, type RequestState } from '../../../shared/modules/accueil/accueil.constants'
import { rows, type Db } from '../../db/client'
import { accounts } from '../auth'
import { memberships, services } from '../organisations'
import {
  announcedDelays,
  requestAnswers,
  requestCounters,
  requestEvents,
  requestOrientations,
  requests,
} from './accueil.table'

export type RequestRow = typeof requests.$inferSelect
export type NewRequest = typeof requests.$inferInsert
export type AnswerRow = typeof requestAnswers.$inferSelect & { answeredByName: string | null }
export type OrientationRow = typeof requestOrientations.$inferSelect & { createdByName: string | null }
export type EventRow = typeof requestEvents.$inferSelect & { actorName: string | null }
export type QueueRow = RequestRow & {
  assigneeName: string | null
  serviceName: string | null
  receivedByName: string | null
}

export const QUEUE_PAGE_SIZE = 50

export interface QueueFilter {
  organisationId: string
  /** Null lists every queue: a person's requests. */
  queue: 'mine' | 'service' | 'unassigned' | null
  accountId: string
  serviceIds: string[]
  usagerId?: string | undefined
  state: RequestState | 'ouvertes' | 'toutes'
  theme?: string | undefined
  channel?: string | undefined
}

const assignee = aliasedTable(accounts, 'assignee')
const receiver = aliasedTable(accounts, 'receiver')

const queueColumns = {
  request: requests,
  assigneeName: assignee.displayName,
  serviceName: services.name,
  receivedByName: receiver.displayName,
}

function flatten(r: {
  request: RequestRow
  assigneeName: string | null
  serviceName: string | null
  receivedByName: string | null
}): QueueRow {
  return {
    ...r.request,
    assigneeName: r.assigneeName,
    serviceName: r.serviceName,
    receivedByName: r.receivedByName,
  }
}

function queueCondition(f: QueueFilter): SQL {
  const who =
    f.queue === 'mine'
      ? eq(requests.assigneeId, f.accountId)
      : f.queue === 'service'
        ? f.serviceIds.length
          ? inArray(requests.serviceId, f.serviceIds)
          : sql`false`
        : f.queue === 'unassigned'
          ? isNull(requests.assigneeId)
          : undefined
  const state =
    f.state === 'toutes'
      ? undefined
      : f.state === 'ouvertes'
        ? inArray(requests.state, [...openStates])
        : eq(requests.state, f.state)
  return and(
    eq(requests.organisationId, f.organisationId),
    who,
    f.usagerId ? eq(requests.usagerId, f.usagerId) : undefined,
    state,
    // The themes of a request are a short array: containment is checked on the rows the index finds.
    f.theme ? sql`${requests.themes} @> array[${f.theme}]::text[]` : undefined,
    f.channel ? eq(requests.channel, f.channel) : undefined,
  )!
}

/** A queue is worked overdue first, then due soonest; a person's requests read newest first. */
const queueOrder = (f: QueueFilter) =>
  f.queue === null
    ? [desc(requests.receivedAt), desc(requests.id)]
    : [asc(requests.dueOn), asc(requests.receivedAt), asc(requests.id)]

/** Queries of the accueil module. Row-level security scopes a tenant transaction; jobs pass the owner. */
export function accueilRepository(tx: Db) {
  return {
    async delays(organisationId: string): Promise<{ channel: string; workingDays: number }[]> {
      return tx
        .select({ channel: announcedDelays.channel, workingDays: announcedDelays.workingDays })
        .from(announcedDelays)
        .where(eq(announcedDelays.organisationId, organisationId))
    },

    async upsertDelays(
      organisationId: string,
      entries: { channel: string; workingDays: number }[],
      at: Date,
    ) {
      if (entries.length === 0) return
      await tx
        .insert(announcedDelays)
        .values(entries.map((e) => ({ organisationId, ...e, updatedAt: at })))
        .onConflictDoUpdate({
          target: [announcedDelays.organisationId, announcedDelays.channel],
          set: { workingDays: sql`excluded.working_days`, updatedAt: sql`excluded.updated_at` },
        })
    },

    /** The next number of the year, allocated atomically whatever runs at the same time. */
    async nextReferenceNumber(organisationId: string, year: number): Promise<number> {
      const [row] = await tx
        .insert(requestCounters)
        .values({ organisationId, year, last: 1 })
        .onConflictDoUpdate({
          target: [requestCounters.organisationId, requestCounters.year],
          set: { last: sql`${requestCounters.last} + 1` },
        })
        .returning({ last: requestCounters.last })
      return row!.last
    },

    async insertRequest(values: NewRequest): Promise<RequestRow> {
      const [row] = await tx.insert(requests).values(values).returning()
      return row!
    },

    async findRequest(id: string, lock = false): Promise<RequestRow | undefined> {
      const query = tx.select().from(requests).where(eq(requests.id, id))
      const [row] = lock ? await query.for('update') : await query
      return row
    },

    async findByExternalId(externalId: string): Promise<RequestRow | undefined> {
      const [row] = await tx.select().from(requests).where(eq(requests.externalId, externalId))
      return row
    },

    async updateRequest(id: string, patch: Partial<NewRequest>): Promise<void> {
      await tx.update(requests).set(patch).where(eq(requests.id, id))
    },

    async withNames(id: string): Promise<QueueRow | undefined> {
      const [row] = await tx
        .select(queueColumns)
        .from(requests)
        .leftJoin(assignee, eq(assignee.id, requests.assigneeId))
        .leftJoin(receiver, eq(receiver.id, requests.receivedBy))
        .leftJoin(services, eq(services.id, requests.serviceId))
        .where(eq(requests.id, id))
      return row ? flatten(row) : undefined
    },

    /** A page of a queue (overdue first, then due soonest) or of a person's requests (newest first). */
    async queue(filter: QueueFilter, page: number): Promise<QueueRow[]> {
      const found = await tx
        .select(queueColumns)
        .from(requests)
        .leftJoin(assignee, eq(assignee.id, requests.assigneeId))
        .leftJoin(receiver, eq(receiver.id, requests.receivedBy))
        .leftJoin(services, eq(services.id, requests.serviceId))
        .where(queueCondition(filter))
        .orderBy(...queueOrder(filter))
        .limit(QUEUE_PAGE_SIZE)
        .offset((page - 1) * QUEUE_PAGE_SIZE)
      return found.map(flatten)
    },

    async countQueue(filter: QueueFilter): Promise<number> {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(requests)
        .where(queueCondition(filter))
      return Number(row?.n ?? 0)
    },

    /** Open requests of the agent, of the agent's services and not yet assigned; each count uses its queue index. */
    async counters(organisationId: string, accountId: string, serviceIds: string[], today: CivilDate) {
      const open = sql.join(
        openStates.map((s) => sql`${s}`),
        sql`, `,
      )
      const services = serviceIds.length
        ? sql`service_id in (${sql.join(
            serviceIds.map((s) => sql`${s}::uuid`),
            sql`, `,
          )})`
        : sql`false`
      const [row] = await rows<Record<string, number>>(
        tx,
        sql`select
          (select count(*)::int from requests where organisation_id = ${organisationId} and assignee_id = ${accountId} and state in (${open})) as mine_open,
          (select count(*)::int from requests where organisation_id = ${organisationId} and assignee_id = ${accountId} and state in (${open}) and due_on < ${today}) as mine_overdue,
          (select count(*)::int from requests where organisation_id = ${organisationId} and ${services} and state in (${open})) as service_open,
          (select count(*)::int from requests where organisation_id = ${organisationId} and ${services} and state in (${open}) and due_on < ${today}) as service_overdue,
          (select count(*)::int from requests where organisation_id = ${organisationId} and assignee_id is null and state in (${open})) as unassigned_open`,
      )
      return {
        mineOpen: Number(row?.mine_open ?? 0),
        mineOverdue: Number(row?.mine_overdue ?? 0),
        serviceOpen: Number(row?.service_open ?? 0),
        serviceOverdue: Number(row?.service_overdue ?? 0),
        unassignedOpen: Number(row?.unassigned_open ?? 0),
      }
    },

    async insertAnswer(values: typeof requestAnswers.$inferInsert) {
      const [row] = await tx.insert(requestAnswers).values(values).returning()
      return row!
    },

    async answers(requestId: string): Promise<AnswerRow[]> {
      const found = await tx
        .select({ answer: requestAnswers, answeredByName: accounts.displayName })
        .from(requestAnswers)
        .leftJoin(accounts, eq(accounts.id, requestAnswers.answeredBy))
        .where(eq(requestAnswers.requestId, requestId))
        .orderBy(asc(requestAnswers.answeredAt), asc(requestAnswers.id))
      return found.map((r) => ({ ...r.answer, answeredByName: r.answeredByName }))
    },

    async insertOrientation(values: typeof requestOrientations.$inferInsert) {
      const [row] = await tx.insert(requestOrientations).values(values).returning()
      return row!
    },

    async findOrientation(id: string) {
      const [row] = await tx.select().from(requestOrientations).where(eq(requestOrientations.id, id))
      return row
    },

    async updateOrientation(id: string, patch: Partial<typeof requestOrientations.$inferInsert>) {
      await tx.update(requestOrientations).set(patch).where(eq(requestOrientations.id, id))
    },

    async orientations(requestId: string): Promise<OrientationRow[]> {
      const found = await tx
        .select({ orientation: requestOrientations, createdByName: accounts.displayName })
        .from(requestOrientations)
        .leftJoin(accounts, eq(accounts.id, requestOrientations.createdBy))
        .where(eq(requestOrientations.requestId, requestId))
        .orderBy(asc(requestOrientations.createdAt), asc(requestOrientations.id))
      return found.map((r) => ({ ...r.orientation, createdByName: r.createdByName }))
    },

    async insertEvents(values: (typeof requestEvents.$inferInsert)[]) {
      if (values.length) await tx.insert(requestEvents).values(values)
    },

    async events(requestId: string): Promise<EventRow[]> {
      const found = await tx
        .select({ event: requestEvents, actorName: accounts.displayName })
        .from(requestEvents)
        .leftJoin(accounts, eq(accounts.id, requestEvents.actorId))
        .where(eq(requestEvents.requestId, requestId))
        .orderBy(asc(requestEvents.at), asc(requestEvents.id))
      return found.map((r) => ({ ...r.event, actorName: r.actorName }))
    },

    async serviceExists(id: string): Promise<boolean> {
      const [row] = await tx.select({ id: services.id }).from(services).where(eq(services.id, id))
      return row !== undefined
    },

    /** An active member of the organisation whose roles open requests: who may hold one. */
    async mayHoldRequests(
      organisationId: string,
      accountId: string,
      roles: readonly string[],
    ): Promise<boolean> {
      const [row] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.organisationId, organisationId),
            eq(memberships.accountId, accountId),
            eq(memberships.active, true),
            arrayOverlaps(memberships.roles, [...roles]),
          ),
        )
      return row !== undefined
    },

    /** Moves the requests of an absorbed usager to the kept one (merge of duplicates). */
    async moveUsagerRequests(fromUsagerId: string, toUsagerId: string) {
      return tx
        .update(requests)
        .set({ usagerId: toUsagerId })
        .where(eq(requests.usagerId, fromUsagerId))
        .returning({ id: requests.id, organisationId: requests.organisationId })
    },

    /** Erases what the requests of these usagers say of them; channels, themes and dates stay. */
    async eraseUsagerRequests(usagerIds: string[]): Promise<number> {
      if (usagerIds.length === 0) return 0
      const erased = await tx
        .update(requests)
        .set({ contactName: null, replyTo: null, subject: null, message: '', externalId: null })
        .where(inArray(requests.usagerId, usagerIds))
        .returning({ id: requests.id })
      const ids = erased.map((r) => r.id)
      if (ids.length === 0) return 0
      await tx
        .update(requestAnswers)
        .set({ body: 'Réponse effacée (dossier anonymisé).' })
        .where(inArray(requestAnswers.requestId, ids))
      await tx
        .update(requestOrientations)
        .set({ reason: null })
        .where(inArray(requestOrientations.requestId, ids))
      return ids.length
    },

    /**
     * Requests received since `from`, grouped by channel, Paris reception day, Paris first-answer
     * day and due day: a few thousand groups at most, whatever the volume. Read from
     * requests_received_idx alone. Days are taken in the session's time zone, set to Paris for
     * this query and restored after: converting each row with AT TIME ZONE cost more than
     * reading the year itself.
     */
    async receivedSince(organisationId: string, from: Date) {
      const [before] = await rows<{ zone: string }>(tx, sql`select current_setting('TimeZone') as zone`)
      await rows(tx, sql`select set_config('TimeZone', 'Europe/Paris', true)`)
      // On failure the transaction is lost anyway: nothing to restore.
      const found = await rows<{
        channel: string
        received_on: string
        answered_on: string | null
        due_on: string
        n: number
      }>(
        tx,
        sql`select channel, to_char(received_on, 'YYYY-MM-DD') as received_on,
                to_char(answered_on, 'YYYY-MM-DD') as answered_on, to_char(due_on, 'YYYY-MM-DD') as due_on, n
              from (
                select channel, received_at::date as received_on, first_answered_at::date as answered_on, due_on,
                  count(*)::int as n
                from requests
                where organisation_id = ${organisationId} and received_at >= ${from.toISOString()}::timestamptz
                group by 1, 2, 3, 4
              ) days`,
      )
      await rows(tx, sql`select set_config('TimeZone', ${before!.zone}, true)`)
      return found
    },
  }
}

export type AccueilRepository = ReturnType<typeof accueilRepository>
