import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  departementOf,
  instantToParisLocal,
  isParisLocal,
  monthlySeriesDates,
  nthWeekdayOfMonth,
  parisLocalToInstant,
} from './events-dates'

const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1

describe('event times in Paris', () => {
  it('reads winter and summer times with their offsets', () => {
    expect(parisLocalToInstant('2027-01-05T12:30').toISOString()).toBe('2027-01-05T11:30:00.000Z')
    expect(parisLocalToInstant('2027-07-06T12:30').toISOString()).toBe('2027-07-06T10:30:00.000Z')
    // The skipped hour of spring reads as the next valid time, the repeated hour of autumn as the first.
    expect(instantToParisLocal(parisLocalToInstant('2027-03-28T02:30'))).toBe('2027-03-28T03:30')
    expect(parisLocalToInstant('2027-10-31T02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z')
  })

  it('turns any instant into a wall-clock time that reads back to the same instant (minutes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        (minute) => {
          const instant = new Date(minute * 60_000)
          const local = instantToParisLocal(instant)
          expect(isParisLocal(local)).toBe(true)
          const back = parisLocalToInstant(local)
          // Only the repeated hour of autumn is ambiguous: then the first one is chosen.
          expect([0, 3_600_000]).toContain(instant.getTime() - back.getTime())
          expect(instantToParisLocal(back)).toBe(local)
        },
      ),
    )
  })

  it('refuses impossible dates and times', () => {
    for (const bad of ['2027-02-30T10:00', '2027-13-01T10:00', '2027-01-01T24:00', '2027-01-01 10:00', ''])
      expect(isParisLocal(bad)).toBe(false)
  })
})

describe('monthly series', () => {
  it('gives the nth weekday of each month, in the month, on that weekday', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        (year, month, months, weekday, nth) => {
          const first = `${year}-${String(month).padStart(2, '0')}`
          const dates = monthlySeriesDates(first, months, weekday, nth)
          expect(dates).toHaveLength(months)
          dates.forEach((date, i) => {
            expect(isoWeekday(date)).toBe(weekday)
            const index = month - 1 + i
            const expectedMonth = `${year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
            expect(date.slice(0, 7)).toBe(expectedMonth)
            const day = Number(date.slice(8))
            const [y, m] = expectedMonth.split('-').map(Number) as [number, number]
            const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
            if (nth === -1) expect(day + 7).toBeGreaterThan(daysInMonth)
            else expect(Math.ceil(day / 7)).toBe(nth)
          })
        },
      ),
    )
  })

  it('knows the first Tuesdays of 2027 and the last Friday', () => {
    expect(monthlySeriesDates('2027-01', 3, 2, 1)).toEqual(['2027-01-05', '2027-02-02', '2027-03-02'])
    expect(nthWeekdayOfMonth(2027, 1, 5, -1)).toBe('2027-01-29')
  })
})

describe('département of a commune', () => {
  it('reads 2 characters, 3 overseas, Corsica as 2A/2B', () => {
    expect(departementOf('25056')).toBe('25')
    expect(departementOf('01053')).toBe('01')
    expect(departementOf('2A004')).toBe('2A')
    expect(departementOf('97411')).toBe('974')
    expect(departementOf(null)).toBeNull()
  })
})
