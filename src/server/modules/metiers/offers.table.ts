import {
  boolean,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations } from '../organisations/organisations.table'
import { jobProfiles } from './fiches.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/** What an employer organisation tells candidates about itself. */
export const employerProfiles = pgTable('employer_profiles', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  /** ccas, departement, ehpad, saad, ime, mecs, creche, hopital, association, … */
  employerType: text('employer_type').notNull(),
  /** `public` or `prive`. */
  sector: text('sector').notNull(),
  description: text('description').notNull().default(''),
  website: text('website'),
  address: text('address').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  commune: text('commune').notNull().default(''),
  communeInsee: text('commune_insee'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  updatedAt: stamp('updated_at').notNull().defaultNow(),
})

/**
 * A job offer. Drafts are the employer's alone; published, filled and expired offers are public.
 * `search_text` (no accents, no capitals) is rewritten on every write.
 */
export const jobOffers = pgTable(
  'job_offers',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Clean URL part: title words and a short unique suffix. */
    slug: text('slug').notNull(),
    jobId: uuid('job_id').references(() => jobProfiles.id),
    codeRome: text('code_rome').notNull(),
    codeOgr: text('code_ogr'),
    title: text('title').notNull(),
    descriptionHtml: text('description_html').notNull(),
    profileHtml: text('profile_html').notNull().default(''),
    /** titulaire, contractuel, cdi, cdd, apprentissage, vacation */
    contract: text('contract').notNull(),
    contractMonths: integer('contract_months'),
    publicGrade: text('public_grade'),
    dveReference: text('dve_reference'),
    dveUrl: text('dve_url'),
    /** temps_plein or temps_partiel */
    workTime: text('work_time').notNull(),
    weeklyHours: numeric('weekly_hours', { precision: 4, scale: 1 }),
    /** nuit, week_end, coupure (split shifts), horaires_decales */
    patterns: text('patterns').array().notNull().default([]),
    scheduleNote: text('schedule_note').notNull().default(''),
    serviceCar: boolean('service_car').notNull().default(false),
    drivingLicence: boolean('driving_licence').notNull().default(false),
    housing: boolean('housing').notNull().default(false),
    childcare: boolean('childcare').notNull().default(false),
    salaryMinCents: integer('salary_min_cents'),
    salaryMaxCents: integer('salary_max_cents'),
    /** mois, heure, an */
    salaryPeriod: text('salary_period'),
    startDate: text('start_date'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull(),
    commune: text('commune').notNull(),
    communeInsee: text('commune_insee'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** brouillon, publiee, pourvue, expiree, retiree */
    state: text('state').notNull().default('brouillon'),
    publishedAt: stamp('published_at'),
    expiresAt: stamp('expires_at'),
    closedAt: stamp('closed_at'),
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('job_offers_slug_key').on(t.slug),
    index('job_offers_organisation_idx').on(t.organisationId, t.state, t.updatedAt),
    index('job_offers_state_expires_idx').on(t.state, t.expiresAt),
  ],
)
