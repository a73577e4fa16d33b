// Tables of the métiers module's ambassadors part: ambassadors (professionals who speak about their job) and their bookings, and the candidate's discovery path.
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../../shared/ids'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/**
 * A professional who volunteers to speak about their job, owned by their own account (a member of
 * an employer or a candidate-type account). Public once an editor validated it and while active.
 */
export const ambassadors = pgTable(
  'ambassadors',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** The employer organisation the ambassador works for when they wrote the profile as its member. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id),
    /** First name and initial by default (« Nadia B. »). */
    displayName: text('display_name').notNull(),
    /** One of the employer types of the offers (`employerTypes`), not the employer's name. */
    employerType: text('employer_type').notNull(),
    yearsInJob: integer('years_in_job').notNull().default(0),
    story: text('story').notNull().default(''),
    photoKey: text('photo_key'),
    photoAlt: text('photo_alt').notNull().default(''),
    /** ISO 639-1 codes (fr, en, ar…). */
    languages: text('languages').array().notNull().default(['fr']),
    /** classe, forum, distance, lieu_de_travail */
    formats: text('formats').array().notNull().default([]),
    /** The area where the ambassador travels: a commune and a radius. */
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull(),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    radiusKm: integer('radius_km').notNull().default(20),
    availability: text('availability').notNull().default(''),
    /** Paused by the ambassador: hidden from the directory, no new requests. */
    active: boolean('active').notNull().default(true),
    /** brouillon, a_valider, publie, refuse */
    reviewState: text('review_state').notNull().default('brouillon'),
    /** The editor's word when a profile is sent back. */
    reviewNote: text('review_note').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => accounts.id),
    reviewedAt: stamp('reviewed_at'),
    submittedAt: stamp('submitted_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ambassadors_account_key').on(t.accountId),
    index('ambassadors_job_idx').on(t.jobId, t.reviewState),
    index('ambassadors_place_idx').on(t.latitude, t.longitude),
  ],
)

/** Training for ambassadors (key messages, speaking to a class, what not to promise, data protection), written by editors. */
export const ambassadorModules = pgTable('ambassador_modules', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  /** Sanitised rich text (see rich-text.ts). */
  bodyHtml: text('body_html').notNull().default(''),
  position: integer('position').notNull().default(0),
  published: boolean('published').notNull().default(false),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => accounts.id),
})

/** A module an ambassador completed. */
export const ambassadorModuleCompletions = pgTable(
  'ambassador_module_completions',
  {
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => ambassadorModules.id, { onDelete: 'cascade' }),
    completedAt: stamp('completed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ambassadorId, t.moduleId] })],
)

/**
 * A request to meet an ambassador, from a school, a forum or a candidate. The requester's contact
 * details are for the ambassador only. State: demandee, acceptee, refusee, realisee, annulee.
 */
export const ambassadorBookings = pgTable(
  'ambassador_bookings',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    /** The ambassador's job when the request was made. */
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id),
    /** The signed-in candidate who asked, if any (the discovery path counts it). */
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id),
    /** etablissement, forum, candidat, autre */
    requesterKind: text('requester_kind').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterOrganisation: text('requester_organisation').notNull().default(''),
    requesterEmail: text('requester_email').notNull(),
    requesterPhone: text('requester_phone'),
    format: text('format').notNull(),
    wishedDates: text('wished_dates').notNull().default(''),
    message: text('message').notNull().default(''),
    state: text('state').notNull().default('demandee'),
    /** The ambassador's word with the answer, sent to the requester. */
    answerMessage: text('answer_message').notNull().default(''),
    answeredAt: stamp('answered_at'),
    doneAt: stamp('done_at'),
    cancelledAt: stamp('cancelled_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ambassador_bookings_ambassador_idx').on(t.ambassadorId, t.createdAt),
    index('ambassador_bookings_candidate_idx').on(t.candidateAccountId),
    index('ambassador_bookings_job_idx').on(t.jobId, t.state),
  ],
)

/** That a signed-in candidate read a fiche: the first step of their discovery path. */
export const candidateFicheReads = pgTable(
  'candidate_fiche_reads',
  {
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id, { onDelete: 'cascade' }),
    firstReadAt: stamp('first_read_at').notNull().defaultNow(),
    lastReadAt: stamp('last_read_at').notNull().defaultNow(),
    readCount: integer('read_count').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.candidateAccountId, t.jobId] })],
)

/**
 * A job a signed-in candidate chose to discover. Each step's completion is computed from the other
 * parts' data; `markedSteps` are those the candidate ticked by hand (« je l'ai fait ailleurs »).
 */
export const discoveryPathJobs = pgTable(
  'discovery_path_jobs',
  {
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id, { onDelete: 'cascade' }),
    markedSteps: text('marked_steps').array().notNull().default([]),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.candidateAccountId, t.jobId] })],
)
