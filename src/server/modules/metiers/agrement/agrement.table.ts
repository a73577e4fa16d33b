// Tables of the métiers module's agrement part: the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training.
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../../shared/ids'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })
const day = (name: string) => date(name, { mode: 'string' })

/** A mandatory information meeting of a département, public once published. */
export const agrementMeetings = pgTable(
  'agrement_meetings',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    startsAt: stamp('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(120),
    /** presentiel, visio */
    mode: text('mode').notNull(),
    /** Given to the people registered only. */
    visioUrl: text('visio_url'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    capacity: integer('capacity').notNull(),
    /** Places taken, kept with each registration and cancellation (the public reads no registration). */
    registered: integer('registered').notNull().default(0),
    notes: text('notes').notNull().default(''),
    published: boolean('published').notNull().default(true),
    cancelledAt: stamp('cancelled_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('agrement_meetings_org_idx').on(t.organisationId, t.startsAt)],
)

/**
 * A candidate's agrément file, from the first request for information to the training. The
 * current step and the legal dates are kept here for the pipeline; what happened, and when, is
 * in `agrement_steps`, never rewritten.
 */
export const agrementApplications = pgTable(
  'agrement_applications',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id),
    /** The agent following the file (reminders go to them first). */
    referentId: uuid('referent_id').references(() => accounts.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: day('birth_date'),
    email: text('email').notNull(),
    phone: text('phone'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Adults and children living at home: [{ relation, birthYear }]. */
    household: jsonb('household').notNull().default([]),
    /** maison, appartement, autre */
    housingType: text('housing_type'),
    housingRooms: integer('housing_rooms'),
    /** Bedrooms that could welcome a child. */
    housingSpareRooms: integer('housing_spare_rooms'),
    currentJob: text('current_job').notNull().default(''),
    motivation: text('motivation').notNull().default(''),
    childrenWished: integer('children_wished'),
    agesWishedMin: integer('ages_wished_min'),
    agesWishedMax: integer('ages_wished_max'),
    /** The documents checklist: { <document>: 'YYYY-MM-DD' received on }. */
    documents: jsonb('documents').notNull().default({}),
    /** The current step (see the agrément steps); the history is in agrement_steps. */
    step: text('step').notNull().default('demande_information'),
    /** Accusé de réception of the complete file: the legal delay starts that day. */
    completeOn: day('complete_on'),
    /** The extension by 2 months, once, by a reasoned decision. */
    extendedOn: day('extended_on'),
    extensionMotive: text('extension_motive'),
    /** The date by which the decision must be notified (4 months, or 6 once extended). */
    decisionDueOn: day('decision_due_on'),
    /** agrement, refus, retrait, agrement_tacite, refus_tacite */
    decision: text('decision'),
    decisionOn: day('decision_on'),
    decisionMotive: text('decision_motive'),
    approvedChildren: integer('approved_children'),
    approvedAgeMin: integer('approved_age_min'),
    approvedAgeMax: integer('approved_age_max'),
    /** Valid 5 years from the decision. */
    validUntil: day('valid_until'),
    /** The first child placed: the preparatory training must be done before it. */
    firstPlacementOn: day('first_placement_on'),
    reminder30SentAt: stamp('reminder_30_sent_at'),
    reminder7SentAt: stamp('reminder_7_sent_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('agrement_applications_org_idx').on(t.organisationId, t.step, t.decisionDueOn),
    index('agrement_applications_candidate_idx').on(t.candidateAccountId),
    index('agrement_applications_due_idx').on(t.decisionDueOn),
  ],
)

/** Each step of a file, dated; rows are only ever added (the application role cannot update them). */
export const agrementSteps = pgTable(
  'agrement_steps',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => agrementApplications.id),
    /** See agrementStepKinds in the shared rules. */
    kind: text('kind').notNull(),
    /** The day it happened (Europe/Paris). */
    doneOn: day('done_on').notNull(),
    note: text('note').notNull().default(''),
    /** Decision details, the meeting attended, the extension's motive… */
    details: jsonb('details').notNull().default({}),
    authorId: uuid('author_id').references(() => accounts.id),
    recordedAt: stamp('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('agrement_steps_application_idx').on(t.applicationId, t.doneOn)],
)

/** A registration to an information meeting; it opens (or joins) an application. */
export const agrementMeetingRegistrations = pgTable(
  'agrement_meeting_registrations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => agrementMeetings.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => agrementApplications.id),
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id),
    /** inscrit, annule */
    state: text('state').notNull().default('inscrit'),
    attended: boolean('attended'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agrement_meeting_registrations_key').on(t.meetingId, t.applicationId),
    index('agrement_meeting_registrations_candidate_idx').on(t.candidateAccountId),
  ],
)

/** Training hours done after the agrément: the preparatory course, then the DEAF course. */
export const agrementTrainingSessions = pgTable(
  'agrement_training_sessions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => agrementApplications.id),
    /** preparatoire (before the first child), deaf (within the following years) */
    phase: text('phase').notNull(),
    title: text('title').notNull(),
    doneOn: day('done_on').notNull(),
    hours: integer('hours').notNull(),
    authorId: uuid('author_id').references(() => accounts.id),
    recordedAt: stamp('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('agrement_training_application_idx').on(t.applicationId, t.doneOn)],
)
