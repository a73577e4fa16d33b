import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { newId } from '../../../../shared/ids'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/**
 * An event an organisation holds about the jobs: forum, job dating, the social film festival, a
 * monthly QVCT webinar, an information meeting, an open day. Public once published; the online
 * link is only ever sent to the people registered.
 */
export const metiersEvents = pgTable(
  'metiers_events',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Clean URL part: title words, date and a short unique suffix. */
    slug: text('slug').notNull(),
    /** forum, job_dating, festival_film, webinaire_qvct, reunion_information, portes_ouvertes */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Sanitised rich text. */
    descriptionHtml: text('description_html').notNull().default(''),
    startsAt: stamp('starts_at').notNull(),
    endsAt: stamp('ends_at').notNull(),
    /** Held online: then `online_url` is the link, sent only to registered people. */
    online: boolean('online').notNull().default(false),
    onlineUrl: text('online_url'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Said to the organiser when the place was not found at its address. */
    placeWarning: text('place_warning'),
    /** Seats; null when there is no limit. */
    capacity: integer('capacity'),
    /** Seats taken and people waiting, kept with each registration change: the public reads them. */
    registeredCount: integer('registered_count').notNull().default(0),
    waitingCount: integer('waiting_count').notNull().default(0),
    /** Registrations close then; null: until the start. */
    registrationDeadline: stamp('registration_deadline'),
    /** The fiches (job_profiles.id) the event is about. */
    jobIds: uuid('job_ids').array().notNull().default([]),
    /** Who it is for, in plain words. */
    audience: text('audience').notNull().default(''),
    /** Access for disabled people, interpreting, captions… */
    accessibility: text('accessibility').notNull().default(''),
    published: boolean('published').notNull().default(false),
    /** Webinars created together as a monthly series share it. */
    seriesId: uuid('series_id'),
    /** Raised on every change that matters to a calendar (ICS SEQUENCE). */
    revision: integer('revision').notNull().default(0),
    replayUrl: text('replay_url'),
    replayCaptionsUrl: text('replay_captions_url'),
    replayTranscript: text('replay_transcript'),
    /** The replay is shown to everyone, not only to the people registered. */
    replayPublic: boolean('replay_public').notNull().default(false),
    dayReminderSentAt: stamp('day_reminder_sent_at'),
    hourReminderSentAt: stamp('hour_reminder_sent_at'),
    /** No accents, no capitals: title, commune, kind; rewritten on every write. */
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('metiers_events_slug_key').on(t.slug),
    index('metiers_events_published_idx').on(t.published, t.startsAt),
    index('metiers_events_organisation_idx').on(t.organisationId, t.startsAt),
    index('metiers_events_series_idx').on(t.seriesId),
  ],
)

/**
 * A person registered to an event, in the organiser's tenant: with or without a candidate account.
 * Seats first, then the waiting list in order of arrival; cancelling (by the secret link of the
 * e-mail, only its SHA-256 kept) gives the seat to the first person waiting.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => metiersEvents.id, { onDelete: 'cascade' }),
    candidateAccountId: uuid('candidate_account_id').references(() => accounts.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Lower-case. */
    email: text('email').notNull(),
    phone: text('phone'),
    accessibilityNeeds: text('accessibility_needs').notNull().default(''),
    /** inscrit, liste_attente, annule */
    state: text('state').notNull(),
    /** Present (true), absent (false), not marked yet (null). */
    attended: boolean('attended'),
    attendanceMarkedAt: stamp('attendance_marked_at'),
    cancelTokenHash: text('cancel_token_hash').notNull(),
    /** Moved from the waiting list to a seat. */
    promotedAt: stamp('promoted_at'),
    cancelledAt: stamp('cancelled_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.organisationId, t.eventId, t.state, t.createdAt),
    index('event_registrations_candidate_idx').on(t.candidateAccountId),
    uniqueIndex('event_registrations_cancel_key').on(t.cancelTokenHash),
    uniqueIndex('event_registrations_person_key')
      .on(t.eventId, t.email)
      .where(sql`state <> 'annule'`),
  ],
)
