import type { EventSummaryView } from '../../../../../shared/modules/metiers/events.contract'

const sameParisDay = (a: Date, b: Date) => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', dateStyle: 'short' })
  return day.format(a) === day.format(b)
}

/** « mardi 5 janvier 2027, 12:30 – 13:30 » in Paris time and the interface language. */
export function eventWhen(event: Pick<EventSummaryView, 'startsAt' | 'endsAt'>, language: string): string {
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'Europe/Paris' })
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'Europe/Paris' })
  if (sameParisDay(start, end)) return `${date.format(start)}, ${time.format(start)} – ${time.format(end)}`
  const both = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  })
  return `${both.format(start)} – ${both.format(end)}`
}

/** Where, in a few words: the commune, or « En ligne ». */
export const eventWhere = (
  event: Pick<EventSummaryView, 'online' | 'commune' | 'postcode'>,
  online: string,
) => (event.online ? online : `${event.commune}${event.postcode ? ` (${event.postcode.slice(0, 2)})` : ''}`)
