/**
 * Traffic lights of the pilotage dashboard: the rules, as pure functions, that every part of the
 * module uses (dashboard, reviews' snapshots, recap, public page).
 *
 * - Expected value of an indicator at a date: linear interpolation between the baseline (at its
 *   baseline date) and the targets by date; before the first point, the first point applies
 *   flatly (the first target when there is no dated baseline); after the last target, the last.
 * - Indicator: `gris` without any target or any measurement; else the latest measurement against
 *   the expected value at its month (ratio ≥ 1 `vert`, ≥ 0.9 `orange`, below `rouge`); a late
 *   measurement turns `vert` into `orange`.
 * - Milestone: done → `vert`; past due → `rouge`; due within 30 days → `orange`; else `vert`.
 * - Action: `realise` → `vert`; `abandonne` → `gris`; `en_retard` → `rouge`; `a_lancer` with its
 *   start date passed → `orange`; otherwise the worst of its indicators and milestones, `vert` if none.
 * - Axis and plan: the worst of their actions and axis-level indicators; `gris` if all are gris.
 *
 * Dates are civil dates `YYYY-MM-DD` (Europe/Paris); a month is its first day `YYYY-MM-01`.
 */
import { addDays, addMonths, type CivilDate } from '../../dates'
import type {
  ActionStatus,
  IndicatorDirection,
  MeasurementFrequency,
  TrafficLight,
} from './pilotage.constants'

/** Numbers as the database gives them (numeric read as strings) or as numbers. */
export type Decimal = number | string

export interface IndicatorRules {
  direction: IndicatorDirection
  baseline: Decimal | null
  baselineDate: CivilDate | null
  /** In any order. */
  targets: readonly { dueDate: CivilDate; value: Decimal }[]
}

/** Severity order: gris (no information) < vert < orange < rouge. */
const severity: Record<TrafficLight, number> = { gris: 0, vert: 1, orange: 2, rouge: 3 }

/** Days since 1970-01-01 of a civil date (UTC arithmetic: no daylight saving in between). */
function dayNumber(date: CivilDate): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000)
}

/** The first day of the date's month. */
export function monthOf(date: CivilDate): CivilDate {
  return `${date.slice(0, 7)}-01`
}

/** The last day of the date's month. */
export function endOfMonth(date: CivilDate): CivilDate {
  return addDays(addMonths(monthOf(date), 1), -1)
}

/**
 * The value the indicator should have reached at `date`; null without any target (nothing is
 * expected). Targets on the same date: the last given wins.
 */
export function expectedValue(indicator: IndicatorRules, date: CivilDate): number | null {
  if (indicator.targets.length === 0) return null
  const points: { day: number; value: number }[] = [...indicator.targets]
    .map((t) => ({ day: dayNumber(t.dueDate), value: Number(t.value) }))
    .sort((a, b) => a.day - b.day)
  if (indicator.baseline !== null && indicator.baselineDate !== null) {
    const baselineDay = dayNumber(indicator.baselineDate)
    // A baseline after the first target has no meaning for the interpolation: ignored.
    if (baselineDay < points[0]!.day) points.unshift({ day: baselineDay, value: Number(indicator.baseline) })
  }
  const day = dayNumber(date)
  const first = points[0]!
  if (day <= first.day) return first.value
  for (let i = 1; i < points.length; i++) {
    const next = points[i]!
    if (day <= next.day) {
      const prev = points[i - 1]!
      if (next.day === prev.day) return next.value
      return prev.value + ((next.value - prev.value) * (day - prev.day)) / (next.day - prev.day)
    }
  }
  return points[points.length - 1]!.value
}

/**
 * How a value compares to the expected one, as the ratio the rules speak of: for `hausse`
 * value / expected, for `baisse` expected / value (a value of 0, or any value at or below the
 * expected one, counts as reached). Reaching or passing the expected value gives at least 1.
 */
export function achievementRatio(direction: IndicatorDirection, value: number, expected: number): number {
  if (direction === 'hausse') {
    if (value >= expected) return Math.max(1, expected > 0 ? value / expected : 1)
    return expected > 0 && value >= 0 ? value / expected : 0
  }
  if (value <= expected || value === 0) return Math.max(1, value > 0 ? expected / value : 1)
  return value > 0 && expected >= 0 ? expected / value : 0
}

