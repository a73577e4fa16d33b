// Tables of the pilotage module: multi-year action plans (axes, flagship projects and actions with
// their fiche opérationnelle), indicators and their measurements, milestones, budget by funder, and
// the reviews that freeze the plan's state.
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { newId } from '../../../shared/ids'
import { accounts } from '../auth/auth.table'
import { organisations, services } from '../organisations/organisations.table'

const stamp = (name: string) => timestamp(name, { withTimezone: true })
const day = (name: string) => date(name, { mode: 'string' })
/** Exact decimals (measurements, targets): read as strings, never as floats. */
const decimal = (name: string) => numeric(name, { precision: 18, scale: 4 })
const owner = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id)

/**
 * A multi-year plan: a social project (projet social), a departmental plan for the jobs. Owned by
 * one organisation; others it is shared with read it (`action_plan_organisations`).
 */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    /** Clean URL part of the public page. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    periodStart: day('period_start').notNull(),
    periodEnd: day('period_end').notNull(),
    /** Where the plan's structure comes from (document, date), shown on its pages. */
    source: text('source').notNull().default(''),
    /** The public page (axes, actions and their status, never a person) is on. */
    published: boolean('published').notNull().default(false),
    archived: boolean('archived').notNull().default(false),
    createdBy: uuid('created_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('action_plans_slug').on(t.slug),
    index('action_plans_organisation').on(t.organisationId),
    check('action_plans_period', sql`${t.periodEnd} > ${t.periodStart}`),
  ],
)

/** The organisations a plan is shared with (co-pilots): they read it, its owner writes it. */
export const actionPlanOrganisations = pgTable(
  'action_plan_organisations',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    organisationId: owner(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.organisationId] })],
)

/** A strategic axis of a plan, numbered by its position. */
export const planAxes = pgTable(
  'plan_axes',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** The strategic objective(s) of the axis. */
    objective: text('objective').notNull().default(''),
  },
  (t) => [index('plan_axes_plan').on(t.planId, t.position)],
)

/**
 * A flagship project or an action of an axis, with its fiche opérationnelle. Numbered by its
 * position in the axis (« 2.3 »). Status « en retard » and « abandonné » carry a reason.
 */
export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    axisId: uuid('axis_id')
      .notNull()
      .references(() => planAxes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** projet_phare or action */
    kind: text('kind').notNull().default('action'),
    title: text('title').notNull(),
    /** The strategic objective the action serves. */
    objective: text('objective').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Members who pilot it (they keep the fiche current). */
    pilotAccountIds: uuid('pilot_account_ids').array().notNull().default([]),
    /** Pilots named in words when they have no account (an elected member, a partner). */
    pilotNames: text('pilot_names').notNull().default(''),
    serviceIds: uuid('service_ids').array().notNull().default([]),
    /** [{ name, directoryOrganisationId? }]: partners, linked to the directory when they are in it. */
    partners: jsonb('partners')
      .$type<{ name: string; directoryOrganisationId?: string }[]>()
      .notNull()
      .default([]),
    targetPublics: text('target_publics').notNull().default(''),
    /** Staff time, in plain words (« 0,2 ETP de travailleur social »). */
    staffTime: text('staff_time').notNull().default(''),
    /** How users' expertise and participatory tools are used. */
    userParticipation: text('user_participation').notNull().default(''),
    /** The link to the service's quality commitments. */
    qualityCommitments: text('quality_commitments').notNull().default(''),
    /** How agents are involved. */
    agentInvolvement: text('agent_involvement').notNull().default(''),
    startDate: day('start_date'),
    endDate: day('end_date'),
    /** a_lancer, en_cours, en_retard, realise, abandonne */
    status: text('status').notNull().default('a_lancer'),
    statusReason: text('status_reason').notNull().default(''),
    statusChangedAt: stamp('status_changed_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => accounts.id, { onDelete: 'set null' }),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('plan_actions_plan').on(t.planId, t.axisId, t.position),
    check(
      'plan_actions_status',
      sql`${t.status} in ('a_lancer', 'en_cours', 'en_retard', 'realise', 'abandonne')`,
    ),
    check('plan_actions_kind', sql`${t.kind} in ('projet_phare', 'action')`),
    check(
      'plan_actions_dates',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
)

/**
 * A dated milestone: of an action (its calendar), or of the plan itself (the three yearly
 * presentations to the city council). A yearly milestone comes back each year once done.
 */
export const planMilestones = pgTable(
  'plan_milestones',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => planActions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueDate: day('due_date').notNull(),
    doneOn: day('done_on'),
    /** Who is reminded before the date. */
    ownerAccountId: uuid('owner_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    /** aucune or annuelle */
    recurrence: text('recurrence').notNull().default('aucune'),
    remindDaysBefore: integer('remind_days_before').notNull().default(15),
    remindedAt: stamp('reminded_at'),
  },
  (t) => [
    index('plan_milestones_plan').on(t.planId, t.dueDate),
    check('plan_milestones_recurrence', sql`${t.recurrence} in ('aucune', 'annuelle')`),
    check('plan_milestones_remind', sql`${t.remindDaysBefore} between 0 and 365`),
  ],
)

/** Who pays: the organisation itself, CNSA, DDETS, the Région… */
export const planFunders = pgTable(
  'plan_funders',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('plan_funders_name').on(t.planId, t.name)],
)

/** An action's means for a year and a funder: planned and consumed, in euro cents. */
export const planBudgetLines = pgTable(
  'plan_budget_lines',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planActions.id, { onDelete: 'cascade' }),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => planFunders.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    label: text('label').notNull().default(''),
    plannedCents: bigint('planned_cents', { mode: 'number' }).notNull().default(0),
    consumedCents: bigint('consumed_cents', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    index('plan_budget_lines_action').on(t.actionId),
    check('plan_budget_lines_amounts', sql`${t.plannedCents} >= 0 and ${t.consumedCents} >= 0`),
  ],
)

