import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations, services } from '../organisations/organisations.table'

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id)
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

/** A person served. Nothing is mandatory: a first contact may be anonymous or pseudonymous. */
export const usagers = pgTable(
  'usagers',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    birthName: text('birth_name'),
    pseudonym: text('pseudonym'),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: text('gender'),
    phone: text('phone'),
    email: text('email'),
    languages: text('languages').array().notNull().default([]),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    noStableAddress: boolean('no_stable_address').notNull().default(false),
    addressLine: text('address_line'),
    postalCode: text('postal_code'),
    city: text('city'),
    communeInsee: text('commune_insee'),
    incomeSources: text('income_sources').array().notNull().default([]),
    housing: text('housing'),
    rsaReferent: text('rsa_referent'),
    consentSms: boolean('consent_sms').notNull().default(false),
    consentEmail: boolean('consent_email').notNull().default(false),
    /** Lower-case, unaccented, hyphen-free names, maintained by the repository for trigram search. */
    searchText: text('search_text').notNull().default(''),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }).notNull().defaultNow(),
    mergedIntoId: uuid('merged_into_id'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('usagers_organisation_birth_date_idx').on(t.organisationId, t.birthDate),
    index('usagers_organisation_last_contact_idx').on(t.organisationId, t.lastContactAt),
    index('usagers_search_text_gist_idx').using('gist', t.searchText.op('gist_trgm_ops')),
  ],
)

export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    usagerId: uuid('usager_id')
      .notNull()
      .references(() => usagers.id, { onDelete: 'cascade' }),
    firstName: text('first_name'),
    lastName: text('last_name'),
    relation: text('relation').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('household_members_usager_idx').on(t.usagerId)],
)

/** A note is shared with one service (the team's professional secret) or private to its author. */
export const usagerNotes = pgTable(
  'usager_notes',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    usagerId: uuid('usager_id')
      .notNull()
      .references(() => usagers.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').references(() => services.id),
    privateToAuthor: boolean('private_to_author').notNull().default(false),
    authorId: uuid('author_id')
      .notNull()
      .references(() => accounts.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('usager_notes_usager_idx').on(t.usagerId, t.createdAt)],
)

export const usagerDocuments = pgTable(
  'usager_documents',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    usagerId: uuid('usager_id')
      .notNull()
      .references(() => usagers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('usager_documents_usager_idx').on(t.usagerId)],
)

/** A merge keeps the absorbed file (merged_into_id set) and a snapshot of both sides. */
export const usagerMerges = pgTable('usager_merges', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  organisationId: organisationId(),
  keptId: uuid('kept_id')
    .notNull()
    .references(() => usagers.id),
  absorbedId: uuid('absorbed_id')
    .notNull()
    .references(() => usagers.id),
  mergedBy: uuid('merged_by').references(() => accounts.id),
  snapshot: jsonb('snapshot').notNull(),
  createdAt: createdAt(),
})

/** Retention of inactive files (CNIL: 2 years after the last contact by default). */
export const usagerSettings = pgTable('usager_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  retentionMonths: integer('retention_months').notNull().default(24),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** What the monthly retention review found due for anonymisation; nothing is erased before an administrator confirms. */
export const usagerRetentionReviews = pgTable(
  'usager_retention_reviews',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: organisationId(),
    retentionMonths: integer('retention_months').notNull(),
    usagerIds: uuid('usager_ids').array().notNull().default([]),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('usager_retention_reviews_organisation_idx').on(t.organisationId, t.reviewedAt)],
)
