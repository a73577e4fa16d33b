import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeIcsText, foldIcsLine, meetingIcs } from './network-ics'
import { parisInstant, shiftParisMonths } from './network-meeting-dates'
import { parseIcs } from './network-ics-reader'

const octets = (s: string) => new TextEncoder().encode(s).length

describe('meeting calendar file (RFC 5545)', () => {
  const sample = {
    uid: '0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee@lien',
    stamp: new Date('2026-03-01T08:00:00Z'),
    start: new Date('2026-03-12T13:30:00Z'),
    end: new Date('2026-03-12T15:30:00Z'),
    summary: 'Coordination de l’aide alimentaire, 1er trimestre; tour de table',
    location: 'CCAS, salle Proudhon, 1 rue Mégevand, 25000 Besançon',
    description:
      'Ordre du jour :\n1. Bilan des colis, stocks; dons\n2. Épiceries solidaires : horaires d’été\n\\ fin',
    url: 'http://localhost:3000/partenaire/reseau',
  }

  it('reads back every field, dates in UTC, with commas, semicolons and line breaks escaped', () => {
    const text = meetingIcs(sample)
    const { calendar, event, lines } = parseIcs(text)
    expect(calendar).toMatchObject({ BEGIN: 'VCALENDAR', VERSION: '2.0', METHOD: 'PUBLISH' })
    expect(event).toEqual({
      UID: sample.uid,
      DTSTAMP: '20260301T080000Z',
      DTSTART: '20260312T133000Z',
      DTEND: '20260312T153000Z',
      SUMMARY: sample.summary,
      LOCATION: sample.location,
      DESCRIPTION: sample.description,
      URL: sample.url,
      STATUS: 'CONFIRMED',
      TRANSP: 'OPAQUE',
    })
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('LOCATION:CCAS\\, salle Proudhon\\, 1 rue Mégevand\\, 25000 Besançon')
    expect(unfolded).toContain('1er trimestre\\; tour de table')
    // The long description is folded: no line longer than 75 octets.
    expect(lines.every((l) => octets(l) <= 75)).toBe(true)
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
  })

  it('escapes any text so that it reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const normalised = value.replace(/\r\n|\r/g, '\n')
        const { event } = parseIcs(meetingIcs({ ...sample, summary: value, description: value }))
        expect(event.SUMMARY).toBe(normalised)
        expect(event.DESCRIPTION).toBe(normalised)
      }),
    )
  })

  it('folds at 75 octets without cutting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const line = `DESCRIPTION:${escapeIcsText(raw)}`
        const folded = foldIcsLine(line)
        const parts = folded.split('\r\n')
        expect(parts.every((p) => octets(p) <= 75)).toBe(true)
        expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
        // No part holds half of a UTF-8 sequence or of a surrogate pair.
        expect(parts.every((p) => !/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/.test(p))).toBe(true)
        expect(folded.replace(/\r\n /g, '')).toBe(line)
      }),
    )
  })
})

describe('the next meetings, same Paris time', () => {
  it('keeps 14:00 in Paris across the change to summer time', () => {
    const january = parisInstant('2026-01-15', 14, 0)
    expect(january.toISOString()).toBe('2026-01-15T13:00:00.000Z')
    expect(shiftParisMonths(january, 3).toISOString()).toBe('2026-04-15T12:00:00.000Z')
    expect(shiftParisMonths(january, 9).toISOString()).toBe('2026-10-15T12:00:00.000Z')
    expect(shiftParisMonths(january, 12).toISOString()).toBe('2027-01-15T13:00:00.000Z')
    // 31 January + 1 month: the end of February.
    expect(shiftParisMonths(parisInstant('2026-01-31', 9, 30), 1).toISOString()).toBe(
      '2026-02-28T08:30:00.000Z',
    )
  })

  it('shows the same wall-clock time whatever the month', () => {
    const paris = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    })
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 24 }),
        (start, months) => {
          // Hours that do not exist or exist twice (the night of the change) are not meeting hours.
          const hour = Number(paris.format(start).slice(0, 2))
          fc.pre(hour >= 4)
          const next = shiftParisMonths(start, months)
          expect(paris.format(next)).toBe(paris.format(start))
        },
      ),
    )
  })
})
