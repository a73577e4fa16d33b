import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../dates'
import {
  minutesOf,
  weekDays,
  type HoursException,
  type TimeRange,
  type WeeklyHours,
} from './directory.constants'
import {
  comingDays,
  describeHours,
  hasHours,
  hoursOn,
  intersectRanges,
  isOpenAt,
  isOpenOn,
  nextOpening,
  parisClock,
  parisInstant,
  scheduleOf,
  type Schedule,
} from './opening-hours'

const at = (iso: string) => new Date(iso)
const week: WeeklyHours = {
  lundi: [
    ['09:00', '12:00'],
    ['14:00', '17:00'],
  ],
  mercredi: [['09:00', '12:00']],
  samedi: [['09:00', '12:00']],
}
const summer: HoursException = { from: '2026-08-01', to: '2026-08-31', closed: true, message: 'congés d’été' }
const schedule = (weekly: WeeklyHours, exceptions: HoursException[] = [], ownHours = false): Schedule => ({
  weekly,
  exceptions,
  ownHours,
})

describe('opening hours', () => {
  it('says a service is open within its hours, in Paris time, and closed outside them', () => {
    const s = schedule(week)
    // Monday 2 March 2026, 10:30 in Paris is 09:30 UTC (winter time).
    expect(isOpenAt(s, at('2026-03-02T09:30:00Z'))).toBe(true)
    expect(isOpenAt(s, at('2026-03-02T11:00:00Z'))).toBe(false) // 12:00 Paris: just closed
    expect(isOpenAt(s, at('2026-03-02T12:59:00Z'))).toBe(false) // 13:59 Paris
    expect(isOpenAt(s, at('2026-03-02T13:00:00Z'))).toBe(true) // 14:00 Paris
    // Summer time: 08:30 UTC is 10:30 in Paris on Monday 6 July.
    expect(isOpenAt(s, at('2026-07-06T08:30:00Z'))).toBe(true)
    expect(isOpenAt(s, at('2026-07-07T08:30:00Z'))).toBe(false) // a Tuesday
  })

  it('lets a closure for August and a holiday’s exceptional hours override the week', () => {
    const holiday: HoursException = {
      from: '2026-07-14',
      to: '2026-07-14',
      closed: false,
      hours: [['10:00', '11:00']],
      message: 'Fête nationale',
    }
    const s = schedule(week, [summer, holiday])
    expect(hoursOn(s, '2026-08-03').ranges).toEqual([]) // a Monday in August
    expect(hoursOn(s, '2026-08-03').exception).toEqual(summer)
    expect(isOpenOn(s, '2026-08-08')).toBe(false) // a Saturday in August
    expect(isOpenOn(s, '2026-09-05')).toBe(true) // the first Saturday of September
    expect(hoursOn(s, '2026-07-14').ranges).toEqual([['10:00', '11:00']]) // a Tuesday, normally closed
  })

  it('keeps the narrowest exception when two cover the same day', () => {
    const assumption: HoursException = {
      from: '2026-08-15',
      to: '2026-08-15',
      closed: false,
      hours: [['09:00', '10:00']],
    }
    const s = schedule(week, [assumption, summer])
    expect(hoursOn(s, '2026-08-15').ranges).toEqual([['09:00', '10:00']])
    expect(hoursOn(s, '2026-08-16').ranges).toEqual([])
  })

  it('follows a service’s own hours rather than its place’s, within the place’s exceptional hours', () => {
    const place = { openingHours: week, hoursExceptions: [summer] }
    const own = scheduleOf(place, { mardi: [['14:00', '16:00']] })
    expect(isOpenOn(own, '2026-03-03')).toBe(true) // Tuesday: the service's own day
    expect(isOpenOn(own, '2026-03-02')).toBe(false) // Monday: the place is open, the service is not
    expect(isOpenOn(own, '2026-08-04')).toBe(false) // the place is closed for August
    const shorter = scheduleOf(
      {
        openingHours: week,
        hoursExceptions: [
          { from: '2026-03-03', to: '2026-03-03', closed: false, hours: [['15:00', '18:00']] },
        ],
      },
      { mardi: [['14:00', '16:00']] },
    )
    expect(hoursOn(shorter, '2026-03-03').ranges).toEqual([['15:00', '16:00']])
    expect(scheduleOf(place, null).weekly).toEqual(week)
    expect(scheduleOf(null, null)).toEqual({ weekly: {}, exceptions: [], ownHours: false })
    expect(scheduleOf({ openingHours: 'n’importe quoi', hoursExceptions: 42 }, undefined)).toEqual({
      weekly: {},
      exceptions: [],
      ownHours: false,
    })
  })

  it('finds the next opening, across a closure', () => {
    const s = schedule(week, [summer])
    // Saturday 25 July 2026 at 13:00 Paris: next is Monday 27 July at 9:00.
    expect(nextOpening(s, at('2026-07-25T11:00:00Z'))?.toISOString()).toBe('2026-07-27T07:00:00.000Z')
    // During August: Monday 7 September? No: Wednesday 2 September at 9:00 (summer time).
    expect(nextOpening(s, at('2026-08-10T10:00:00Z'))?.toISOString()).toBe('2026-09-02T07:00:00.000Z')
    expect(nextOpening(schedule({}), at('2026-08-10T10:00:00Z'))).toBeNull()
  })

  it('says in plain French when one can go', () => {
    const s = schedule(week, [summer])
    expect(describeHours(s, at('2026-03-02T09:30:00Z'))).toBe(
      'Ouvert maintenant, jusqu’à 12 h, puis de 14 h à 17 h',
    )
    expect(describeHours(s, at('2026-03-02T07:00:00Z'))).toBe(
      'Ouvert aujourd’hui de 9 h à 12 h et de 14 h à 17 h',
    )
    expect(describeHours(s, at('2026-03-02T12:00:00Z'))).toBe('Ouvert aujourd’hui de 14 h à 17 h')
    expect(describeHours(s, at('2026-03-02T17:00:00Z'))).toBe('Fermé, ouvre mercredi à 9 h')
    expect(describeHours(s, at('2026-03-03T17:00:00Z'))).toBe('Fermé, ouvre demain à 9 h')
    expect(describeHours(s, at('2026-08-10T10:00:00Z'))).toBe(
      'Fermé jusqu’au lundi 31 août (congés d’été), réouverture le mercredi 2 septembre à 9 h',
    )
    expect(describeHours(schedule({}), at('2026-03-02T09:30:00Z'))).toBe('Horaires non communiqués')
    expect(describeHours(schedule({ lundi: [['08:30', '09:45']] }), at('2026-03-01T09:30:00Z'))).toBe(
      'Fermé, ouvre demain à 8 h 30',
    )
  })

  it('lists the coming days with the reason of each exception', () => {
    const days = comingDays(schedule(week, [summer]), at('2026-07-30T10:00:00Z'), 4)
    expect(days).toEqual([
      { date: '2026-07-30', ranges: [], note: null },
      { date: '2026-07-31', ranges: [], note: null },
      { date: '2026-08-01', ranges: [], note: 'congés d’été' },
      { date: '2026-08-02', ranges: [], note: 'congés d’été' },
    ])
  })
})