/** The light of a ratio: ≥ 1 vert, ≥ 0.9 orange, below rouge. */
export function ratioLight(ratio: number): TrafficLight {
  if (ratio >= 1) return 'vert'
  if (ratio >= 0.9) return 'orange'
  return 'rouge'
}

const periodMonths: Record<MeasurementFrequency, number> = {
  mensuelle: 1,
  trimestrielle: 3,
  semestrielle: 6,
  annuelle: 12,
}

/**
 * The first month of the last period the frequency required by `today`: the last complete
 * calendar period (month, quarter, half-year, year) ending at or before today's month minus one.
 */
export function lastRequiredPeriod(frequency: MeasurementFrequency, today: CivilDate): CivilDate {
  const reference = addMonths(monthOf(today), -1)
  const length = periodMonths[frequency]
  const month = Number(reference.slice(5, 7)) // 1..12
  // Periods start at months 1, 1 + length, …; the last one that ends at or before `reference`.
  const endsHere = month % length === 0
  const startMonth = endsHere ? month - length + 1 : month - (month % length) - length + 1
  return addMonths(reference, startMonth - month)
}

/** No measurement since the start of the last period the frequency required. */
export function isMeasurementLate(
  frequency: MeasurementFrequency,
  latestPeriod: CivilDate | null,
  today: CivilDate,
): boolean {
  if (latestPeriod === null) return true
  return monthOf(latestPeriod) < lastRequiredPeriod(frequency, today)
}

export interface IndicatorLightInput extends IndicatorRules {
  frequency: MeasurementFrequency
  /** The latest measurement (its period, the first day of its month), or null. */
  latest: { period: CivilDate; value: Decimal } | null
}

export interface IndicatorAssessment {
  light: TrafficLight
  /** The expected value at the latest measurement's month, null when nothing is expected. */
  expected: number | null
  /** No measurement for the last period required (only meaningful with a measurement). */
  late: boolean
}

/** An indicator's light with what it was computed from. */
export function assessIndicator(indicator: IndicatorLightInput, today: CivilDate): IndicatorAssessment {
  const latest = indicator.latest
  const late = isMeasurementLate(indicator.frequency, latest?.period ?? null, today)
  if (latest === null || indicator.targets.length === 0) {
    return { light: 'gris', expected: latest ? null : expectedValue(indicator, monthOf(today)), late }
  }
  const expected = expectedValue(indicator, monthOf(latest.period))!
  const light = ratioLight(achievementRatio(indicator.direction, Number(latest.value), expected))
  return { light: light === 'vert' && late ? 'orange' : light, expected, late }
}

/** An indicator's light. */
export function indicatorLight(indicator: IndicatorLightInput, today: CivilDate): TrafficLight {
  return assessIndicator(indicator, today).light
}

/** A milestone's light: done on or before today vert; past due rouge; within 30 days orange. */
export function milestoneLight(
  milestone: { dueDate: CivilDate; doneOn: CivilDate | null },
  today: CivilDate,
): TrafficLight {
  if (milestone.doneOn !== null && milestone.doneOn <= today) return 'vert'
  if (milestone.dueDate < today) return 'rouge'
  if (milestone.dueDate <= addDays(today, 30)) return 'orange'
  return 'vert'
}

/** The worst light, `gris` ignored; `gris` when there is nothing else (or nothing at all). */
export function worstLight(lights: Iterable<TrafficLight>): TrafficLight {
  let worst: TrafficLight = 'gris'
  for (const light of lights) if (severity[light] > severity[worst]) worst = light
  return worst
}

/** An action's light from its status, its start date and the lights of its indicators and milestones. */
export function actionLight(
  action: { status: ActionStatus; startDate: CivilDate | null },
  childLights: Iterable<TrafficLight>,
  today: CivilDate,
): TrafficLight {
  switch (action.status) {
    case 'realise':
      return 'vert'
    case 'abandonne':
      return 'gris'
    case 'en_retard':
      return 'rouge'
    case 'a_lancer':
      if (action.startDate !== null && action.startDate < today) return 'orange'
      break
    case 'en_cours':
      break
  }
  const worst = worstLight(childLights)
  return worst === 'gris' ? 'vert' : worst
}

/** Lights from the most to the least urgent, for sorting: rouge, orange, vert, gris. */
export function lightRank(light: TrafficLight): number {
  return 3 - severity[light]
}
