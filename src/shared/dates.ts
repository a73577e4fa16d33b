/**
 * Civil dates for France. Instants are stored as timestamptz; deadlines and display use
 * Europe/Paris. A civil date is an ISO string `YYYY-MM-DD` with no time zone.
 */
export const PARIS = 'Europe/Paris'

export type CivilDate = string

const pad = (n: number) => String(n).padStart(2, '0')

export function civil(year: number, month: number, day: number): CivilDate {
  return `${year}-${pad(month)}-${pad(day)}`
}

function parts(date: CivilDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) throw new RangeError(`Date invalide : ${date}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

function toUtcDay(date: CivilDate): Date {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m - 1, d))
}

function fromUtcDay(d: Date): CivilDate {
  return civil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = toUtcDay(date)
  d.setUTCDate(d.getUTCDate() + days)
  return fromUtcDay(d)
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 jan + 1 month = 28/29 feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = parts(date)
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return civil(year, month, Math.min(d, last))
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return toUtcDay(date).getUTCDay()
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return civil(year, month, day)
}

export interface HolidayOptions {
  /** Bas-Rhin, Haut-Rhin and Moselle add Good Friday and 26 December. */
  alsaceMoselle?: boolean
}

/** French public holidays (jours fériés) of a year, with their names. */
export function publicHolidays(year: number, options: HolidayOptions = {}): Map<CivilDate, string> {
  const easter = easterSunday(year)
  const list: [CivilDate, string][] = [
    [civil(year, 1, 1), "Jour de l'an"],
    [addDays(easter, 1), 'Lundi de Pâques'],
    [civil(year, 5, 1), 'Fête du travail'],
    [civil(year, 5, 8), 'Victoire 1945'],
    [addDays(easter, 39), 'Ascension'],
    [addDays(easter, 50), 'Lundi de Pentecôte'],
    [civil(year, 7, 14), 'Fête nationale'],
    [civil(year, 8, 15), 'Assomption'],
    [civil(year, 11, 1), 'Toussaint'],
    [civil(year, 11, 11), 'Armistice 1918'],
    [civil(year, 12, 25), 'Noël'],
  ]
  if (options.alsaceMoselle) {
    list.push([addDays(easter, -2), 'Vendredi saint'], [civil(year, 12, 26), 'Saint-Étienne'])
  }
  return new Map(list.sort(([a], [b]) => a.localeCompare(b)))
}

export function isPublicHoliday(date: CivilDate, options: HolidayOptions = {}): boolean {
  return publicHolidays(parts(date)[0], options).has(date)
}

/** Jour ouvré: Monday to Friday, not a public holiday. */
export function isWorkingDay(date: CivilDate, options: HolidayOptions = {}): boolean {
  const wd = weekday(date)
  return wd !== 0 && wd !== 6 && !isPublicHoliday(date, options)
}

/**
 * The date `n` working days after `date` (the start day itself is not counted, as in
 * "réponse sous 5 jours ouvrés"). With n = 0, the next working day on or after `date`.
 */
export function addWorkingDays(date: CivilDate, n: number, options: HolidayOptions = {}): CivilDate {
  let current = date
  if (n === 0) {
    while (!isWorkingDay(current, options)) current = addDays(current, 1)
    return current
  }
  let left = n
  while (left > 0) {
    current = addDays(current, 1)
    if (isWorkingDay(current, options)) left--
  }
  return current
}

/** Number of working days strictly after `from` up to and including `to`. */
export function workingDaysBetween(from: CivilDate, to: CivilDate, options: HolidayOptions = {}): number {
  let count = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, options)) count++
  return count
}

/** The civil date in Paris of an instant. */
export function parisDate(instant: Date): CivilDate {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit' })
  return f.format(instant)
}

/** The instant of 23:59:59.999 in Paris on a civil date: a deadline "le jour J" ends then. */
export function endOfParisDay(date: CivilDate): Date {
  const [y, m, d] = parts(date)
  // Find the Paris offset at noon of that day, then apply it to the end of the day.
  const noonUtc = Date.UTC(y, m - 1, d, 12)
  const offsetMinutes = parisOffsetMinutes(new Date(noonUtc))
  return new Date(Date.UTC(y, m - 1, d, 23, 59, 59, 999) - offsetMinutes * 60_000)
}

function parisOffsetMinutes(instant: Date): number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: PARIS, timeZoneName: 'longOffset' })
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00'
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!m) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

/** "lundi 3 mars 2025 à 14:05" in Paris time. */
export function formatParis(instant: Date, locale = 'fr-FR'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: PARIS,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(instant)
}
