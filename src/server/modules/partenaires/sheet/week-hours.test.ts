import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, civil, weekday } from '../../../../shared/dates'
import { weekDayOfJsDay, type WeeklyHours } from '../../../../shared/modules/partenaires/directory.constants'
import { hasHours, scheduleOf, type Schedule } from '../../../../shared/modules/partenaires/opening-hours'
import { comingWeek } from './week-hours'

const week: WeeklyHours = {
  lundi: [
    ['09:00', '12:00'],
    ['14:00', '17:00'],
  ],
  samedi: [['09:00', '12:00']],
}
const schedule = (exceptions: Schedule['exceptions']): Schedule => ({
  weekly: week,
  exceptions,
  ownHours: false,
})
const day = fc
  .record({
    y: fc.integer({ min: 2024, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => civil(y, m, d))

describe('the coming week of the sheet', () => {
  it('lists seven following days, each with its weekday’s hours when no exception covers it (property)', () => {
    fc.assert(
      fc.property(day, (from) => {
        const days = comingWeek(schedule([]), from)
        expect(days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(from, i)))
        for (const d of days) expect(d.spans).toEqual(week[weekDayOfJsDay(weekday(d.date))] ?? [])
      }),
    )
  })

  it('closes the days a closure covers, and only those (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -3, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        (from, start, length) => {
          const closure = {
            from: addDays(from, start),
            to: addDays(from, start + length),
            closed: true,
            message: 'Congés',
          }
          for (const d of comingWeek(schedule([closure]), from)) {
            const covered = closure.from <= d.date && d.date <= closure.to
            expect(d.exceptional).toBe(covered)
            if (covered) {
              expect(d.spans).toEqual([])
              expect(d.message).toBe('Congés')
            }
          }
        },
      ),
    )
  })

  it('prints exceptional hours instead of the week’s', () => {
    const [monday] = comingWeek(
      schedule([{ from: '2026-11-23', to: '2026-11-23', closed: false, hours: [['10:00', '11:00']] }]),
      '2026-11-23',
    )
    expect(monday).toMatchObject({ spans: [['10:00', '11:00']], exceptional: true, message: null })
  })

  it('reads no hours from an empty or malformed value: the sheet then says to call first', () => {
    expect(hasHours(scheduleOf({ openingHours: {}, hoursExceptions: [] }, null))).toBe(false)
    expect(
      hasHours(scheduleOf({ openingHours: { lundi: [['25:00', '12:00']] }, hoursExceptions: [] }, null)),
    ).toBe(false)
    expect(hasHours(scheduleOf({ openingHours: week, hoursExceptions: [] }, null))).toBe(true)
  })
})
