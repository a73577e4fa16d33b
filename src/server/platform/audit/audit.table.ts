import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'

/** Append-only: the application role may INSERT and SELECT, never UPDATE or DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    requestId: text('request_id'),
    diff: jsonb('diff'),
  },
  (t) => [
    index('audit_log_organisation_at_idx').on(t.organisationId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
)
