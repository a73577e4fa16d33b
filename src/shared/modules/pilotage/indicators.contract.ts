/**
 * Pilotage — indicators: each action (or axis) has indicators with a unit, a baseline, targets by
 * date, a frequency and the service responsible; measurements are entered by the action's pilots
 * or the managers (a correction is a new row, the history keeps the former ones), or computed
 * each month from Lien's own data.
 */
import { z } from 'zod'
import { defineRoute } from '../../contract'
import { decimalInput } from './indicator-rules'
import {
  indicatorDirections,
  indicatorUnits,
  measurementFrequencies,
  planManagerRoles,
  planReaderRoles,
  trafficLights,
} from './pilotage.constants'

const id = z.object({ id: z.uuid({ message: 'Identifiant invalide.' }) })
const civilDate = z.iso.date({ message: 'une date au format AAAA-MM-JJ est attendue.' })

const text = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min, { message: 'ce champ est obligatoire.' })
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), {
      message: 'caractères de contrôle interdits.',
    })

// ---------------------------------------------------------------- views

export const indicatorTargetView = z.object({ dueDate: z.string(), value: z.number() })
export type IndicatorTargetView = z.output<typeof indicatorTargetView>

export const indicatorAbilities = z.object({
  /** Change the definition and the targets, delete (the plan's managers). */
  manage: z.boolean(),
  /** Enter a measurement (a manager, or a pilot of the action). */
  measure: z.boolean(),
})
export type IndicatorAbilities = z.output<typeof indicatorAbilities>

export const indicatorView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  axisId: z.uuid(),
  actionId: z.uuid().nullable(),
  position: z.number().int(),
  title: z.string(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(indicatorDirections),
  baseline: z.number().nullable(),
  baselineDate: z.string().nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  frequency: z.enum(measurementFrequencies),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  /** `saisie`, or the name of the computation that gives its values. */
  source: z.string(),
  /** The label of the computation, when computed. */
  sourceLabel: z.string().nullable(),
  targets: z.array(indicatorTargetView),
  latest: z
    .object({ period: z.string(), value: z.number(), comment: z.string(), enteredAt: z.string() })
    .nullable(),
  /** The value expected at the latest measurement's month (or this month without one). */
  expected: z.number().nullable(),
  /** No measurement for the last period its frequency required. */
  late: z.boolean(),
  light: z.enum(trafficLights),
  abilities: indicatorAbilities,
})
export type IndicatorView = z.output<typeof indicatorView>

export const indicatorListView = z.object({
  indicators: z.array(indicatorView),
  abilities: indicatorAbilities,
})
export type IndicatorListView = z.output<typeof indicatorListView>

