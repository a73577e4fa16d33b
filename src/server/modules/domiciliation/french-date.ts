import { parisDate, type CivilDate } from '../../../shared/dates'

const format = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "3 mars 2026": a civil date, or the Paris day of an instant. */
export function frenchDate(value: CivilDate | Date): string {
  const day = value instanceof Date ? parisDate(value) : value
  return format.format(new Date(`${day}T00:00:00Z`))
}
