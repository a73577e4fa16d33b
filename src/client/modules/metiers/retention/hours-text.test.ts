import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayHoursText, parseDayHours } from './hours-text'

describe('hours typed in the back office', () => {
  it('reads the usual French ways of writing hours', () => {
    expect(parseDayHours('8h30-12h, 13:30 – 17:30')).toEqual([
      ['08:30', '12:00'],
      ['13:30', '17:30'],
    ])
    expect(parseDayHours('9h à 12h et 14h à 18h')).toEqual([
      ['09:00', '12:00'],
      ['14:00', '18:00'],
    ])
    expect(parseDayHours('')).toEqual([])
  })

  it('refuses what it cannot read', () => {
    expect(parseDayHours('matin')).toBeNull()
    expect(parseDayHours('25h-26h')).toBeNull()
    expect(parseDayHours('9h')).toBeNull()
  })

  it('reads back what it writes', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { maxLength: 4 }), (spans) => {
        expect(parseDayHours(dayHoursText(spans))).toEqual(spans)
      }),
    )
  })
})
