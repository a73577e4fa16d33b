import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations } from '../organisations/organisations.table'

/**
 * An update campaign launched by the keeping organisation: every published structure is asked at
 * once to check its entries; participation is read from the structures' `confirmed_at` since `started_at`.
 */
export const directoryUpdateCampaigns = pgTable(
  'directory_update_campaigns',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedBy: uuid('started_by').references(() => accounts.id),
    message: text('message').notNull().default(''),
    reminded: integer('reminded').notNull().default(0),
  },
  (t) => [index('directory_update_campaigns_organisation_idx').on(t.organisationId, t.startedAt)],
)
