// Tables of the métiers module's immersions part: discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome.
import {
  boolean,
  date,
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
const day = (name: string) => date(name, { mode: 'string' })

/**
 * A discovery immersion an employer offers for one job: where, between which dates, how many people
 * at the same time, with whom. Drafts are the employer's alone; published offers are public.
 */
export const immersionOffers = pgTable(
  'immersion_offers',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id),
    title: text('title').notNull(),
    /** What the person will see and do (plain text). */
    activities: text('activities').notNull(),
    /** Vaccinations, driving licence, clothing… (plain text, may be empty). */
    conditions: text('conditions').notNull().default(''),
    /** Days and hours, as the host writes them (« du lundi au vendredi, 9 h – 16 h 30 »). */
    schedule: text('schedule').notNull(),
    availableFrom: day('available_from').notNull(),
    availableTo: day('available_to').notNull(),
    /** People hosted at the same time. */
    capacity: integer('capacity').notNull(),
    /** Longest immersion accepted, in calendar days. */
    maxDays: integer('max_days').notNull().default(10),
    tutorName: text('tutor_name').notNull(),
    tutorJob: text('tutor_job').notNull(),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull(),
    commune: text('commune').notNull(),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    published: boolean('published').notNull().default(false),
    publishedAt: stamp('published_at'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('immersion_offers_organisation_idx').on(t.organisationId, t.updatedAt),
    index('immersion_offers_public_idx').on(t.published, t.availableTo),
    index('immersion_offers_job_idx').on(t.jobId),
  ],
)

/**
 * A candidate's request for an immersion, in the employer's tenant. A candidate account is required
 * (the convention names the person); the account may be erased later, the request then stays with
 * the employer, unlinked.
 */
export const immersionRequests = pgTable(
  'immersion_requests',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => immersionOffers.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id),
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    /** decouvrir_metier, confirmer_projet, initier_recrutement */
    objective: text('objective').notNull(),
    message: text('message').notNull().default(''),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    /** demandee, acceptee, refusee, realisee, annulee */
    state: text('state').notNull().default('demandee'),
    /** Told to the candidate with a refusal. */
    refusalReason: text('refusal_reason'),
    decidedAt: stamp('decided_at'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    /** embauche, formation, projet_confirme, projet_abandonne, autre (with « réalisée »). */
    outcome: text('outcome'),
    assessment: text('assessment'),
    outcomeRecordedAt: stamp('outcome_recorded_at'),
    reminderSentAt: stamp('reminder_sent_at'),
    outcomeAskedAt: stamp('outcome_asked_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('immersion_requests_organisation_idx').on(t.organisationId, t.state, t.createdAt),
    index('immersion_requests_offer_idx').on(t.offerId, t.state, t.startDate),
    index('immersion_requests_candidate_idx').on(t.candidateAccountId),
    index('immersion_requests_dates_idx').on(t.state, t.startDate, t.endDate),
  ],
)

/**
 * The convention of an accepted request (PMSMP-style): the three parties, objective, dates and
 * hours, activities, skills, prevention, insurance and the place of signature. The PDF is rebuilt
 * from these fields and `updated_at` alone, so it is the same document at every download.
 */
export const immersionConventions = pgTable(
  'immersion_conventions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestId: uuid('request_id')
      .notNull()
      .references(() => immersionRequests.id, { onDelete: 'cascade' }),
    beneficiaryBirthDate: day('beneficiary_birth_date'),
    beneficiaryAddress: text('beneficiary_address').notNull().default(''),
    hostName: text('host_name').notNull().default(''),
    hostSiret: text('host_siret').notNull().default(''),
    hostAddress: text('host_address').notNull().default(''),
    hostSignatory: text('host_signatory').notNull().default(''),
    tutorName: text('tutor_name').notNull().default(''),
    tutorJob: text('tutor_job').notNull().default(''),
    tutorContact: text('tutor_contact').notNull().default(''),
    /** france_travail, mission_locale, cap_emploi, siae, conseil_departemental, autre */
    prescriberType: text('prescriber_type'),
    prescriberName: text('prescriber_name').notNull().default(''),
    prescriberAdvisor: text('prescriber_advisor').notNull().default(''),
    prescriberContact: text('prescriber_contact').notNull().default(''),
    objective: text('objective').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    dailyHours: text('daily_hours').notNull().default(''),
    weeklyHours: integer('weekly_hours'),
    activities: text('activities').notNull().default(''),
    skillsObserved: text('skills_observed').notNull().default(''),
    riskPrevention: text('risk_prevention').notNull().default(''),
    /** The host's civil liability insurer and contract number. */
    insurance: text('insurance').notNull().default(''),
    signaturePlace: text('signature_place').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => accounts.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('immersion_conventions_request_key').on(t.requestId)],
)
