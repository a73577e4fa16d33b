/**
 * Event times as organisers type them (Paris wall-clock time, `2027-01-05T18:30`) and as they are
 * stored (instants), and the dates of a monthly series (« le premier mardi de chaque mois »).
 */
import { PARIS, type CivilDate } from '../../dates'

/** `YYYY-MM-DDTHH:MM`, Paris time. */
export type ParisLocal = string

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

function offsetMinutesAt(instant: Date): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' })
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00'
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

/** Whether the text is a well-formed Paris local time. */
export const isParisLocal = (value: string) => {
  const m = localPattern.exec(value)
  if (!m) return false
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60
}

/**
 * The instant of a Paris wall-clock time. In the hour skipped in spring the time is read with the
 * winter offset (02:30 becomes 03:30); in the hour repeated in autumn, the first one is taken.
 */
export function parisLocalToInstant(local: ParisLocal): Date {
  const m = localPattern.exec(local)
  if (!m) throw new Error(`heure locale invalide : ${local}`)
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  // Try the offset before and after: the first that reads back to the same wall-clock time wins.
  for (const probe of [asUtc - 3 * 3_600_000, asUtc + 3 * 3_600_000]) {
    const candidate = new Date(asUtc - offsetMinutesAt(new Date(probe)) * 60_000)
    if (instantToParisLocal(candidate) === local) return candidate
  }
  return new Date(asUtc - offsetMinutesAt(new Date(asUtc - 3 * 3_600_000)) * 60_000)
}

/** The Paris wall-clock time of an instant. */
export function instantToParisLocal(instant: Date): ParisLocal {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/**
 * The date of the nth weekday of a month (`nth` 1 to 4, or -1 for the last one); `weekday` 1 is
 * Monday … 7 Sunday.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): CivilDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const isoWeekday = (day: number) => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1
  const matching: number[] = []
  for (let day = 1; day <= daysInMonth; day++) if (isoWeekday(day) === weekday) matching.push(day)
  const day = nth === -1 ? matching[matching.length - 1]! : matching[nth - 1]!
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The dates of a monthly series starting with the month `YYYY-MM`, one per month. */
export function monthlySeriesDates(
  firstMonth: string,
  months: number,
  weekday: number,
  nth: number,
): CivilDate[] {
  const [y, m] = firstMonth.split('-').map(Number) as [number, number]
  const out: CivilDate[] = []
  for (let i = 0; i < months; i++) {
    const index = m - 1 + i
    out.push(nthWeekdayOfMonth(y + Math.floor(index / 12), (index % 12) + 1, weekday, nth))
  }
  return out
}

/** The département of a commune's INSEE code: 2 characters, 3 overseas (971…976), 2A/2B for Corsica. */
export function departementOf(insee: string | null | undefined): string | null {
  if (!insee || insee.length < 2) return null
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2)
}
