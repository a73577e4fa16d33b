// Tables of the métiers module's apprenticeships part: apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations.
import {
  doublePrecision,
  index,
  integer,
  pgTable,
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
 * An apprenticeship seat offered by an employer. Drafts are the employer's alone; published and
 * filled seats are public (no personal data: the tutor is named by the employer for the apprentice).
 */
export const apprenticeshipSeats = pgTable(
  'apprenticeship_seats',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id),
    /** The fiche's ROME code at the time of writing: the matcher compares ROME families. */
    codeRome: text('code_rome').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull(),
    commune: text('commune').notNull(),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** First month of the contract, `YYYY-MM`. */
    startMonth: text('start_month').notNull(),
    durationMonths: integer('duration_months').notNull(),
    diploma: text('diploma').notNull(),
    /** `training_centres.id` of the centres the employer works with; empty: any centre. */
    trainingCentreIds: uuid('training_centre_ids').array().notNull().default([]),
    tutorName: text('tutor_name').notNull(),
    tutorJob: text('tutor_job').notNull(),
    seats: integer('seats').notNull().default(1),
    /** brouillon, publiee, pourvue, retiree */
    state: text('state').notNull().default('brouillon'),
    publishedAt: stamp('published_at'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('apprenticeship_seats_organisation_idx').on(t.organisationId, t.state, t.updatedAt),
    index('apprenticeship_seats_state_idx').on(t.state, t.jobId),
  ],
)

/**
 * A candidate's apprenticeship request, one per candidate account. Carries no identity: only the
 * first name's initial, shown to employers until a contact is accepted.
 */
export const apprenticeshipRequests = pgTable(
  'apprenticeship_requests',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id),
    initial: text('initial').notNull().default(''),
    jobIds: uuid('job_ids').array().notNull(),
    /** The fiches' ROME codes, in the order of `job_ids`. */
    codeRomes: text('code_romes').array().notNull(),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull(),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Mobility: a distance in km, or a time in minutes with a travel mode. */
    mobilityKm: integer('mobility_km'),
    mobilityMinutes: integer('mobility_minutes'),
    /** voiture, transports, velo, marche */
    travelMode: text('travel_mode'),
    startMonth: text('start_month').notNull(),
    trainingCentreId: uuid('training_centre_id'),
    presentation: text('presentation').notNull().default(''),
    /** active, en_pause, close */
    state: text('state').notNull().default('active'),
    closedAt: stamp('closed_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('apprenticeship_requests_candidate_key').on(t.candidateAccountId),
    index('apprenticeship_requests_state_idx').on(t.state),
  ],
)

/** A pair the matcher kept (in the top 20 of the seat or of the request), with its score and reasons. */
export const apprenticeshipMatches = pgTable(
  'apprenticeship_matches',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    /** The seat's employer. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    seatId: uuid('seat_id')
      .notNull()
      .references(() => apprenticeshipSeats.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => apprenticeshipRequests.id, { onDelete: 'cascade' }),
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id),
    jobId: uuid('job_id').notNull(),
    /** 0 to 100. */
    score: integer('score').notNull(),
    distanceKm: doublePrecision('distance_km').notNull(),
    /** Plain French, one sentence per criterion. */
    reasons: text('reasons').array().notNull().default([]),
    foundAt: stamp('found_at').notNull().defaultNow(),
    computedAt: stamp('computed_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('apprenticeship_matches_pair_key').on(t.seatId, t.requestId),
    index('apprenticeship_matches_request_idx').on(t.requestId, t.score),
    index('apprenticeship_matches_seat_idx').on(t.organisationId, t.seatId, t.score),
  ],
)

/**
 * Which match e-mails went out, per side (`candidat` or `employeur`), so that a pair is announced
 * once even if the matcher drops and finds it again. Written and read by the mailing job only.
 */
export const apprenticeshipMatchMails = pgTable(
  'apprenticeship_match_mails',
  {
    seatId: uuid('seat_id')
      .notNull()
      .references(() => apprenticeshipSeats.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => apprenticeshipRequests.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    sentAt: stamp('sent_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('apprenticeship_match_mails_key').on(t.seatId, t.requestId, t.side)],
)

/**
 * A contact request between a seat and a request, from either side. The conversation opens only
 * once the other side accepts; the employer records the outcome (`contrat_signe` or `sans_suite`).
 */
export const apprenticeshipContacts = pgTable(
  'apprenticeship_contacts',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    seatId: uuid('seat_id')
      .notNull()
      .references(() => apprenticeshipSeats.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => apprenticeshipRequests.id),
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id),
    jobId: uuid('job_id').notNull(),
    /** candidat or employeur */
    initiatedBy: text('initiated_by').notNull(),
    initiatorAccountId: uuid('initiator_account_id').references(() => accounts.id),
    /** demandee, acceptee, refusee, close */
    state: text('state').notNull().default('demandee'),
    /** contrat_signe or sans_suite, once closed by the employer. */
    outcome: text('outcome'),
    answeredAt: stamp('answered_at'),
    closedAt: stamp('closed_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('apprenticeship_contacts_pair_key').on(t.seatId, t.requestId),
    index('apprenticeship_contacts_organisation_idx').on(t.organisationId, t.state, t.updatedAt),
    index('apprenticeship_contacts_candidate_idx').on(t.candidateAccountId, t.updatedAt),
  ],
)

/** A message of an accepted contact's conversation (the first one goes with the request). */
export const apprenticeshipMessages = pgTable(
  'apprenticeship_messages',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => apprenticeshipContacts.id, { onDelete: 'cascade' }),
    candidateAccountId: uuid('candidate_account_id')
      .notNull()
      .references(() => accounts.id),
    /** candidat or employeur */
    authorSide: text('author_side').notNull(),
    authorAccountId: uuid('author_account_id').references(() => accounts.id),
    body: text('body').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('apprenticeship_messages_contact_idx').on(t.contactId, t.createdAt)],
)
