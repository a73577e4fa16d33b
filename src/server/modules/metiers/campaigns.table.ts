import {
  boolean,
  doublePrecision,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { organisations } from '../organisations/organisations.table'

/**
 * A territory's campaign page (« Un métier qui a du sens »): its message, featured jobs and
 * portraits; the offers and look (logo, colours) come from the organisation and its area.
 */
export const campaignPages = pgTable(
  'campaign_pages',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    message: text('message').notNull().default(''),
    introHtml: text('intro_html').notNull().default(''),
    featuredJobIds: uuid('featured_job_ids').array().notNull().default([]),
    featuredPortraitIds: uuid('featured_portrait_ids').array().notNull().default([]),
    /** Offers shown are those within this distance of the territory's centre. */
    areaCommune: text('area_commune').notNull().default(''),
    /** INSEE code of that commune: names are not unique (Saint-Denis). */
    areaInsee: text('area_insee'),
    areaLatitude: doublePrecision('area_latitude'),
    areaLongitude: doublePrecision('area_longitude'),
    areaRadiusKm: integer('area_radius_km').notNull().default(30),
    published: boolean('published').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaign_pages_slug_key').on(t.slug)],
)
