// Tables of the métiers module's observatory part: the recruitment observatory (funnels by job and territory) and the platform's contact form.
import { check, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { accounts } from '../../auth/auth.table'
import { organisations } from '../../organisations/organisations.table'
import { jobProfiles } from '../fiches.table'

/**
 * Views of a published fiche, counted per day and per territory (département code, '' when the
 * visitor's territory is unknown). Anonymous: no address, no session, no time of day is kept.
 */
export const jobProfileViews = pgTable(
  'job_profile_views',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id, { onDelete: 'cascade' }),
    departement: text('departement').notNull().default(''),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.jobId, t.departement] })],
)

/**
 * The portal's own settings, one row, chosen by the platform administrator: which organisation
 * receives « Écrire à la plateforme » in its reception queue, and the statistical secrecy threshold
 * of the observatory (counts of persons below it are never shown).
 */
export const metiersPlatformSettings = pgTable(
  'metiers_platform_settings',
  {
    id: text('id').primaryKey().default('plateforme'),
    contactOrganisationId: uuid('contact_organisation_id').references(() => organisations.id),
    secrecyThreshold: integer('secrecy_threshold').notNull().default(5),
    updatedBy: uuid('updated_by').references(() => accounts.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('metiers_platform_settings_single', sql`${t.id} = 'plateforme'`),
    check('metiers_platform_settings_threshold', sql`${t.secrecyThreshold} between 2 and 50`),
  ],
)
