import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    siret: text('siret'),
    communeInsee: text('commune_insee'),
    logoDataUrl: text('logo_data_url'),
    primaryColor: text('primary_color').notNull().default('#1d4ed8'),
    accentColor: text('accent_color').notNull().default('#b45309'),
    auditRetentionMonths: integer('audit_retention_months').notNull().default(12),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_siret_key').on(t.siret)],
)

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('services_organisation_name_key').on(t.organisationId, t.name)],
)

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    roles: text('roles').array().notNull().default([]),
    /** A membership created by a ProConnect sign-in waits for an administrator to give roles. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_organisation_account_key').on(t.organisationId, t.accountId),
    index('memberships_account_idx').on(t.accountId),
  ],
)

export const membershipServices = pgTable(
  'membership_services',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.serviceId] })],
)

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    roles: text('roles').array().notNull(),
    serviceIds: uuid('service_ids').array().notNull().default([]),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => accounts.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_hash_key').on(t.tokenHash)],
)
