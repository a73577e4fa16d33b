import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations, services } from '../organisations/organisations.table'
import { usagers } from '../usagers/usagers.table'

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id)
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

/** The delay, in working days, the organisation announces for answering each channel. */
export const announcedDelays = pgTable(
  'announced_delays',
  {
    organisationId: organisationId(),
    channel: text('channel').notNull(),
    workingDays: integer('working_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.channel] })],
)

/** Per-organisation, per-year counter behind the readable reference of a request (2026-000042). */
export const requestCounters = pgTable(
  'request_counters',
  {
    organisationId: organisationId(),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
)

/** A request (sollicitation): every contact, on every channel, until it is answered. */
export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    reference: text('reference').notNull(),
    channel: text('channel').notNull(),
    themes: text('themes').array().notNull().default([]),
    usagerId: uuid('usager_id').references(() => usagers.id),
    /** How an anonymous person is described ("homme, la quarantaine"), or a contact's given name. */
    contactName: text('contact_name'),
    replyTo: text('reply_to'),
    subject: text('subject'),
    message: text('message').notNull().default(''),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    receivedBy: uuid('received_by').references(() => accounts.id),
    serviceId: uuid('service_id').references(() => services.id),
    assigneeId: uuid('assignee_id').references(() => accounts.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    state: text('state').notNull().default('nouvelle'),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Message-ID of an inbound e-mail, so a relay posting it twice creates one request. */
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('requests_organisation_reference_key').on(t.organisationId, t.reference),
    uniqueIndex('requests_organisation_external_id_key').on(t.organisationId, t.externalId),
    index('requests_assignee_queue_idx').on(t.organisationId, t.assigneeId, t.state, t.dueOn),
    index('requests_service_queue_idx').on(t.organisationId, t.serviceId, t.state, t.dueOn),
    index('requests_usager_idx').on(t.usagerId),
    // The published commitments read a year of requests; the migration adds channel, first answer
    // and due day as INCLUDE columns so that the index alone answers (drizzle cannot declare them).
    index('requests_received_idx').on(t.organisationId, t.receivedAt),
  ],
)

export const requestAnswers = pgTable(
  'request_answers',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    body: text('body').notNull(),
    answeredBy: uuid('answered_by').references(() => accounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_answers_request_idx').on(t.requestId)],
)

/** An orientation to a partner: free text until the partner directory links it. */
export const requestOrientations = pgTable(
  'request_orientations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    partnerName: text('partner_name').notNull(),
    partnerId: uuid('partner_id'),
    reason: text('reason'),
    outcome: text('outcome').notNull().default('en_attente'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('request_orientations_request_idx').on(t.requestId)],
)

/** The history of a request: assignments, state changes, reminders sent. Never rewritten. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    detail: jsonb('detail').notNull().default({}),
    actorId: uuid('actor_id').references(() => accounts.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
)