// ---------------------------------------------------------------------------
// Properties

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/** Sorted, non-touching spans of a day, on quarter hours. */
const daySpans = fc.uniqueArray(fc.integer({ min: 0, max: 95 }), { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b)
  const spans: TimeRange[] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    const start = sorted[i]! * 15
    const end = sorted[i + 1]! * 15
    if (spans.length > 0 && minutesOf(spans.at(-1)![1]) >= start) continue
    spans.push([hhmm(start), hhmm(end)])
  }
  return spans
})

const weekly = fc.record(Object.fromEntries(weekDays.map((d) => [d, daySpans])), {
  requiredKeys: [],
}) as fc.Arbitrary<WeeklyHours>

const civilDay = fc.integer({ min: 0, max: 730 }).map((n) => addDays('2026-01-01', n))
const exception: fc.Arbitrary<HoursException> = fc
  .tuple(civilDay, fc.integer({ min: 0, max: 40 }), fc.boolean(), daySpans)
  .map(([from, length, closed, hours]) => ({
    from,
    to: addDays(from, length),
    closed: closed || hours.length === 0,
    ...(closed || hours.length === 0 ? {} : { hours }),
  }))
const scheduleArb = fc.record({
  weekly,
  exceptions: fc.array(exception, { maxLength: 4 }),
  ownHours: fc.boolean(),
})
const instant = fc
  .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') })
  .map((ms) => new Date(ms - (ms % 60_000)))

