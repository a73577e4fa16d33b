import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations } from '../organisations/organisations.table'
import { usagers } from '../usagers/usagers.table'

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id)
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const domiciliationId = () =>
  uuid('domiciliation_id')
    .notNull()
    .references(() => domiciliations.id, { onDelete: 'cascade' })

/** A structure's settings for domiciliation: what the Cerfa and the letters print, and the portal. */
export const domiciliationSettings = pgTable('domiciliation_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  /** Postal address printed as the domiciled person's address. */
  addressLine: text('address_line'),
  postalCode: text('postal_code'),
  city: text('city'),
  phone: text('phone'),
  email: text('email'),
  /** Approved associations only: agrément number and préfecture. */
  agrementNumber: text('agrement_number'),
  prefecture: text('prefecture'),
  responsibleName: text('responsible_name'),
  responsibleFunction: text('responsible_function'),
  openingHours: text('opening_hours'),
  /** Local time (HH:MM, Europe/Paris) of the daily grouped notice of waiting mail. */
  noticeTime: text('notice_time').notNull().default('18:00'),
  portalEnabled: boolean('portal_enabled').notNull().default(false),
  lastFileNumber: integer('last_file_number').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** A domiciled person's file: one per usager and structure, carrying its chain of requests and decisions. */
export const domiciliations = pgTable(
  'domiciliations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    usagerId: uuid('usager_id')
      .notNull()
      .references(() => usagers.id),
    /** The structure's file number, also the distribution number printed under the address. */
    fileNumber: integer('file_number').notNull(),
    /** Printed on the Cerfa forms; the person's file does not hold it (DomiFa's import brings it). */
    birthPlace: text('birth_place'),
    firstDomiciliationOn: date('first_domiciliation_on', { mode: 'string' }),
    /** Derived from the decision chain and kept for lists: instruction, valide, refus, radie, expiree. */
    status: text('status').notNull().default('instruction'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    /** Only contact events move it (mail handed over, visit, call, portal sign-in); mail arrival does not. */
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    forwardAddress: text('forward_address'),
    forwardFrom: date('forward_from', { mode: 'string' }),
    forwardUntil: date('forward_until', { mode: 'string' }),
    npaiSince: date('npai_since', { mode: 'string' }),
    /** SHA-256 of the code given at the desk for the read-only portal. */
    portalCodeHash: text('portal_code_hash'),
    /** Wrong codes since the last successful sign-in or the last code given; too many lock the portal. */
    portalFailedAttempts: integer('portal_failed_attempts').notNull().default(0),
    portalLockedUntil: timestamp('portal_locked_until', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('domiciliations_organisation_usager_key').on(t.organisationId, t.usagerId),
    uniqueIndex('domiciliations_organisation_file_number_key').on(t.organisationId, t.fileNumber),
    index('domiciliations_follow_up_idx').on(t.organisationId, t.status, t.validUntil),
    index('domiciliations_last_contact_idx').on(t.organisationId, t.lastContactAt),
  ],
)

/** A first request or a renewal: filing, acknowledgement, the mandatory interview, the 2-month deadline. */
export const domiciliationRequests = pgTable(
  'domiciliation_requests',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    kind: text('kind').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }),
    deadlineOn: date('deadline_on', { mode: 'string' }).notNull(),
    /** instruction, attente_decision, decidee, annulee */
    status: text('status').notNull().default('instruction'),
    interviewAt: timestamp('interview_at', { withTimezone: true }),
    interviewerId: uuid('interviewer_id').references(() => accounts.id),
    interviewPlace: text('interview_place'),
    /** The interview's answers (link with the commune, household, cause, residence, reason, situation…). */
    interview: jsonb('interview').notNull().default({}),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('domiciliation_requests_file_idx').on(t.domiciliationId, t.filedOn),
    index('domiciliation_requests_deadline_idx').on(t.organisationId, t.status, t.deadlineOn),
  ],
)

/**
 * The chain of decisions: acceptance (first or renewal), refusal with its motive and the mandatory
 * orientation, radiation with its motive. Never rewritten: a mistaken decision is cancelled by
 * setting its cancellation fields once, which keeps its trace.
 */
export const domiciliationDecisions = pgTable(
  'domiciliation_decisions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    requestId: uuid('request_id').references(() => domiciliationRequests.id),
    kind: text('kind').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    motive: text('motive'),
    motiveDetail: text('motive_detail'),
    orientation: text('orientation'),
    orientationDetail: text('orientation_detail'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => accounts.id),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('domiciliation_decisions_file_idx').on(t.domiciliationId, t.decidedOn),
    index('domiciliation_decisions_report_idx').on(t.organisationId, t.kind, t.decidedOn),
  ],
)

/** A named third party allowed to collect the mail between two dates. */
export const domiciliationProxies = pgTable(
  'domiciliation_proxies',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('domiciliation_proxies_file_idx').on(t.domiciliationId)],
)

/** Mail, registered-mail notices and parcels: arrival, then hand-over, forwarding or return (NPAI). */
export const mailItems = pgTable(
  'mail_items',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    kind: text('kind').notNull(),
    sender: text('sender'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    receivedBy: uuid('received_by').references(() => accounts.id),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    handedOverBy: uuid('handed_over_by').references(() => accounts.id),
    proxyId: uuid('proxy_id').references(() => domiciliationProxies.id),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_items_waiting_idx').on(t.organisationId, t.domiciliationId, t.handedOverAt),
    index('mail_items_report_idx').on(t.organisationId, t.receivedAt),
  ],
)

/** Contact events (visit, call, mail handed over, portal sign-in): the record D264-3 requires. */
export const domiciliationContacts = pgTable(
  'domiciliation_contacts',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    agentId: uuid('agent_id').references(() => accounts.id),
    mailItemId: uuid('mail_item_id').references(() => mailItems.id),
    note: text('note'),
  },
  (t) => [
    index('domiciliation_contacts_file_idx').on(t.domiciliationId, t.at),
    index('domiciliation_contacts_report_idx').on(t.organisationId, t.at),
  ],
)

/** The annual report's declarative answers (waiting list, staff, costs…), per year. */
export const domiciliationReportAnswers = pgTable(
  'domiciliation_report_answers',
  {
    organisationId: organisationId(),
    year: integer('year').notNull(),
    answers: jsonb('answers').notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('domiciliation_report_answers_key').on(t.organisationId, t.year)],
)

/** Text messages and e-mails sent (or written to the development outbox) to domiciled people. */
export const domiciliationNotices = pgTable(
  'domiciliation_notices',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    domiciliationId: domiciliationId(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    /** The provider's answer (message id or error), never the recipient's number or address. */
    outcome: text('outcome'),
  },
  (t) => [index('domiciliation_notices_file_idx').on(t.domiciliationId, t.sentAt)],
)
