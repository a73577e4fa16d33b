/**
 * Pure rules of the reasons-to-stay places, shared by the server and the portal (which must also
 * answer « open now » offline, so it cannot wait for the server): hours on a date with the
 * directory's model (week, then closures and exceptional hours), staggered hours of a childcare
 * place, distances. No zod: the public portal reads this file.
 */
import { parisDate, PARIS, weekday, type CivilDate } from '../../dates'
import type { StaggeredKind } from './retention.constants'

export const retentionWeekDays = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
] as const
export type RetentionWeekDay = (typeof retentionWeekDays)[number]
export type Span = readonly [string, string]
export type WeekHours = Partial<Record<RetentionWeekDay, readonly Span[]>>
export interface HoursExceptionLike {
  from: string
  to: string
  closed: boolean
  hours?: readonly Span[] | undefined
  message?: string | undefined
}

export const spanMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The weekday name of a civil date. */
export const weekDayOf = (date: CivilDate): RetentionWeekDay => retentionWeekDays[(weekday(date) + 6) % 7]!

/** The exception in force on a date: the narrowest covering it, the last listed among equals. */
function exceptionOn(exceptions: readonly HoursExceptionLike[], date: CivilDate): HoursExceptionLike | null {
  let best: HoursExceptionLike | null = null
  const span = (e: HoursExceptionLike) => Date.parse(e.to) - Date.parse(e.from)
  for (const e of exceptions) {
    if (e.from > date || e.to < date) continue
    if (best === null || span(e) <= span(best)) best = e
  }
  return best
}

/** The opening spans of a date, an exception replacing the week's (a closure leaves none). */
export function spansOn(week: WeekHours, exceptions: readonly HoursExceptionLike[], date: CivilDate): Span[] {
  const exception = exceptionOn(exceptions, date)
  if (!exception) return [...(week[weekDayOf(date)] ?? [])]
  return exception.closed ? [] : [...(exception.hours ?? [])]
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** Minutes since midnight, in Paris, of an instant. */
export function parisMinutes(instant: Date): number {
  const parts = clock.formatToParts(instant)
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return value('hour') * 60 + value('minute')
}

/** Is the place open at this instant (Paris time)? */
export function isOpenAt(week: WeekHours, exceptions: readonly HoursExceptionLike[], instant: Date): boolean {
  const minutes = parisMinutes(instant)
  return spansOn(week, exceptions, parisDate(instant)).some(
    ([start, end]) => spanMinutes(start) <= minutes && minutes < spanMinutes(end),
  )
}

/** Until when it stays open today, when it is open now. */
export function openUntil(
  week: WeekHours,
  exceptions: readonly HoursExceptionLike[],
  instant: Date,
): string | null {
  const minutes = parisMinutes(instant)
  const span = spansOn(week, exceptions, parisDate(instant)).find(
    ([start, end]) => spanMinutes(start) <= minutes && minutes < spanMinutes(end),
  )
  return span ? span[1] : null
}

const EARLY = 7 * 60
const LATE = 19 * 60
const NIGHT_START = 22 * 60
const NIGHT_END = 5 * 60

/**
 * The staggered hours a childcare week offers: `tot` opens before 7 h, `tard` still open after
 * 19 h, `week_end` open on Saturday or Sunday, `nuit` open at some time between 22 h and 5 h.
 */
export function staggeredOf(week: WeekHours): StaggeredKind[] {
  const spans = retentionWeekDays.flatMap((d) => week[d] ?? [])
  const found: StaggeredKind[] = []
  if (spans.some(([start]) => spanMinutes(start) < EARLY)) found.push('tot')
  if (spans.some(([, end]) => spanMinutes(end) > LATE)) found.push('tard')
  if ((week.samedi?.length ?? 0) > 0 || (week.dimanche?.length ?? 0) > 0) found.push('week_end')
  if (spans.some(([start, end]) => spanMinutes(end) > NIGHT_START || spanMinutes(start) < NIGHT_END))
    found.push('nuit')
  return found
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** « 8 h », « 8 h 30 », « 19 h 30 »: a stored "HH:MM" as it is written in French. */
export function clockLabel(time: string): string {
  const minutes = spanMinutes(time)
  const m = minutes % 60
  return m === 0
    ? `${Math.floor(minutes / 60)} h`
    : `${Math.floor(minutes / 60)} h ${String(m).padStart(2, '0')}`
}
