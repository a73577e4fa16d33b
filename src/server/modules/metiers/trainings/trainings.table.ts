// Tables of the métiers module's trainings part: training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices.
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
import { organisations } from '../../organisations/organisations.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/** A training centre (CFA, IFSI, IRTS, GRETA, lycée…): the public profile of an organisation of kind `centre_formation`. */
export const trainingCentres = pgTable(
  'training_centres',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** cfa, ifsi, irts, greta, lycee, universite, organisme, autre */
    kind: text('kind').notNull(),
    /** Code UAI of the establishment, when it has one. */
    uai: text('uai'),
    siret: text('siret'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    description: text('description').notNull().default(''),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accessibilityNote: text('accessibility_note').notNull().default(''),
    published: boolean('published').notNull().default(false),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_centres_slug_key').on(t.slug),
    index('training_centres_organisation_idx').on(t.organisationId),
  ],
)

/** Another place where a centre teaches (antenna, partner lycée); sessions take place at a site or at the centre's address. */
export const trainingCentreSites = pgTable(
  'training_centre_sites',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => trainingCentres.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('training_centre_sites_centre_idx').on(t.centreId)],
)

/**
 * A training leading to one or more jobs (`job_ids` → job_profiles). `routes` among apprentissage,
 * initiale, vae, continue; `funding_tags` among gratuit_apprentissage, cpf, region, france_travail,
 * opco, employeur; `admission` among parcoursup, dossier, entretien, concours.
 * `search_text` (no accents, no capitals) is rewritten on every write.
 */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => trainingCentres.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    diploma: text('diploma').notNull().default(''),
    rncpCode: text('rncp_code'),
    /** Niveau du cadre national des certifications, 3 (CAP) to 7 (master). */
    rncpLevel: integer('rncp_level'),
    jobIds: uuid('job_ids').array().notNull().default([]),
    routes: text('routes').array().notNull().default([]),
    summary: text('summary').notNull().default(''),
    duration: text('duration').notNull().default(''),
    cost: text('cost').notNull().default(''),
    fundingTags: text('funding_tags').array().notNull().default([]),
    prerequisites: text('prerequisites').notNull().default(''),
    admission: text('admission').array().notNull().default([]),
    admissionNote: text('admission_note').notNull().default(''),
    published: boolean('published').notNull().default(false),
    searchText: text('search_text').notNull().default(''),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trainings_slug_key').on(t.slug),
    index('trainings_centre_idx').on(t.centreId),
    index('trainings_organisation_idx').on(t.organisationId),
  ],
)

/** A session of a training: dates, seats and place (copied from the chosen site or the centre's address, for the map). */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    /** Null: at the centre's address. */
    siteId: uuid('site_id').references(() => trainingCentreSites.id, { onDelete: 'set null' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    seats: integer('seats'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    commune: text('commune').notNull().default(''),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('training_sessions_training_idx').on(t.trainingId, t.startsOn)],
)

/**
 * A document of the « mallette de l'alternance » (platform content, kept by the editors): a PDF stored
 * with `deps.files` (`file_key`) or an external link. `category` among guide, formulaire, veille_juridique,
 * financement, fiche_pratique.
 */
export const malletteDocuments = pgTable(
  'mallette_documents',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    summary: text('summary').notNull().default(''),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    fileSize: integer('file_size'),
    externalUrl: text('external_url'),
    /** The document's own date (publication of the text, version of the form). */
    documentDate: date('document_date').notNull(),
    published: boolean('published').notNull().default(false),
    searchText: text('search_text').notNull().default(''),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mallette_documents_slug_key').on(t.slug)],
)

export interface WelcomeKitChecklistItem {
  /** When: « Avant l'arrivée », « Jour 1 », « Semaine 1 »… */
  when: string
  label: string
}

export interface WelcomeKitContact {
  /** The contact's role for the apprentice: tuteur, RH, référent handicap… */
  role: string
  name: string
  email: string
  /** A work phone; a personal one only when the person gave it for this purpose. */
  phone: string
}

/**
 * An employer's welcome kit for apprentices, read through a link holding `share_token` (the kit names
 * staff members and the first days' practicalities: it is for the recruited apprentice, not the public).
 */
export const welcomeKits = pgTable('welcome_kits', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  organisationId: uuid('organisation_id')
    .notNull()
    .unique()
    .references(() => organisations.id),
  title: text('title').notNull().default(''),
  welcomeText: text('welcome_text').notNull().default(''),
  checklist: jsonb('checklist').$type<WelcomeKitChecklistItem[]>().notNull().default([]),
  contacts: jsonb('contacts').$type<WelcomeKitContact[]>().notNull().default([]),
  malletteDocumentIds: uuid('mallette_document_ids').array().notNull().default([]),
  shareToken: text('share_token').notNull(),
  published: boolean('published').notNull().default(false),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
})

/** A document the employer uploaded for their welcome kit (PDF in `deps.files`). */
export const welcomeKitFiles = pgTable(
  'welcome_kit_files',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kitId: uuid('kit_id')
      .notNull()
      .references(() => welcomeKits.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    fileSize: integer('file_size').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('welcome_kit_files_kit_idx').on(t.kitId)],
)
