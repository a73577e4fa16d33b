import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations } from '../organisations/organisations.table'
import { jobOffers } from './offers.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/**
 * An application to an offer, in the employer's tenant. A candidate without an account follows it
 * through a secret link (only the SHA-256 of its token is kept); with an account, through the account.
 */
export const jobApplications = pgTable(
  'job_applications',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => jobOffers.id),
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    message: text('message').notNull().default(''),
    cvKey: text('cv_key'),
    cvName: text('cv_name'),
    cvType: text('cv_type'),
    cvBytes: integer('cv_bytes'),
    cvSha256: text('cv_sha256'),
    /** recue, contactee, entretien, retenue, non_retenue */
    status: text('status').notNull().default('recue'),
    statusChangedAt: stamp('status_changed_at').notNull().defaultNow(),
    /** The first move out of « reçue »: what the answer rate counts. */
    answeredAt: stamp('answered_at'),
    followTokenHash: text('follow_token_hash'),
    reminderSentAt: stamp('reminder_sent_at'),
    /** When the candidate was told the offer closed. */
    closingNoticeAt: stamp('closing_notice_at'),
    withdrawnAt: stamp('withdrawn_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('job_applications_offer_idx').on(t.organisationId, t.offerId, t.createdAt),
    index('job_applications_candidate_idx').on(t.candidateAccountId),
    uniqueIndex('job_applications_follow_key').on(t.followTokenHash),
  ],
)

/** The history of an application: status changes with the message sent, notes, reminders. */
export const jobApplicationEvents = pgTable(
  'job_application_events',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => jobApplications.id, { onDelete: 'cascade' }),
    /** statut, note, rappel, cloture */
    kind: text('kind').notNull(),
    status: text('status'),
    text: text('text').notNull().default(''),
    /** The message e-mailed to the candidate with a status change, if any. */
    messageSent: text('message_sent'),
    authorId: uuid('author_id').references(() => accounts.id),
    at: stamp('at').notNull().defaultNow(),
  },
  (t) => [index('job_application_events_application_idx').on(t.applicationId, t.at)],
)

/** Each employer's answer rate, public, refreshed on each answer and every night. */
export const employerAnswerRates = pgTable('employer_answer_rates', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  received: integer('received').notNull().default(0),
  answered: integer('answered').notNull().default(0),
  /** Percentage answered within the period, null below a minimum count. */
  rate: integer('rate'),
  medianAnswerDays: integer('median_answer_days'),
  computedAt: stamp('computed_at').notNull().defaultNow(),
})
