/**
 * Pilotage — the monthly dashboard of a plan: traffic lights of the plan, its axes, actions,
 * indicators and milestones for a month (late and red items first), filters by axis, service and
 * pilot, the budget planned against consumed by funder and by year, and the series that draw each
 * indicator against its target.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import {
  actionKinds,
  actionStatuses,
  indicatorDirections,
  indicatorUnits,
  measurementFrequencies,
  planReaderRoles,
  trafficLights,
} from './pilotage.constants'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const optionalId = (what: string) =>
  z
    .union([z.literal(''), z.uuid({ message: `${what} : identifiant invalide.` })])
    .optional()
    .transform((v) => (v ? v : undefined))

/** `YYYY-MM`, a month between 2000 and 2099. */
export const monthInput = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: 'Mois : au format AAAA-MM (par exemple 2026-03).' })

export const dashboardQuery = z.strictObject({
  /** The month looked at; the current month (Paris) by default. */
  mois: monthInput.optional(),
  axe: optionalId('Axe'),
  service: optionalId('Service'),
  pilote: optionalId('Pilote'),
  /** The year of the budget by funder; every year of the plan by default. */
  annee: z.coerce
    .number({ message: 'Année : un nombre est attendu.' })
    .int({ message: 'Année : un nombre entier est attendu.' })
    .min(2000, { message: 'Année : 2000 au plus tôt.' })
    .max(2100, { message: 'Année : 2100 au plus tard.' })
    .optional(),
})
export type DashboardQuery = z.output<typeof dashboardQuery>
export type DashboardQueryInput = z.input<typeof dashboardQuery>

export const seriesQuery = dashboardQuery.extend({
  /** Which page of indicators (12 a page), most urgent first. */
  page: z.coerce
    .number({ message: 'Page : un nombre est attendu.' })
    .int({ message: 'Page : un nombre entier est attendu.' })
    .min(1, { message: 'Page : 1 au moins.' })
    .max(1000, { message: 'Page : 1 000 au plus.' })
    .default(1),
})
export type SeriesQuery = z.output<typeof seriesQuery>

const light = z.enum(trafficLights)
export const lightCounts = z.object({
  vert: z.number(),
  orange: z.number(),
  rouge: z.number(),
  gris: z.number(),
})
export type LightCounts = z.output<typeof lightCounts>

export const dashboardSummary = z.object({
  light,
  actions: lightCounts,
  indicators: lightCounts,
  milestones: lightCounts,
})
export type DashboardSummary = z.output<typeof dashboardSummary>

export const dashboardAxisView = dashboardSummary.extend({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
})
export type DashboardAxisView = z.output<typeof dashboardAxisView>

export const dashboardActionItem = z.object({
  id: z.uuid(),
  axisId: z.uuid(),
  /** « 2.3 »: the axis's position, then the action's. */
  number: z.string(),
  kind: z.enum(actionKinds),
  title: z.string(),
  status: z.enum(actionStatuses),
  statusReason: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Pilots' names (accounts of the organisation looking, and pilots named in words). */
  pilots: z.array(z.string()),
  light,
  /** En retard, or a late milestone or measurement under it. */
  late: z.boolean(),
})
export type DashboardActionItem = z.output<typeof dashboardActionItem>

