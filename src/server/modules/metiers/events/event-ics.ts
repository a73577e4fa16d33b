/**
 * The calendar invitation (RFC 5545) sent with each registration: times in Paris time with the
 * zone described (VTIMEZONE), a UID stable per event so that a calendar updates the same entry
 * when the time or the place changes (SEQUENCE), text escaped, lines folded at 75 octets.
 */
import { instantToParisLocal } from '../../../../shared/modules/metiers/events-dates'

export interface EventInvitation {
  /** The event's id: one calendar entry per event, whoever registered. */
  eventId: string
  /** The platform's host, to make the UID globally unique. */
  host: string
  sequence: number
  stamp: Date
  start: Date
  end: Date
  summary: string
  description: string
  location: string
  url: string
}

/** TEXT values: backslash, semicolon and comma escaped; line breaks become `\n` (§3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Lines longer than 75 octets folded with CRLF and a space (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const bytes = encoder.encode(char).length
    const limit = out.length === 0 ? 75 : 74
    if (size + bytes > limit) {
      out.push(current)
      current = ''
      size = 0
    }
    current += char
    size += bytes
  }
  out.push(current)
  return out.join('\r\n ')
}

const utc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** 20270105T183000, Paris wall-clock time. */
const parisLocal = (instant: Date) => instantToParisLocal(instant).replace(/[-:]/g, '') + '00'

/** Europe/Paris since 1996: summer time from the last Sunday of March to the last Sunday of October. */
const parisTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

export function eventIcs(event: EventInvitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lien//Evenements des metiers du lien//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...parisTimezone,
    'BEGIN:VEVENT',
    `UID:event-${event.eventId}@${event.host}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART;TZID=Europe/Paris:${parisLocal(event.start)}`,
    `DTEND;TZID=Europe/Paris:${parisLocal(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    `URL:${event.url}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
