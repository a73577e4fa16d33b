import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/** A candidate's reusable profile, owned by their own account (no organisation). */
export const candidateProfiles = pgTable('candidate_profiles', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id),
  firstName: text('first_name').notNull().default(''),
  lastName: text('last_name').notNull().default(''),
  phone: text('phone'),
  commune: text('commune').notNull().default(''),
  presentation: text('presentation').notNull().default(''),
  cvKey: text('cv_key'),
  cvName: text('cv_name'),
  cvType: text('cv_type'),
  cvBytes: integer('cv_bytes'),
  cvSha256: text('cv_sha256'),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
})

/**
 * A saved offer search with e-mail alerts. Without an account, the address is confirmed by a link
 * first (double opt-in); every alert carries a one-click unsubscribe link. Tokens kept as SHA-256.
 */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    accountId: uuid('account_id').references(() => accounts.id),
    email: text('email').notNull(),
    label: text('label').notNull(),
    /** The search as the public search contract reads it. */
    query: jsonb('query').notNull(),
    confirmTokenHash: text('confirm_token_hash'),
    confirmedAt: stamp('confirmed_at'),
    unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
    unsubscribedAt: stamp('unsubscribed_at'),
    /** Offers published after this instant are new for the next alert. */
    lastAlertAt: stamp('last_alert_at').notNull().defaultNow(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('saved_searches_account_idx').on(t.accountId),
    uniqueIndex('saved_searches_confirm_key').on(t.confirmTokenHash),
    uniqueIndex('saved_searches_unsubscribe_key').on(t.unsubscribeTokenHash),
  ],
)

/**
 * A candidate's sign-up waiting for the confirmation of its address: the account is created only
 * once the link is opened, so an unconfirmed address can never sign in. Read by the owner only
 * (no right for the application role), like password resets; only the token's SHA-256 is kept.
 */
export const candidateSignUps = pgTable(
  'candidate_sign_ups',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('fr'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: stamp('expires_at').notNull(),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('candidate_sign_ups_token_key').on(t.tokenHash),
    index('candidate_sign_ups_email_idx').on(t.email),
  ],
)
