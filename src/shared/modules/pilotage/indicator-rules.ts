/**
 * The rules of an indicator's measurements, as pure functions shared by the server (which
 * enforces them) and the browser (which explains them): the unit must be the indicator's, the
 * value inside its allowed range (a percentage always within 0..100), the month already begun
 * and inside the plan's period.
 */
import { z } from 'zod'
import type { CivilDate } from '../../dates'
import type { FieldIssue } from '../../errors'
import { indicatorUnitLabels, type IndicatorUnit } from './pilotage.constants'

/** Largest absolute value an indicator takes (numeric(18, 4) keeps 14 digits before the point). */
export const DECIMAL_LIMIT = 1e11

/** The range a measurement must stay in: the indicator's own, within 0..100 for a percentage. */
export function allowedRange(
  unit: IndicatorUnit,
  min: number | null,
  max: number | null,
): { min: number | null; max: number | null } {
  if (unit !== 'pourcentage') return { min, max }
  return { min: Math.max(min ?? 0, 0), max: Math.min(max ?? 100, 100) }
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 })

/** A value with its unit, in French (« 12,5 % », « 30 jours »). */
export function formatWithUnit(value: number, unit: IndicatorUnit): string {
  const n = numberFormat.format(value).replace(/\u202f/g, '\u00a0')
  return unit === 'nombre' ? n : `${n}\u00a0${indicatorUnitLabels[unit]}`
}

/** The allowed range in words (« entre 0 et 100 % », « 0 au moins »), null when any value goes. */
export function rangeInWords(unit: IndicatorUnit, min: number | null, max: number | null): string | null {
  const range = allowedRange(unit, min, max)
  if (range.min !== null && range.max !== null)
    return `entre ${numberFormat.format(range.min)} et ${formatWithUnit(range.max, unit)}`
  if (range.min !== null) return `${formatWithUnit(range.min, unit)} au moins`
  if (range.max !== null) return `${formatWithUnit(range.max, unit)} au plus`
  return null
}

const monthNames = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' })
/** « janvier 2024 » for `2024-01-01` or `2024-01`. */
export function monthInWords(period: string): string {
  return monthNames.format(new Date(`${period.slice(0, 7)}-01T00:00:00Z`))
}

export interface MeasuredIndicator {
  unit: IndicatorUnit
  minValue: number | null
  maxValue: number | null
}

export interface MeasurementInput {
  /** `YYYY-MM` or `YYYY-MM-01`. */
  period: string
  value: number
  unit: string
}

/**
 * What is wrong with a measurement, field by field (empty when it is good). `today` is the Paris
 * date; the plan's period bounds the months that can be measured.
 */
export function measurementIssues(
  indicator: MeasuredIndicator,
  plan: { periodStart: CivilDate; periodEnd: CivilDate },
  input: MeasurementInput,
  today: CivilDate,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (input.unit !== indicator.unit) {
    issues.push({
      field: 'unit',
      message: `cet indicateur se mesure en ${indicatorUnitLabels[indicator.unit]}, pas en ${
        indicatorUnitLabels[input.unit as IndicatorUnit] ?? input.unit
      }.`,
    })
  }
  const range = allowedRange(indicator.unit, indicator.minValue, indicator.maxValue)
  if (
    !Number.isFinite(input.value) ||
    (range.min !== null && input.value < range.min) ||
    (range.max !== null && input.value > range.max)
  ) {
    issues.push({
      field: 'value',
      message: `${formatWithUnit(input.value, indicator.unit)} est hors des valeurs permises : ${
        rangeInWords(indicator.unit, indicator.minValue, indicator.maxValue) ?? 'un nombre'
      }.`,
    })
  }
  const month = input.period.slice(0, 7)
  if (month > today.slice(0, 7)) {
    issues.push({
      field: 'period',
      message: `${monthInWords(month)} n’est pas encore commencé : on ne mesure qu’un mois passé ou en cours.`,
    })
  } else if (month < plan.periodStart.slice(0, 7) || month > plan.periodEnd.slice(0, 7)) {
    issues.push({
      field: 'period',
      message: `${monthInWords(month)} est hors de la période du plan (de ${monthInWords(
        plan.periodStart,
      )} à ${monthInWords(plan.periodEnd)}).`,
    })
  }
  return issues
}

/** What is wrong with an indicator's allowed range for its unit (a percentage stays within 0..100). */
export function rangeIssues(unit: IndicatorUnit, min: number | null, max: number | null): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (min !== null && max !== null && min > max)
    issues.push({ field: 'maxValue', message: 'le maximum doit être au moins égal au minimum.' })
  if (unit === 'pourcentage') {
    if (min !== null && (min < 0 || min > 100))
      issues.push({ field: 'minValue', message: 'un pourcentage va de 0 à 100.' })
    if (max !== null && (max < 0 || max > 100))
      issues.push({ field: 'maxValue', message: 'un pourcentage va de 0 à 100.' })
  }
  return issues
}

/**
 * A decimal given as a number or as text (« 12,5 » or « 12.5 »), at most 4 decimals, read as a
 * number. Stored in `numeric` from its fixed text.
 */
export const decimalInput = z
  .union(
    [
      z.number({ message: 'un nombre est attendu.' }),
      z
        .string()
        .trim()
        .regex(/^-?\d{1,11}([.,]\d{1,4})?$/, { message: 'un nombre est attendu (ex. 12,5).' }),
    ],
    { message: 'un nombre est attendu.' },
  )
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace(',', '.'))))
  .refine((v) => Number.isFinite(v) && Math.abs(v) < DECIMAL_LIMIT, {
    message: 'un nombre de 11 chiffres au plus avant la virgule est attendu.',
  })

/** A number as `numeric` text with four decimals at most. */
export const toNumeric = (value: number): string => String(Math.round(value * 10_000) / 10_000)
