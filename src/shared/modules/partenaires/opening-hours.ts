/**
 * Opening hours of the directory, in Paris time: is a service open now or on a given day, its
 * hours on a date, its next opening, and a plain French sentence saying so. Exceptions (a closure
 * for August, special hours on a holiday) override the week. The search's SQL function
 * `directory_hours_on` is the double of `hoursOn` and is tested against it.
 */
import { addDays, parisDate, PARIS, weekday, type CivilDate } from '../../dates'
import {
  hoursExceptions as hoursExceptionsSchema,
  minutesOf,
  weekDayOfJsDay,
  weekDays,
  weeklyHours as weeklyHoursSchema,
  type HoursException,
  type TimeRange,
  type WeeklyHours,
} from './directory.constants'

/** What decides when a service receives people. */
export interface Schedule {
  /** The week of the service when it has its own hours, else its place's. */
  weekly: WeeklyHours
  /** The place's closures and exceptional hours. */
  exceptions: readonly HoursException[]
  /**
   * True when the week is the service's own: a place's exceptional hours then limit the service's
   * hours to the part inside them, rather than replacing them.
   */
  ownHours: boolean
}

export interface DayHours {
  ranges: TimeRange[]
  /** The exception that decided this day, when one did. */
  exception: HoursException | null
}

const readWeek = (raw: unknown): WeeklyHours | null => {
  const parsed = weeklyHoursSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}

/**
 * The schedule of a service from the stored JSON of its place and its own hours. A service's own
 * hours override the place's week; the place's closures still apply (the door is shut). Stored
 * values that do not read as hours count as none.
 */
export function scheduleOf(
  place: { openingHours: unknown; hoursExceptions: unknown } | null,
  serviceHours: unknown,
): Schedule {
  const own = serviceHours === null || serviceHours === undefined ? null : readWeek(serviceHours)
  const exceptions = hoursExceptionsSchema.safeParse(place?.hoursExceptions ?? [])
  return {
    weekly: own ?? (place ? (readWeek(place.openingHours) ?? {}) : {}),
    exceptions: exceptions.success ? exceptions.data : [],
    ownHours: own !== null,
  }
}

const spanDays = (e: HoursException) => (Date.parse(e.to) - Date.parse(e.from)) / 86_400_000

/** The exception in force on a date: the narrowest covering it, the last listed among equals. */
export function exceptionOn(exceptions: readonly HoursException[], date: CivilDate): HoursException | null {
  let best: HoursException | null = null
  for (const e of exceptions) {
    if (e.from > date || e.to < date) continue
    if (best === null || spanDays(e) <= spanDays(best)) best = e
  }
  return best
}

/** The parts of `ranges` that fall inside `limits`, both sorted. */
export function intersectRanges(ranges: readonly TimeRange[], limits: readonly TimeRange[]): TimeRange[] {
  const out: TimeRange[] = []
  for (const [a, b] of ranges) {
    for (const [c, d] of limits) {
      const start = minutesOf(a) > minutesOf(c) ? a : c
      const end = minutesOf(b) < minutesOf(d) ? b : d
      if (minutesOf(start) < minutesOf(end)) out.push([start, end])
    }
  }
  return out.sort((x, y) => minutesOf(x[0]) - minutesOf(y[0]))
}

/** The hours of one civil date, exceptions applied. */
export function hoursOn(schedule: Schedule, date: CivilDate): DayHours {
  const week = schedule.weekly[weekDayOfJsDay(weekday(date))] ?? []
  const exception = exceptionOn(schedule.exceptions, date)
  if (!exception) return { ranges: [...week], exception: null }
  if (exception.closed) return { ranges: [], exception }
  const special = exception.hours ?? []
  return { ranges: schedule.ownHours ? intersectRanges(week, special) : [...special], exception }
}

/** True when the schedule says anything at all: some day of the week or some exceptional hours. */
export function hasHours(schedule: Schedule): boolean {
  return (
    weekDays.some((d) => (schedule.weekly[d]?.length ?? 0) > 0) ||
    schedule.exceptions.some((e) => !e.closed && (e.hours?.length ?? 0) > 0)
  )
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** The Paris civil date of an instant and its minutes since midnight. */
export function parisClock(instant: Date): { date: CivilDate; minutes: number } {
  const parts = clockFormat.formatToParts(instant)
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0)
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0)
  return { date: parisDate(instant), minutes: hour * 60 + minute }
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' })

function parisOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? ''
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

/** The instant of a Paris wall-clock time (the later reading when the clock goes back). */
export function parisInstant(date: CivilDate, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const wall = Date.UTC(y, m - 1, d, 0, minutes)
  const first = wall - parisOffsetMinutes(new Date(wall)) * 60_000
  return new Date(wall - parisOffsetMinutes(new Date(first)) * 60_000)
}

const contains = ([start, end]: TimeRange, minutes: number) =>
  minutesOf(start) <= minutes && minutes < minutesOf(end)