describe('opening hours, properties', () => {
  it('is open at an instant exactly when a range of that Paris day holds its time', () => {
    fc.assert(
      fc.property(scheduleArb, instant, (s, i) => {
        const { date, minutes } = parisClock(i)
        const inRange = hoursOn(s, date).ranges.some(
          ([a, b]) => minutesOf(a) <= minutes && minutes < minutesOf(b),
        )
        expect(isOpenAt(s, i)).toBe(inRange)
      }),
    )
  })

  it('is closed every day of a closure no narrower exception reopens', () => {
    fc.assert(
      fc.property(scheduleArb, exception, fc.integer({ min: 0, max: 40 }), (s, e, k) => {
        const closure = { ...e, closed: true, to: addDays(e.from, 40) }
        const day = addDays(closure.from, k)
        const withClosure = { ...s, exceptions: [closure] }
        expect(hoursOn(withClosure, day).ranges).toEqual([])
        expect(isOpenOn(withClosure, day)).toBe(false)
      }),
    )
  })

  it('opens next at the start of a range, after the instant, with no other start in between', () => {
    fc.assert(
      fc.property(scheduleArb, instant, (s, i) => {
        const next = nextOpening(s, i, 60)
        if (next === null) {
          for (let k = 1; k <= 60; k++) expect(hoursOn(s, addDays(parisClock(i).date, k)).ranges).toEqual([])
          return
        }
        expect(next.getTime()).toBeGreaterThan(i.getTime())
        expect(isOpenAt(s, next)).toBe(true)
        const { date, minutes } = parisClock(next)
        expect(hoursOn(s, date).ranges.some(([a]) => minutesOf(a) === minutes)).toBe(true)
        // No range starts between the instant and the next opening.
        const from = parisClock(i)
        for (let d = from.date; d <= date; d = addDays(d, 1)) {
          for (const [a] of hoursOn(s, d).ranges) {
            const start = parisInstant(d, minutesOf(a)).getTime()
            expect(start <= i.getTime() || start >= next.getTime()).toBe(true)
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('is open on a day exactly when one of its instants is open', () => {
    fc.assert(
      fc.property(scheduleArb, civilDay, fc.integer({ min: 0, max: 1439 }), (s, day, after) => {
        const starts = hoursOn(s, day).ranges.map(([a, b]) => Math.max(minutesOf(a), after) < minutesOf(b))
        expect(isOpenOn(s, day, after)).toBe(starts.some(Boolean))
        const anyOpen = hoursOn(s, day).ranges.some(([a]) => isOpenAt(s, parisInstant(day, minutesOf(a))))
        expect(isOpenOn(s, day)).toBe(anyOpen)
      }),
    )
  })

  it('never opens a service with its own hours outside them', () => {
    fc.assert(
      fc.property(scheduleArb, civilDay, (s, day) => {
        const own = { ...s, ownHours: true }
        const withoutExceptions = hoursOn({ ...own, exceptions: [] }, day).ranges
        for (const [a, b] of hoursOn(own, day).ranges) {
          expect(
            withoutExceptions.some(([c, d]) => minutesOf(c) <= minutesOf(a) && minutesOf(b) <= minutesOf(d)),
          ).toBe(true)
        }
      }),
    )
  })

  it('intersects ranges into sorted ranges inside both', () => {
    fc.assert(
      fc.property(daySpans, daySpans, fc.integer({ min: 0, max: 1439 }), (x, y, m) => {
        const inside = (rs: TimeRange[]) => rs.some(([a, b]) => minutesOf(a) <= m && m < minutesOf(b))
        expect(inside(intersectRanges(x, y))).toBe(inside(x) && inside(y))
      }),
    )
  })

  it('reads a Paris wall-clock time back from its instant', () => {
    fc.assert(
      fc.property(civilDay, fc.integer({ min: 0, max: 1439 }), (day, minutes) => {
        const back = parisClock(parisInstant(day, minutes))
        // 02:00–02:59 does not exist on the last Sunday of March.
        if (back.minutes !== minutes) expect(minutes >= 120 && minutes < 180).toBe(true)
        else expect(back.date).toBe(day)
      }),
    )
  })

  it('describes in a sentence that agrees with the hours', () => {
    fc.assert(
      fc.property(scheduleArb, instant, (s, i) => {
        const text = describeHours(s, i)
        if (!hasHours(s)) expect(text).toBe('Horaires non communiqués')
        else if (isOpenAt(s, i)) expect(text).toMatch(/^Ouvert maintenant, jusqu’à \d+ h/)
        else expect(text).toMatch(/^(Ouvert aujourd’hui de|Fermé)/)
      }),
    )
  })
})
