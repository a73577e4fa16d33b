import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpenAt as directoryIsOpenAt, scheduleOf } from '../partenaires/opening-hours'
import { distanceKm, isOpenAt, retentionWeekDays, staggeredOf, type WeekHours } from './retention-hours'

const minute = fc.integer({ min: 0, max: 23 * 60 + 58 })
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
/** One day's spans: sorted, not touching, like the directory's validation requires. */
const daySpans = fc
  .uniqueArray(minute, { maxLength: 6 })
  .map((points) => [...points].sort((a, b) => a - b))
  .map((points) => {
    const spans: [string, string][] = []
    for (let i = 0; i + 1 < points.length; i += 2) spans.push([hhmm(points[i]!), hhmm(points[i + 1]!)])
    return spans
  })
const week = fc.record(
  Object.fromEntries(retentionWeekDays.map((d) => [d, daySpans])),
) as fc.Arbitrary<WeekHours>
const civilDay = fc
  .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const exception = fc
  .record({ from: civilDay, to: civilDay, closed: fc.boolean(), hours: daySpans })
  .filter((e) => e.from <= e.to && (e.closed || e.hours.length > 0))
const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })

describe('reasons-to-stay hours', () => {
  it('say « open » exactly when the directory’s rule does (week, closures, exceptional hours)', () => {
    fc.assert(
      fc.property(week, fc.array(exception, { maxLength: 3 }), instant, (w, exceptions, at) => {
        const reference = directoryIsOpenAt(
          scheduleOf({ openingHours: w, hoursExceptions: exceptions }, null),
          at,
        )
        expect(isOpenAt(w, exceptions, at)).toBe(reference)
      }),
      { numRuns: 500 },
    )
  })

  it('reads staggered hours from the week', () => {
    expect(staggeredOf({ lundi: [['05:30', '22:00']] })).toEqual(['tot', 'tard'])
    expect(staggeredOf({ samedi: [['08:00', '12:00']] })).toEqual(['week_end'])
    expect(staggeredOf({ mardi: [['20:00', '23:30']] })).toEqual(['tard', 'nuit'])
    expect(staggeredOf({ lundi: [['08:00', '18:00']] })).toEqual([])
    fc.assert(
      fc.property(week, (w) => {
        const found = staggeredOf(w)
        const spans = retentionWeekDays.flatMap((d) => w[d] ?? [])
        // Night or late hours both need a span ending late or starting very early: never one without any span.
        if (spans.length === 0) expect(found).toEqual([])
        expect(found.includes('week_end')).toBe((w.samedi?.length ?? 0) + (w.dimanche?.length ?? 0) > 0)
      }),
    )
  })

  it('measures distances symmetrically, zero to itself', () => {
    const point = fc.record({
      latitude: fc.double({ min: 41, max: 51, noNaN: true }),
      longitude: fc.double({ min: -5, max: 9, noNaN: true }),
    })
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9)
        expect(distanceKm(a, a)).toBe(0)
        expect(distanceKm(a, b)).toBeLessThan(1600)
      }),
    )
    // Besançon to Bourg-en-Bresse, about 125 km as the crow flies.
    expect(
      distanceKm({ latitude: 47.2378, longitude: 6.0241 }, { latitude: 46.2052, longitude: 5.2255 }),
    ).toBeCloseTo(130, -1)
  })
})
