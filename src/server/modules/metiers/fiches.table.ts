import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })

/**
 * The ROME referential of France Travail, one row per appellation (OGR code), replaced at each
 * import of the official CSV. Platform reference data: no organisation.
 */
export const romeAppellations = pgTable(
  'rome_appellations',
  {
    codeOgr: text('code_ogr').primaryKey(),
    codeRome: text('code_rome').notNull(),
    romeLabel: text('rome_label').notNull(),
    longLabel: text('long_label').notNull(),
    shortLabel: text('short_label').notNull(),
    romeVersion: text('rome_version').notNull(),
    /** Searchable text, without accents or capitals. */
    searchText: text('search_text').notNull(),
    importedAt: stamp('imported_at').notNull().defaultNow(),
  },
  (t) => [index('rome_appellations_code_rome_idx').on(t.codeRome)],
)

/** One imported pay grid: an FPT cadre d'emplois or a collective agreement, valid from a date. */
export const payGrids = pgTable(
  'pay_grids',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    /** `fpt` (indices, point value) or `convention` (monthly amounts). */
    kind: text('kind').notNull(),
    /** e.g. « Moniteurs-éducateurs et intervenants familiaux territoriaux », « CCN 66 ». */
    name: text('name').notNull(),
    /** FPT category A, B or C; empty for agreements. */
    category: text('category'),
    /** Value of the index point in cents per year (FPT), so that pay = indice majoré × point / 12. */
    pointValueCents: integer('point_value_cents'),
    validFrom: text('valid_from').notNull(),
    source: text('source').notNull().default(''),
    importedAt: stamp('imported_at').notNull().defaultNow(),
    importedBy: uuid('imported_by').references(() => accounts.id),
  },
  (t) => [uniqueIndex('pay_grids_name_valid_from_key').on(t.name, t.validFrom)],
)

/** One step of a grid: a grade and an échelon with its index or monthly gross amount. */
export const payGridSteps = pgTable(
  'pay_grid_steps',
  {
    gridId: uuid('grid_id')
      .notNull()
      .references(() => payGrids.id, { onDelete: 'cascade' }),
    grade: text('grade').notNull(),
    step: integer('step').notNull(),
    indiceBrut: integer('indice_brut'),
    indiceMajore: integer('indice_majore'),
    monthlyGrossCents: integer('monthly_gross_cents'),
    /** Usual time in the step, in months, when the grid gives it. */
    durationMonths: integer('duration_months'),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.grade, t.step] })],
)

/**
 * A fiche métier: platform content written by the editors, public once published. Rich texts are
 * stored sanitised (headings, paragraphs, lists, links, emphasis only).
 */
export const jobProfiles = pgTable(
  'job_profiles',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** Shown in lists and as the page description. */
    summary: text('summary').notNull().default(''),
    codeRome: text('code_rome').notNull(),
    codeOgr: text('code_ogr'),
    romeVersion: text('rome_version').notNull(),
    legacyCodeRomeV3: text('legacy_code_rome_v3'),
    /** Other words people use for the job (search). */
    keywords: text('keywords').array().notNull().default([]),
    whatHtml: text('what_html').notNull().default(''),
    dayHtml: text('day_html').notNull().default(''),
    routesHtml: text('routes_html').notNull().default(''),
    /** [{ name, rncpLevel, routes: ('apprentissage'|'initiale'|'vae'|'continue')[] }] */
    diplomas: jsonb('diplomas').notNull().default([]),
    /** Pay by employer type: [{ employerType, gridName, grades: string[], note }] resolved against imported grids. */
    payScales: jsonb('pay_scales').notNull().default([]),
    position: integer('position').notNull().default(0),
    published: boolean('published').notNull().default(false),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('job_profiles_slug_key').on(t.slug),
    index('job_profiles_code_rome_idx').on(t.codeRome),
  ],
)

/** A portrait of an agent doing the job: text, photo and video with captions (files by key). */
export const jobPortraits = pgTable(
  'job_portraits',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProfiles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    roleLabel: text('role_label').notNull(),
    workplace: text('workplace').notNull().default(''),
    quote: text('quote').notNull().default(''),
    storyHtml: text('story_html').notNull().default(''),
    photoKey: text('photo_key'),
    photoAlt: text('photo_alt').notNull().default(''),
    videoKey: text('video_key'),
    captionsKey: text('captions_key'),
    /** A plain-text transcript of the video, for those who cannot watch it. */
    transcript: text('transcript').notNull().default(''),
    position: integer('position').notNull().default(0),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [index('job_portraits_job_idx').on(t.jobId, t.position)],
)