export const measurementView = z.object({
  id: z.uuid(),
  period: z.string(),
  value: z.number(),
  comment: z.string(),
  computed: z.boolean(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string(),
  /** A later entry for the same month replaced it. */
  superseded: z.boolean(),
})
export type MeasurementView = z.output<typeof measurementView>

export const indicatorDetailView = indicatorView.extend({
  plan: z.object({ id: z.uuid(), title: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  axisTitle: z.string(),
  actionTitle: z.string().nullable(),
  /** Every entry, the newest first. */
  history: z.array(measurementView),
  /** The value that counts for each month (its latest entry), oldest first. */
  series: z.array(z.object({ period: z.string(), value: z.number() })),
})
export type IndicatorDetailView = z.output<typeof indicatorDetailView>

export const indicatorChoicesView = z.object({
  computations: z.array(z.object({ name: z.string(), label: z.string(), unit: z.enum(indicatorUnits) })),
  services: z.array(z.object({ id: z.uuid(), name: z.string() })),
})
export type IndicatorChoicesView = z.output<typeof indicatorChoicesView>

// ---------------------------------------------------------------- bodies

const nullableDecimal = decimalInput.nullable().default(null)

const definitionShape = {
  title: text(300, 1),
  unit: z.enum(indicatorUnits, { message: 'choisissez une unité de la liste.' }),
  direction: z.enum(indicatorDirections, { message: 'hausse ou baisse.' }).default('hausse'),
  baseline: nullableDecimal,
  baselineDate: civilDate.nullable().default(null),
  minValue: nullableDecimal,
  maxValue: nullableDecimal,
  frequency: z
    .enum(measurementFrequencies, { message: 'choisissez une fréquence de la liste.' })
    .default('mensuelle'),
  serviceId: z.uuid({ message: 'service inconnu.' }).nullable().default(null),
  /** `saisie` or a computation's name. */
  source: z
    .string()
    .regex(/^(saisie|[a-z_]+\.[a-z_]+)$/, { message: 'saisie, ou un calcul de la liste.' })
    .default('saisie'),
}
const baselineWithDate = {
  check: (b: { baseline: number | null; baselineDate: string | null }) =>
    (b.baseline === null) === (b.baselineDate === null),
  message: { message: 'une valeur de référence va avec sa date.', path: ['baselineDate'] },
}

export const indicatorDefinition = z
  .strictObject(definitionShape)
  .refine(baselineWithDate.check, baselineWithDate.message)
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinition>
export type IndicatorDefinition = z.output<typeof indicatorDefinition>

export const createIndicatorBody = z
  .strictObject({
    /** The action it measures, or else the axis (an indicator of the axis itself). */
    actionId: z.uuid({ message: 'action inconnue.' }).nullable().default(null),
    axisId: z.uuid({ message: 'axe inconnu.' }).nullable().default(null),
    ...definitionShape,
  })
  .refine(baselineWithDate.check, baselineWithDate.message)
  .refine((b) => (b.actionId === null) !== (b.axisId === null), {
    message: 'une action, ou un axe, et pas les deux.',
    path: ['actionId'],
  })

export const targetsBody = z.strictObject({
  targets: z
    .array(z.strictObject({ dueDate: civilDate, value: decimalInput }))
    .max(120, { message: '120 cibles au plus.' })
    .refine((list) => new Set(list.map((t) => t.dueDate)).size === list.length, {
      message: 'une seule cible par date.',
    }),
})

export const measurementBody = z.strictObject({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'un mois au format AAAA-MM est attendu.' }),
  value: decimalInput,
  unit: z.string().max(40, { message: 'unité inconnue.' }),
  comment: text(2000).default(''),
})
export type MeasurementBodyInput = z.input<typeof measurementBody>

// ---------------------------------------------------------------- routes

const readers = { kind: 'member', roles: planReaderRoles } as const
const managers = { kind: 'member', roles: planManagerRoles } as const

export const pilotageIndicatorsContract = {
  ofAction: defineRoute({
    method: 'GET',
    path: '/api/pilotage/actions/:id/indicateurs',
    summary: 'Les indicateurs d’une action : cibles, dernière mesure, valeur attendue et feu',
    access: readers,
    params: id,
    response: indicatorListView,
  }),
  ofAxis: defineRoute({
    method: 'GET',
    path: '/api/pilotage/axes/:id/indicateurs',
    summary: 'Les indicateurs propres à un axe (hors actions)',
    access: readers,
    params: id,
    response: indicatorListView,
  }),
  choices: defineRoute({
    method: 'GET',
    path: '/api/pilotage/indicateurs-choix',
    summary: 'Les calculs proposés par Lien et les services de l’organisation, pour définir un indicateur',
    access: managers,
    response: indicatorChoicesView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/pilotage/indicateurs',
    summary: 'Ajouter un indicateur à une action ou à un axe',
    access: managers,
    body: createIndicatorBody,
    response: indicatorDetailView,
    status: 201,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/pilotage/indicateurs/:id',
    summary: 'Un indicateur : définition, cibles, historique complet des mesures et série du graphique',
    access: readers,
    params: id,
    response: indicatorDetailView,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/pilotage/indicateurs/:id',
    summary: 'Modifier la définition d’un indicateur',
    access: managers,
    params: id,
    body: indicatorDefinition,
    response: indicatorDetailView,
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/pilotage/indicateurs/:id',
    summary: 'Supprimer un indicateur et ses mesures',
    access: managers,
    params: id,
    response: z.object({ id: z.uuid() }),
  }),
  setTargets: defineRoute({
    method: 'PUT',
    path: '/api/pilotage/indicateurs/:id/cibles',
    summary: 'Fixer les cibles d’un indicateur par date (dans la période du plan)',
    access: managers,
    params: id,
    body: targetsBody,
    response: indicatorDetailView,
  }),
  measure: defineRoute({
    method: 'POST',
    path: '/api/pilotage/indicateurs/:id/mesures',
    summary:
      'Saisir la mesure d’un mois (pilote de l’action ou direction) ; une nouvelle valeur pour un mois déjà mesuré le corrige',
    access: readers,
    params: id,
    body: measurementBody,
    response: indicatorDetailView,
    status: 201,
  }),
}

/** The page of an indicator in the back office. */
export const indicatorPage = (id: string) => `/pilotage/indicateurs/${id}`