/** Is it open at this instant? */
export function isOpenAt(schedule: Schedule, instant: Date): boolean {
  const { date, minutes } = parisClock(instant)
  return hoursOn(schedule, date).ranges.some((r) => contains(r, minutes))
}

/** Is it open at some time of this day, or, with `afterMinutes`, still open at or after that time? */
export function isOpenOn(schedule: Schedule, date: CivilDate, afterMinutes = 0): boolean {
  return hoursOn(schedule, date).ranges.some(([, end]) => minutesOf(end) > afterMinutes)
}

/** The next time it opens strictly after this instant, looking a year ahead at most. */
export function nextOpening(schedule: Schedule, instant: Date, horizonDays = 366): Date | null {
  const { date, minutes } = parisClock(instant)
  for (let i = 0; i <= horizonDays; i++) {
    const day = addDays(date, i)
    for (const [start] of hoursOn(schedule, day).ranges) {
      if (i === 0 && minutesOf(start) <= minutes) continue
      return parisInstant(day, minutesOf(start))
    }
  }
  return null
}

// ---------------------------------------------------------------------------
// Plain French

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/** "9 h", "9 h 30", "12 h". */
export function frenchTime(time: string): string {
  const minutes = minutesOf(time)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`
}

/** "1er septembre", "15 août". */
export function frenchDate(date: CivilDate): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${d === 1 ? '1er' : d} ${months[m - 1]}`
}

/** "lundi 1er septembre". */
export function frenchDayAndDate(date: CivilDate): string {
  return `${weekDayOfJsDay(weekday(date))} ${frenchDate(date)}`
}

/** "9 h–12 h et 14 h–17 h", for short labels. */
export function shortRanges(ranges: readonly TimeRange[]): string {
  return joinAnd(ranges.map(([a, b]) => `${frenchTime(a)}–${frenchTime(b)}`))
}

/** "de 9 h à 12 h et de 14 h à 17 h", for sentences. */
export function sentenceRanges(ranges: readonly TimeRange[]): string {
  return joinAnd(ranges.map(([a, b]) => `de ${frenchTime(a)} à ${frenchTime(b)}`))
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
}

/** "aujourd'hui", "demain", "jeudi" within the week, else "le 3 mars". */
function whenFrom(today: CivilDate, day: CivilDate): string {
  if (day === today) return 'aujourd’hui'
  if (day === addDays(today, 1)) return 'demain'
  if (day < addDays(today, 7)) return weekDayOfJsDay(weekday(day))
  return `le ${frenchDayAndDate(day)}`
}

/**
 * A sentence for the list, the map and the orientation sheet: "Ouvert maintenant, jusqu'à 12 h,
 * puis de 14 h à 17 h", "Ouvert aujourd'hui de 14 h à 17 h", "Fermé jusqu'au 31 août (congés
 * d'été), réouverture le lundi 1er septembre à 9 h", "Fermé, ouvre demain à 9 h".
 */
export function describeHours(schedule: Schedule, instant: Date): string {
  if (!hasHours(schedule)) return 'Horaires non communiqués'
  const { date, minutes } = parisClock(instant)
  const today = hoursOn(schedule, date)
  const current = today.ranges.find((r) => contains(r, minutes))
  const later = today.ranges.filter(([start]) => minutesOf(start) > minutes)
  if (current) {
    const then = later.length > 0 ? `, puis ${sentenceRanges(later)}` : ''
    return `Ouvert maintenant, jusqu’à ${frenchTime(current[1])}${then}`
  }
  if (later.length > 0) return `Ouvert aujourd’hui ${sentenceRanges(later)}`

  const next = nextOpening(schedule, instant)
  const reopening = next
    ? (() => {
        const at = parisClock(next)
        return `${whenFrom(date, at.date)} à ${frenchTime(clockText(at.minutes))}`
      })()
    : null
  const closure = today.exception?.closed ? today.exception : null
  if (closure) {
    const why = closure.message ? ` (${closure.message})` : ''
    const until = closure.to === date ? 'Fermé aujourd’hui' : `Fermé jusqu’au ${frenchDayAndDate(closure.to)}`
    return reopening ? `${until}${why}, réouverture ${reopening}` : `${until}${why}`
  }
  return reopening ? `Fermé, ouvre ${reopening}` : 'Fermé pour le moment'
}

const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The hours of the coming days, today first, with the reason of each exception. */
export function comingDays(
  schedule: Schedule,
  instant: Date,
  count: number,
): { date: CivilDate; ranges: TimeRange[]; note: string | null }[] {
  const { date } = parisClock(instant)
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(date, i)
    const hours = hoursOn(schedule, day)
    const note = hours.exception
      ? (hours.exception.message ??
        (hours.exception.closed ? 'Fermeture exceptionnelle' : 'Horaires exceptionnels'))
      : null
    return { date: day, ranges: hours.ranges, note }
  })
}
