import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  daySpans,
  directoryThemes,
  hoursException,
  minutesOf,
  subThemeLabels,
  subThemes,
  subThemesByTheme,
  themeOfSubTheme,
  timeRange,
  weekDayOfJsDay,
  weeklyHours,
} from './directory.constants'

const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/** Strictly increasing minute marks, paired into spans that neither overlap nor touch. */
const disjointSpans = fc
  .uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 0, maxLength: 12 })
  .map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b)
    const spans: [string, string][] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([clock(sorted[i]!), clock(sorted[i + 1]!)])
    return spans
  })
  .filter((spans) => spans.length <= 6)

const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('opening hours (property)', () => {
  it('accepts every clock time written HH:MM and refuses hours past 23 or minutes past 59', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (a, b) => {
        const ok = timeRange.safeParse([clock(a), clock(b)]).success
        expect(ok).toBe(a < b)
      }),
    )
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        expect(timeRange.safeParse([`${h}:${String(m).padStart(2, '0')}`, '23:59']).success).toBe(false)
      }),
    )
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 60, max: 99 }), (h, m) => {
        expect(timeRange.safeParse([`${String(h).padStart(2, '0')}:${m}`, '23:59']).success).toBe(false)
      }),
    )
    for (const bad of ['9:00', '09h00', '0900', '09:5', ' 09:00', ''])
      expect(timeRange.safeParse([bad, '23:00']).success).toBe(false)
  })

  it('accepts disjoint spans in any order and gives them back in the order of the day', () => {
    fc.assert(
      fc.property(
        disjointSpans.chain((spans) =>
          fc.tuple(fc.constant(spans), fc.shuffledSubarray(spans, { minLength: spans.length })),
        ),
        ([sorted, shuffled]) => {
          const parsed = daySpans.safeParse(shuffled)
          expect(parsed.success).toBe(true)
          expect(parsed.data).toEqual(sorted)
        },
      ),
    )
  })

  it('refuses two spans of a day that overlap or touch', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 1437 })
          .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 1438 }))),
        fc.nat(),
        fc.nat(),
        ([start, end], x, y) => {
          // A second span that starts inside the first (or exactly at its end) and ends after its own start.
          const secondStart = start + (x % (end - start + 1))
          const secondEnd = secondStart + 1 + (y % (1439 - secondStart))
          const result = daySpans.safeParse([
            [clock(start), clock(end)],
            [clock(secondStart), clock(secondEnd)],
          ])
          expect(result.success).toBe(false)
        },
      ),
    )
  })

  it('reads a week of such days, a missing day being closed, and refuses an unknown day', () => {
    fc.assert(
      fc.property(
        fc.record({ lundi: disjointSpans, samedi: disjointSpans }, { requiredKeys: [] }),
        (week) => {
          const parsed = weeklyHours.safeParse(week)
          expect(parsed.success).toBe(true)
          expect(Object.keys(parsed.data!).sort()).toEqual(Object.keys(week).sort())
        },
      ),
    )
    expect(weeklyHours.safeParse({ lunedi: [['09:00', '12:00']] }).success).toBe(false)
  })

  it('accepts a closure exactly when it starts on or before its end', () => {
    fc.assert(
      fc.property(date, date, (from, to) => {
        const parsed = hoursException.safeParse({ from, to, closed: true })
        expect(parsed.success).toBe(from <= to)
        if (!parsed.success) expect(parsed.error.issues[0]!.path).toEqual(['to'])
      }),
    )
  })

  it('asks for hours when an exception does not close the place', () => {
    expect(hoursException.safeParse({ from: '2026-12-24', to: '2026-12-24', closed: false }).success).toBe(
      false,
    )
    const partial = hoursException.safeParse({
      from: '2026-12-24',
      to: '2026-12-24',
      closed: false,
      hours: [['09:00', '12:00']],
    })
    expect(partial.success).toBe(true)
    expect(hoursException.safeParse({ from: '2026-02-30', to: '2026-03-01', closed: true }).success).toBe(
      false,
    )
  })

  it('counts minutes and maps JavaScript weekdays to French ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(minutesOf(clock(m))).toBe(m)
      }),
    )
    expect(weekDayOfJsDay(0)).toBe('dimanche')
    expect(weekDayOfJsDay(1)).toBe('lundi')
    expect(weekDayOfJsDay(6)).toBe('samedi')
  })
})

describe('themes of the directory', () => {
  it('gives every sub-theme one theme, a label, and a unique code', () => {
    expect(new Set(subThemes).size).toBe(subThemes.length)
    for (const theme of directoryThemes)
      for (const sub of subThemesByTheme[theme]) {
        expect(themeOfSubTheme[sub]).toBe(theme)
        expect(subThemeLabels[sub]).toMatch(/\S/)
      }
  })
})
