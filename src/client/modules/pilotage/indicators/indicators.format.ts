import type { IndicatorUnit } from '../../../../shared/modules/pilotage/pilotage.constants'

/** A value with its unit, in the reader's language (« 84 % », « 12,5 jours »). */
export function formatValue(value: number, unit: IndicatorUnit, language: string, short: string): string {
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)
  return unit === 'nombre' || !short ? n : `${n}\u00a0${short}`
}

/** « mai 2025 » for `2025-05-01`. */
export function formatMonth(period: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${period.slice(0, 7)}-01T00:00:00Z`),
  )
}

/** « 31 décembre 2026 » for `2026-12-31`. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  )
}

/** The month before the current one (Paris), `YYYY-MM`: the one usually measured. */
export function previousMonth(now = new Date()): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number)
  return m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`
}
