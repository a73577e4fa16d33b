import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parisDate } from '../../../../shared/dates'
import {
  LISTENING_HORIZON_DAYS,
  LISTENING_MIN_NOTICE_MINUTES,
} from '../../../../shared/modules/metiers/retention.constants'
import { parisMinutes } from '../../../../shared/modules/metiers/retention-hours'
import { isBookableTime, isoWeekday, slotTimes, startsOfDay, type WeeklySlot } from './listening-times'

const slotArb: fc.Arbitrary<WeeklySlot> = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    start: fc.integer({ min: 0, max: 22 * 60 }),
    length: fc.integer({ min: 10, max: 180 }),
    slotMinutes: fc.integer({ min: 10, max: 120 }),
  })
  .filter((s) => s.start + s.length < 24 * 60)
  .map((s) => ({
    id: 'slot',
    weekday: s.weekday,
    startTime: `${String(Math.floor(s.start / 60)).padStart(2, '0')}:${String(s.start % 60).padStart(2, '0')}`,
    endTime: `${String(Math.floor((s.start + s.length) / 60)).padStart(2, '0')}:${String((s.start + s.length) % 60).padStart(2, '0')}`,
    slotMinutes: s.slotMinutes,
  }))
const now = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })

describe('listening line times', () => {
  it('offers only whole calls inside the slot, on its weekday in Paris, between the notice and the horizon', () => {
    fc.assert(
      fc.property(slotArb, now, (slot, at) => {
        const starts = new Set(startsOfDay(slot))
        for (const time of slotTimes(slot, at)) {
          expect(isoWeekday(parisDate(time))).toBe(slot.weekday)
          expect(starts.has(parisMinutes(time))).toBe(true)
          expect(time.getTime()).toBeGreaterThanOrEqual(at.getTime() + LISTENING_MIN_NOTICE_MINUTES * 60_000)
          expect(time.getTime()).toBeLessThan(at.getTime() + (LISTENING_HORIZON_DAYS + 2) * 86_400_000)
          expect(isBookableTime(slot, time, at)).toBe(true)
          expect(isBookableTime(slot, new Date(time.getTime() + 60_000), at)).toBe(false)
        }
      }),
      { numRuns: 100, examples: [[{ id: 'slot', weekday: 7, startTime: '00:50', endTime: '02:10', slotMinutes: 10 }, new Date('2027-03-06T23:00:00.000Z')]] },
    )
  })

  it('cuts a range into calls that fit', () => {
    expect(
      startsOfDay({ id: 's', weekday: 2, startTime: '12:30', endTime: '14:00', slotMinutes: 30 }),
    ).toEqual([750, 780, 810])
    expect(
      startsOfDay({ id: 's', weekday: 2, startTime: '09:00', endTime: '09:20', slotMinutes: 30 }),
    ).toEqual([])
  })

  it('offers no call at an hour that does not exist when clocks go forward', () => {
    // Sunday 28 March 2027: 02:00 becomes 03:00 in Paris, so 02:00 and 02:30 are not offered.
    const slot = { id: 's', weekday: 7, startTime: '01:30', endTime: '03:30', slotMinutes: 30 }
    const times = slotTimes(slot, new Date('2027-03-25T12:00:00Z'), 5)
    expect(times.map((t) => t.toISOString())).toEqual([
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:00:00.000Z',
    ])
  })

  it('keeps Paris wall-clock times across the change to summer time', () => {
    // Sunday 29 March 2026, clocks go forward: a Monday 10:00 slot stays at 10:00 in Paris (08:00 UTC).
    const times = slotTimes(
      { id: 's', weekday: 1, startTime: '10:00', endTime: '10:30', slotMinutes: 30 },
      new Date('2026-03-25T12:00:00Z'),
      14,
    )
    expect(times.map((t) => t.toISOString())).toEqual([
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ])
  })
})
