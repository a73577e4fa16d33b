import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../dates'
import {
  fitsCapacity,
  fullPeriods,
  peakOccupancy,
  periodDays,
  periodsOverlap,
  type Period,
} from './immersions-capacity'

const BASE = '2026-06-01'
/** A period within two months of the base day, at most two weeks long. */
const period = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 13 }))
  .map(([start, length]): Period => ({
    startDate: addDays(BASE, start),
    endDate: addDays(BASE, start + length),
  }))

/** Independent count: people present on each day, day by day. */
function perDay(periods: Period[]): Map<string, number> {
  const count = new Map<string, number>()
  for (const p of periods)
    for (let d = p.startDate; d <= p.endDate; d = addDays(d, 1)) count.set(d, (count.get(d) ?? 0) + 1)
  return count
}

describe('the capacity rule of an immersion', () => {
  it('accepts one more person exactly when no day of the period would exceed the capacity', () => {
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 8 }),
        period,
        fc.integer({ min: 1, max: 4 }),
        (accepted, wanted, capacity) => {
          const counts = perDay(accepted)
          let ok = true
          for (let d = wanted.startDate; d <= wanted.endDate; d = addDays(d, 1))
            if ((counts.get(d) ?? 0) + 1 > capacity) ok = false
          expect(fitsCapacity(accepted, wanted, capacity)).toBe(ok)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never lets a run of acceptances exceed the capacity on any day', () => {
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 15 }),
        fc.integer({ min: 1, max: 3 }),
        (requests, capacity) => {
          const accepted: Period[] = []
          for (const r of requests) if (fitsCapacity(accepted, r, capacity)) accepted.push(r)
          for (const n of perDay(accepted).values()) expect(n).toBeLessThanOrEqual(capacity)
          expect(peakOccupancy(accepted)).toBeLessThanOrEqual(capacity)
        },
      ),
    )
  })

  it('counts the peak of people present on one day', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 10 }), (periods) => {
        expect(peakOccupancy(periods)).toBe(Math.max(0, ...perDay(periods).values()))
      }),
    )
  })

  it('lists the full days as periods, and only them', () => {
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 10 }),
        fc.integer({ min: 1, max: 3 }),
        (accepted, capacity) => {
          const counts = perDay(accepted)
          const full = new Set<string>()
          for (const p of fullPeriods(accepted, capacity))
            for (let d = p.startDate; d <= p.endDate; d = addDays(d, 1)) full.add(d)
          const expected = [...counts].filter(([, n]) => n >= capacity).map(([d]) => d)
          expect([...full].sort()).toEqual(expected.sort())
        },
      ),
    )
  })

  it('says two periods overlap when they share a day, both ends included', () => {
    const a = { startDate: '2026-06-01', endDate: '2026-06-05' }
    expect(periodsOverlap(a, { startDate: '2026-06-05', endDate: '2026-06-09' })).toBe(true)
    expect(periodsOverlap(a, { startDate: '2026-06-06', endDate: '2026-06-09' })).toBe(false)
    expect(periodDays(a)).toBe(5)
    expect(periodDays({ startDate: '2026-03-28', endDate: '2026-03-30' })).toBe(3)
  })
})