export const dashboardIndicatorItem = z.object({
  id: z.uuid(),
  axisId: z.uuid(),
  actionId: z.uuid().nullable(),
  /** The number of its action, or of its axis for an axis-level indicator. */
  number: z.string(),
  actionTitle: z.string().nullable(),
  title: z.string(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(indicatorDirections),
  frequency: z.enum(measurementFrequencies),
  latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  /** The value expected at the latest measurement's month (or the month looked at without one). */
  expected: z.number().nullable(),
  /** The last target (value and date). */
  finalTarget: z.object({ dueDate: z.string(), value: z.number() }).nullable(),
  light,
  /** No measurement for the last period its frequency required. */
  late: z.boolean(),
})
export type DashboardIndicatorItem = z.output<typeof dashboardIndicatorItem>

export const dashboardMilestoneItem = z.object({
  id: z.uuid(),
  axisId: z.uuid().nullable(),
  actionId: z.uuid().nullable(),
  /** The number of its action; null for a milestone of the plan itself. */
  number: z.string().nullable(),
  actionTitle: z.string().nullable(),
  title: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  light,
  /** Past due and not done. */
  late: z.boolean(),
})
export type DashboardMilestoneItem = z.output<typeof dashboardMilestoneItem>

export const budgetAmounts = z.object({ plannedCents: z.number().int(), consumedCents: z.number().int() })
export const dashboardBudget = z.object({
  /** The year of `byFunder`, or null for every year. */
  year: z.number().int().nullable(),
  byFunder: z.array(budgetAmounts.extend({ funderId: z.uuid(), name: z.string() })),
  byYear: z.array(budgetAmounts.extend({ year: z.number().int() })),
  /** Totals of `byFunder`. */
  total: budgetAmounts,
})
export type DashboardBudget = z.output<typeof dashboardBudget>

export const dashboardOption = z.object({ id: z.uuid(), label: z.string() })

export const dashboardView = z.object({
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    /** The organisation looking owns the plan (others it is shared with only read it). */
    owned: z.boolean(),
  }),
  /** `YYYY-MM` */
  month: z.string(),
  /** The day the lights are computed for: today, or the month's last day for a past month. */
  asOf: z.string(),
  filters: z.object({
    axisId: z.uuid().nullable(),
    serviceId: z.uuid().nullable(),
    pilotId: z.uuid().nullable(),
  }),
  /** What the filters offer. */
  options: z.object({ services: z.array(dashboardOption), pilots: z.array(dashboardOption) }),
  /** The plan (service and pilot filters applied, every axis). */
  summary: dashboardSummary,
  /** Every axis (service and pilot filters applied), in order. */
  axes: z.array(dashboardAxisView),
  /** Items of the selection (every filter applied): late and red first, then orange, green, grey. */
  actions: z.array(dashboardActionItem),
  indicators: z.array(dashboardIndicatorItem),
  milestones: z.array(dashboardMilestoneItem),
  /** Items left out of the lists above (their first `itemLimit` are given). */
  more: z.object({ actions: z.number(), indicators: z.number(), milestones: z.number() }),
  budget: dashboardBudget,
})
export type DashboardView = z.output<typeof dashboardView>

export const indicatorSeriesView = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  unit: z.enum(indicatorUnits),
  light,
  /** Measurements up to the month, oldest first (the latest entry of each period). */
  points: z.array(z.object({ period: z.string(), value: z.number() })),
  /** The baseline (at its date) and the targets, oldest first. */
  targets: z.array(z.object({ date: z.string(), value: z.number() })),
})
export type IndicatorSeriesView = z.output<typeof indicatorSeriesView>

export const seriesView = z.object({
  series: z.array(indicatorSeriesView),
  page: z.number().int(),
  pages: z.number().int(),
  total: z.number().int(),
})
export type SeriesView = z.output<typeof seriesView>

export const dashboardPages = {
  dashboard: (planId: string) => `/pilotage/plans/${planId}/tableau-de-bord`,
}

const reader = { kind: 'member', roles: planReaderRoles } as const

export const pilotageDashboardContract = {
  dashboard: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/tableau-de-bord',
    summary: 'Tableau de bord mensuel d’un plan : feux, éléments en retard d’abord, budget par financeur',
    access: reader,
    params: id,
    query: dashboardQuery,
    response: dashboardView,
  }),
  series: defineRoute({
    method: 'GET',
    path: '/api/pilotage/plans/:id/tableau-de-bord/courbes',
    summary: 'Courbes des indicateurs du tableau de bord face à leurs cibles, par pages de 12',
    access: reader,
    params: id,
    query: seriesQuery,
    response: seriesView,
  }),
}
