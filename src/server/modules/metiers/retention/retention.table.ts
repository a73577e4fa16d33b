// Tables of the métiers module's retention part: reasons to stay: the Point de chute network, housing near workplaces, childcare with staggered hours, the listening line's callback slots.
import {
  boolean,
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
import { sql } from 'drizzle-orm'
import { newId } from '../../../../shared/ids'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/** Where a place is: the address as written, placed by the geocoder (or on its commune). */
const placeColumns = () => ({
  address: text('address').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull(),
  communeInsee: text('commune_insee'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
})

/**
 * A Point de chute: a place (town hall, EHPAD, CCAS, library…) that lets home-care workers on
 * their rounds use its toilets and break room. Public once published, except `access_code`,
 * given only to signed-in accounts.
 */
export const pointDeChutePlaces = pgTable(
  'point_de_chute_places',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** mairie, ehpad, ccas, mediatheque, centre_social, maison_sante, autre */
    kind: text('kind').notNull(),
    ...placeColumns(),
    /** Weekly hours, the directory's model: { lundi: [["08:00","12:00"]], … }. */
    openingHours: jsonb('opening_hours').notNull().default({}),
    /** Closures and exceptional hours: [{ from, to, closed, hours?, message? }]. */
    hoursExceptions: jsonb('hours_exceptions').notNull().default([]),
    /** Where to go and whom to ask (public). */
    accessInstructions: text('access_instructions').notNull().default(''),
    /** Door or key-box code: never public. */
    accessCode: text('access_code').notNull().default(''),
    /** toilettes, salle_pause, micro_ondes, eau, refrigerateur, wifi, recharge_telephone, stationnement */
    facilities: text('facilities').array().notNull().default([]),
    /** Who may use it (« les intervenants à domicile de tous les services »). */
    audience: text('audience').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    published: boolean('published').notNull().default(false),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('point_de_chute_places_organisation_idx').on(t.organisationId)],
)

/**
 * A place to live or to have children minded near the workplaces, for trainees, apprentices and
 * new recruits: `category` is `logement` (residence, employer housing, FJT, host family) or
 * `garde` (crèche with staggered hours, relais petite enfance, assistante maternelle).
 */
export const livingPlaces = pgTable(
  'living_places',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    category: text('category').notNull(),
    /** logement: residence, logement_employeur, fjt, famille_accueil; garde: creche, micro_creche, relais_petite_enfance, assistante_maternelle */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...placeColumns(),
    /** Housing: stagiaires, apprentis, nouveaux_recrutes, saisonniers. */
    audiences: text('audiences').array().notNull().default([]),
    /** Housing: monthly rent in euros, charges included. */
    rentMin: integer('rent_min'),
    rentMax: integer('rent_max'),
    conditions: text('conditions').notNull().default(''),
    /** Childcare: weekly hours (staggered hours are read from them). */
    openingHours: jsonb('opening_hours').notNull().default({}),
    /** Childcare: ages taken, in months. */
    ageMinMonths: integer('age_min_months'),
    ageMaxMonths: integer('age_max_months'),
    contactPhone: text('contact_phone').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    website: text('website').notNull().default(''),
    published: boolean('published').notNull().default(false),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('living_places_organisation_idx').on(t.organisationId, t.category)],
)

/**
 * A weekly time range when the organisation's listening line calls professionals back:
 * `weekday` 1 (Monday) to 7, times in Paris, cut into slots of `slot_minutes`.
 */
export const listeningSlots = pgTable(
  'listening_slots',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    /** The member who calls back. */
    listenerAccountId: uuid('listener_account_id')
      .notNull()
      .references(() => accounts.id),
    active: boolean('active').notNull().default(true),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('listening_slots_organisation_idx').on(t.organisationId)],
)

/**
 * A callback booked on the listening line. One booking per slot and time (cancelled ones free
 * it). First name, phone and topic are erased once the retention delay has passed.
 */
export const listeningCallbacks = pgTable(
  'listening_callbacks',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => listeningSlots.id),
    startsAt: stamp('starts_at').notNull(),
    /** Short public number given at booking (« R-4K7P »). */
    reference: text('reference').notNull(),
    firstName: text('first_name'),
    phone: text('phone'),
    email: text('email'),
    topic: text('topic'),
    consentAt: stamp('consent_at').notNull(),
    /** reserve, rappele, annule */
    state: text('state').notNull().default('reserve'),
    /** SHA-256 of the cancel link's token. */
    cancelTokenHash: text('cancel_token_hash').notNull(),
    calledBackAt: stamp('called_back_at'),
    cancelledAt: stamp('cancelled_at'),
    purgedAt: stamp('purged_at'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('listening_callbacks_taken_key')
      .on(t.slotId, t.startsAt)
      .where(sql`state <> 'annule'`),
    index('listening_callbacks_organisation_idx').on(t.organisationId, t.startsAt),
  ],
)
