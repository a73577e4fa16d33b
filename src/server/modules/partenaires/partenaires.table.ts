import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations } from '../organisations/organisations.table'
import { requestOrientations, requests } from '../accueil/accueil.table'

/** The organisation that keeps the directory (a CCAS, a département): every row belongs to one. */
const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id)
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()

/**
 * A structure of the directory: an association, a public service, a service of the CCAS itself.
 * `partnerOrganisationId` is the structure's own account on Lien, once it has been invited.
 */
export const directoryStructures = pgTable(
  'directory_structures',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    partnerOrganisationId: uuid('partner_organisation_id').references(() => organisations.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    rnaId: text('rna_id'),
    siret: text('siret'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    /** saisie | rna | import */
    source: text('source').notNull().default('saisie'),
    /** publiee | brouillon | fermee */
    status: text('status').notNull().default('publiee'),
    /** How often the structure promises to confirm its entries; 6 months by default. */
    updateEveryMonths: integer('update_every_months').notNull().default(6),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    staleRemindedAt: timestamp('stale_reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('directory_structures_rna_key').on(t.organisationId, t.rnaId),
    index('directory_structures_partner_idx').on(t.partnerOrganisationId),
  ],
)

/** A place where a structure receives people: the address as typed, and what the geocoder made of it. */
export const directoryPlaces = pgTable(
  'directory_places',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default(''),
    addressInput: text('address_input').notNull().default(''),
    label: text('label'),
    postcode: text('postcode'),
    city: text('city'),
    citycode: text('citycode'),
    banId: text('ban_id'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    geocodeScore: real('geocode_score'),
    /** adresse | rue | commune | inconnue | a_geocoder */
    geocodeStatus: text('geocode_status').notNull().default('a_geocoder'),
    /** Weekly hours: { lundi: [["09:00","12:00"],["14:00","17:00"]], … } */
    openingHours: jsonb('opening_hours').notNull().default({}),
    /** Closures and exceptional hours: [{ from, to, closed, hours?, message? }] */
    hoursExceptions: jsonb('hours_exceptions').notNull().default([]),
    wheelchairAccessible: boolean('wheelchair_accessible').notNull().default(false),
    hearingLoop: boolean('hearing_loop').notNull().default(false),
    /** How to get there: bus lines, stops, landmarks. */
    access: text('access').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('directory_places_structure_idx').on(t.structureId),
    index('directory_places_position_idx').on(t.organisationId, t.latitude, t.longitude),
  ],
)

/** A service offered by a structure at a place: what it does, for whom, how to be received. */
export const directoryServices = pgTable(
  'directory_services',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id').references(() => directoryPlaces.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    themes: text('themes').array().notNull().default([]),
    subThemes: text('sub_themes').array().notNull().default([]),
    publics: text('publics').array().notNull().default([]),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    accessConditions: text('access_conditions').notNull().default(''),
    languages: text('languages').array().notNull().default(['fr']),
    /** sans_rdv | sur_rdv | orientation_requise */
    referralMode: text('referral_mode').notNull().default('sans_rdv'),
    whatToBring: text('what_to_bring').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    /** Hours of the service when they differ from its place's; null follows the place. */
    openingHours: jsonb('opening_hours'),
    /** publiee | brouillon | fermee */
    status: text('status').notNull().default('publiee'),
    /** Accent- and case-free text of the service, its structure and its themes, for trigram search. */
    searchText: text('search_text').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('directory_services_structure_idx').on(t.structureId),
    /** The search near a point reaches services from the places within the radius. */
    index('directory_services_place_idx').on(t.placeId),
    index('directory_services_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('directory_services_themes_idx').using('gin', t.themes),
  ],
)

/** A change proposed by a partner to its own entries, applied once the keeping organisation validates it. */
export const directoryChanges = pgTable(
  'directory_changes',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id, { onDelete: 'cascade' }),
    submittedByOrganisationId: uuid('submitted_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    submittedBy: uuid('submitted_by').references(() => accounts.id),
    /** structure | place | service */
    entity: text('entity').notNull(),
    /** null when the change creates the entity */
    entityId: uuid('entity_id'),
    before: jsonb('before'),
    after: jsonb('after').notNull(),
    /** a_valider | validee | refusee */
    status: text('status').notNull().default('a_valider'),
    reviewedBy: uuid('reviewed_by').references(() => accounts.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    createdAt: createdAt(),
  },
  (t) => [index('directory_changes_pending_idx').on(t.organisationId, t.status)],
)

/** Answers of the address service, shared by every organisation: addresses of places are public. */
export const geocodeCache = pgTable('geocode_cache', {
  queryKey: text('query_key').primaryKey(),
  result: jsonb('result'),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
})

/** A long import or geocoding run, with its progress for the progress bar and its final report. */
export const directoryImports = pgTable(
  'directory_imports',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    /** rna | tableur */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull().default(''),
    /** en_cours | terminee | echouee */
    status: text('status').notNull().default('en_cours'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    report: jsonb('report').notNull().default({}),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('directory_imports_organisation_idx').on(t.organisationId, t.createdAt)],
)

/**
 * An orientation sent to a service of the directory. It carries only what the person agreed to
 * share; the partner organisation reads it, never the person's file.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    partnerOrganisationId: uuid('partner_organisation_id').references(() => organisations.id),
    requestId: uuid('request_id').references(() => requests.id, { onDelete: 'set null' }),
    requestOrientationId: uuid('request_orientation_id').references(() => requestOrientations.id, {
      onDelete: 'set null',
    }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id),
    /** What the person agreed to share: { firstName?, lastName?, phone?, email?, message? } */
    shared: jsonb('shared').notNull().default({}),
    /** When the agent recorded the person's consent; null when nothing personal is shared. */
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }),
    /** The sending agent's first name, shown to the partner, which cannot read the sender's accounts. */
    senderFirstName: text('sender_first_name'),
    /** The sheet's language when it was printed for the person (fr, falc, en, ar). */
    sheetLanguage: text('sheet_language'),
    /** envoyee | acceptee | refusee | personne_recue | personne_absente | expiree */
    status: text('status').notNull().default('envoyee'),
    statusReason: text('status_reason'),
    /** SHA-256 of the secure link sent to a partner without an account. */
    linkTokenHash: text('link_token_hash'),
    linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('referrals_organisation_idx').on(t.organisationId, t.status, t.createdAt),
    index('referrals_partner_idx').on(t.partnerOrganisationId, t.status, t.createdAt),
    index('referrals_structure_idx').on(t.structureId),
    uniqueIndex('referrals_link_token_key').on(t.linkTokenHash),
  ],
)