/**
 * An indicator of an action (or of an axis when `action_id` is null). Measured by hand, or
 * computed from Lien's own data when `source` names a computation (`accueil.reponses_dans_delai`…).
 */
export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    axisId: uuid('axis_id')
      .notNull()
      .references(() => planAxes.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => planActions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    /** nombre, pourcentage, euros, jours, heures, personnes */
    unit: text('unit').notNull(),
    /** hausse (more is better) or baisse */
    direction: text('direction').notNull().default('hausse'),
    baseline: decimal('baseline'),
    baselineDate: day('baseline_date'),
    /** The allowed range of a measurement (a percentage: 0 to 100 unless narrower). */
    minValue: decimal('min_value'),
    maxValue: decimal('max_value'),
    /** mensuelle, trimestrielle, semestrielle, annuelle */
    frequency: text('frequency').notNull().default('mensuelle'),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    /** saisie, or the name of a computation provided by a module. */
    source: text('source').notNull().default('saisie'),
  },
  (t) => [
    index('plan_indicators_plan').on(t.planId, t.axisId),
    index('plan_indicators_action').on(t.actionId),
    check(
      'plan_indicators_unit',
      sql`${t.unit} in ('nombre', 'pourcentage', 'euros', 'jours', 'heures', 'personnes')`,
    ),
    check('plan_indicators_direction', sql`${t.direction} in ('hausse', 'baisse')`),
    check(
      'plan_indicators_frequency',
      sql`${t.frequency} in ('mensuelle', 'trimestrielle', 'semestrielle', 'annuelle')`,
    ),
    check(
      'plan_indicators_range',
      sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`,
    ),
  ],
)

/** The value an indicator should reach by a date. */
export const planIndicatorTargets = pgTable(
  'plan_indicator_targets',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    dueDate: day('due_date').notNull(),
    value: decimal('value').notNull(),
  },
  (t) => [uniqueIndex('plan_indicator_targets_date').on(t.indicatorId, t.dueDate)],
)

/**
 * A measurement for a period (the first day of its month). Never overwritten: a correction is a
 * new row, the latest of a period counts, the earlier ones stay as history.
 */
export const planMeasurements = pgTable(
  'plan_measurements',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id, { onDelete: 'cascade' }),
    period: day('period').notNull(),
    value: decimal('value').notNull(),
    comment: text('comment').notNull().default(''),
    /** Computed from Lien's data rather than entered. */
    computed: boolean('computed').notNull().default(false),
    enteredBy: uuid('entered_by').references(() => accounts.id, { onDelete: 'set null' }),
    enteredAt: stamp('entered_at').notNull().defaultNow(),
  },
  (t) => [
    index('plan_measurements_latest').on(t.indicatorId, t.period, t.enteredAt),
    index('plan_measurements_plan').on(t.planId, t.period),
    check('plan_measurements_period', sql`extract(day from ${t.period}) = 1`),
  ],
)

/**
 * A steering committee, a board or a city council review: the plan's state is frozen in
 * `snapshot` (the dashboard as it stood) when the session is closed; decisions are recorded.
 */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    /** comite_pilotage, conseil_administration, conseil_municipal, financeurs */
    kind: text('kind').notNull(),
    heldOn: day('held_on').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    snapshot: jsonb('snapshot'),
    frozenAt: stamp('frozen_at'),
    frozenBy: uuid('frozen_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('plan_reviews_plan').on(t.planId, t.heldOn),
    check(
      'plan_reviews_kind',
      sql`${t.kind} in ('comite_pilotage', 'conseil_administration', 'conseil_municipal', 'financeurs')`,
    ),
  ],
)

/** A decision taken in a review, about the plan or one action. */
export const planReviewDecisions = pgTable(
  'plan_review_decisions',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    organisationId: owner(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => planReviews.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => planActions.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('plan_review_decisions_review').on(t.reviewId)],
)