/** The network's charter, one row per version; a version is never rewritten once published. */
export const networkCharters = pgTable(
  'network_charters',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => accounts.id),
  },
  (t) => [uniqueIndex('network_charters_version_key').on(t.organisationId, t.version)],
)

export const charterSignatures = pgTable(
  'charter_signatures',
  {
    organisationId: organisationId(),
    charterId: uuid('charter_id')
      .notNull()
      .references(() => networkCharters.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id, { onDelete: 'cascade' }),
    signatoryName: text('signatory_name').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    /** en_ligne (a partner member signed in its space) | papier (the keeper copied a paper signature) */
    method: text('method').notNull().default('en_ligne'),
  },
  (t) => [primaryKey({ columns: [t.charterId, t.structureId] })],
)

/** A meeting of the network: the quarterly food-aid coordination, the annual meeting of associations. */
export const networkMeetings = pgTable(
  'network_meetings',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    /** coordination_aide_alimentaire | assemblee_annuelle | autre */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    location: text('location').notNull().default(''),
    agenda: text('agenda').notNull().default(''),
    capacity: integer('capacity'),
    minutes: text('minutes'),
    minutesPublishedAt: timestamp('minutes_published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('network_meetings_organisation_idx').on(t.organisationId, t.startsAt)],
)

export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => networkMeetings.id, { onDelete: 'cascade' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => directoryStructures.id, { onDelete: 'cascade' }),
    /** invitee | inscrite | excusee */
    response: text('response').notNull().default('invitee'),
    participants: integer('participants').notNull().default(0),
    attended: boolean('attended'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.structureId] })],
)
