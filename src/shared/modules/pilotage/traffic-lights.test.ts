import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths } from '../../dates'
import { trafficLights, type TrafficLight } from './pilotage.constants'
import {
  actionLight,
  assessIndicator,
  expectedValue,
  indicatorLight,
  isMeasurementLate,
  lastRequiredPeriod,
  milestoneLight,
  worstLight,
  type IndicatorLightInput,
} from './traffic-lights'

const rising = {
  direction: 'hausse' as const,
  baseline: '100',
  baselineDate: '2024-01-01',
  targets: [
    { dueDate: '2025-01-01', value: '200' },
    { dueDate: '2026-01-01', value: '400' },
  ],
}

describe('expectedValue', () => {
  it('interpolates between the baseline and the targets, flat before and after', () => {
    expect(expectedValue(rising, '2023-06-01')).toBe(100)
    expect(expectedValue(rising, '2024-01-01')).toBe(100)
    // 2024 has 366 days: 1 July is day 182.
    expect(expectedValue(rising, '2024-07-01')).toBeCloseTo(100 + (100 * 182) / 366, 6)
    expect(expectedValue(rising, '2025-01-01')).toBe(200)
    expect(expectedValue(rising, '2025-07-02')).toBeCloseTo(300, 0)
    expect(expectedValue(rising, '2026-01-01')).toBe(400)
    expect(expectedValue(rising, '2030-01-01')).toBe(400)
  })

  it('applies the first target flatly before it when there is no dated baseline', () => {
    const noBaseline = { ...rising, baseline: null, baselineDate: null }
    expect(expectedValue(noBaseline, '2024-06-01')).toBe(200)
    const undatedBaseline = { ...rising, baselineDate: null }
    expect(expectedValue(undatedBaseline, '2024-06-01')).toBe(200)
  })

  it('expects nothing without targets, and reads targets in any order', () => {
    expect(expectedValue({ ...rising, targets: [] }, '2025-01-01')).toBeNull()
    const reversed = { ...rising, targets: [...rising.targets].reverse() }
    expect(expectedValue(reversed, '2025-07-02')).toBe(expectedValue(rising, '2025-07-02'))
  })

  it('stays between the neighbouring points (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: -100, max: 900 }),
        (from, to, span, offset) => {
          const start = '2024-01-01'
          const indicator = {
            direction: 'hausse' as const,
            baseline: from,
            baselineDate: start,
            targets: [{ dueDate: addDays(start, span), value: to }],
          }
          const v = expectedValue(indicator, addDays(start, offset))!
          expect(v).toBeGreaterThanOrEqual(Math.min(from, to) - 1e-9)
          expect(v).toBeLessThanOrEqual(Math.max(from, to) + 1e-9)
        },
      ),
    )
  })
})

describe('lateness', () => {
  it('requires last month for a monthly indicator, the last complete quarter for a quarterly one', () => {
    expect(lastRequiredPeriod('mensuelle', '2026-11-23')).toBe('2026-10-01')
    expect(lastRequiredPeriod('trimestrielle', '2026-11-23')).toBe('2026-07-01')
    expect(lastRequiredPeriod('trimestrielle', '2027-01-05')).toBe('2026-10-01')
    expect(lastRequiredPeriod('trimestrielle', '2026-02-10')).toBe('2025-10-01')
    expect(lastRequiredPeriod('semestrielle', '2026-11-23')).toBe('2026-01-01')
    expect(lastRequiredPeriod('semestrielle', '2026-07-01')).toBe('2026-01-01')
    expect(lastRequiredPeriod('semestrielle', '2026-06-30')).toBe('2025-07-01')
    expect(lastRequiredPeriod('annuelle', '2026-11-23')).toBe('2025-01-01')
    expect(lastRequiredPeriod('annuelle', '2027-01-02')).toBe('2026-01-01')
  })

  it('is late without a measurement of that period', () => {
    expect(isMeasurementLate('mensuelle', '2026-10-01', '2026-11-23')).toBe(false)
    expect(isMeasurementLate('mensuelle', '2026-09-01', '2026-11-23')).toBe(true)
    expect(isMeasurementLate('trimestrielle', '2026-09-01', '2026-11-23')).toBe(false)
    expect(isMeasurementLate('trimestrielle', '2026-06-01', '2026-11-23')).toBe(true)
    expect(isMeasurementLate('mensuelle', null, '2026-11-23')).toBe(true)
  })

  it('always asks for a period that ended before today (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mensuelle', 'trimestrielle', 'semestrielle', 'annuelle' as const),
        fc.integer({ min: 0, max: 3650 }),
        (frequency, offset) => {
          const today = addDays('2020-01-01', offset)
          const start = lastRequiredPeriod(frequency, today)
          expect(start.endsWith('-01')).toBe(true)
          const months = { mensuelle: 1, trimestrielle: 3, semestrielle: 6, annuelle: 12 }[frequency]
          expect((Number(start.slice(5, 7)) - 1) % months).toBe(0)
          expect(addMonths(start, months) <= today).toBe(true)
          // …and the next period has not ended yet.
          expect(addMonths(start, 2 * months) > addMonths(today.slice(0, 8) + '01', -1)).toBe(true)
        },
      ),
    )
  })
})

const monthly = (value: string, period = '2026-10-01'): IndicatorLightInput => ({
  direction: 'hausse',
  baseline: '0',
  baselineDate: '2026-01-01',
  targets: [{ dueDate: '2026-12-01', value: '100' }],
  frequency: 'mensuelle',
  latest: { period, value },
})

describe('indicatorLight', () => {
  const today = '2026-11-15'
  // Expected on 1 October 2026: 273 / 334 of the way to 100.
  const expectedOct = (100 * 273) / 334

  it('is gris without a target or without a measurement', () => {
    expect(indicatorLight({ ...monthly('50'), targets: [] }, today)).toBe('gris')
    expect(indicatorLight({ ...monthly('50'), latest: null }, today)).toBe('gris')
  })

  it('compares the latest value to the expected value at its month', () => {
    expect(assessIndicator(monthly('50'), today).expected).toBeCloseTo(expectedOct, 6)
    expect(indicatorLight(monthly(String(expectedOct)), today)).toBe('vert')
    expect(indicatorLight(monthly(String(expectedOct * 0.95)), today)).toBe('orange')
    expect(indicatorLight(monthly(String(expectedOct * 0.9)), today)).toBe('orange')
    expect(indicatorLight(monthly(String(expectedOct * 0.89)), today)).toBe('rouge')
  })

  it('reverses the ratio for an indicator that should go down; zero counts as reached', () => {
    const falling = (value: string): IndicatorLightInput => ({
      ...monthly(value),
      direction: 'baisse',
      baseline: '50',
      targets: [{ dueDate: '2026-01-01', value: '20' }],
      baselineDate: '2025-01-01',
    })
    expect(indicatorLight(falling('20'), today)).toBe('vert')
    expect(indicatorLight(falling('21'), today)).toBe('orange') // 20 / 21 = 0.95
    expect(indicatorLight(falling('23'), today)).toBe('rouge') // 20 / 23 = 0.87
    expect(indicatorLight(falling('0'), today)).toBe('vert')
    expect(indicatorLight({ ...falling('0'), targets: [{ dueDate: '2026-01-01', value: '0' }] }, today)).toBe(
      'vert',
    )
  })

  it('turns vert into orange when the last month is missing, and leaves rouge rouge', () => {
    expect(indicatorLight(monthly('100', '2026-09-01'), today)).toBe('orange')
    expect(indicatorLight(monthly('1', '2026-09-01'), today)).toBe('rouge')
    expect(assessIndicator(monthly('100', '2026-09-01'), today).late).toBe(true)
  })

  it('never shows orange or rouge for a measurement at or beyond the expected value unless late (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('hausse', 'baisse' as const),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        (direction, baseline, target, margin, monthOffset, late) => {
          const today = addDays('2026-03-01', monthOffset * 30)
          const period = addMonths(today.slice(0, 8) + '01', late ? -2 : -1)
          const base: IndicatorLightInput = {
            direction,
            baseline,
            baselineDate: '2024-01-01',
            targets: [{ dueDate: '2027-01-01', value: target }],
            frequency: 'mensuelle',
            latest: null,
          }
          const expected = expectedValue(base, period)!
          const value = direction === 'hausse' ? expected + margin : Math.max(0, expected - margin)
          const light = indicatorLight({ ...base, latest: { period, value } }, today)
          expect(light).toBe(late ? 'orange' : 'vert')
        },
      ),
    )
  })
})

describe('milestoneLight', () => {
  const today = '2026-11-15'
  it('is vert when done, rouge past due, orange within 30 days, vert later', () => {
    expect(milestoneLight({ dueDate: '2026-01-01', doneOn: '2026-01-03' }, today)).toBe('vert')
    expect(milestoneLight({ dueDate: '2026-11-14', doneOn: null }, today)).toBe('rouge')
    expect(milestoneLight({ dueDate: '2026-11-15', doneOn: null }, today)).toBe('orange')
    expect(milestoneLight({ dueDate: '2026-12-15', doneOn: null }, today)).toBe('orange')
    expect(milestoneLight({ dueDate: '2026-12-16', doneOn: null }, today)).toBe('vert')
  })
  it('does not count as done a milestone done after the day looked at', () => {
    expect(milestoneLight({ dueDate: '2026-11-01', doneOn: '2026-11-20' }, today)).toBe('rouge')
  })
})

describe('actionLight and worstLight', () => {
  const today = '2026-11-15'
  it('follows the status first', () => {
    expect(actionLight({ status: 'realise', startDate: null }, ['rouge'], today)).toBe('vert')
    expect(actionLight({ status: 'abandonne', startDate: null }, ['rouge'], today)).toBe('gris')
    expect(actionLight({ status: 'en_retard', startDate: null }, ['vert'], today)).toBe('rouge')
    expect(actionLight({ status: 'a_lancer', startDate: '2026-11-01' }, ['vert'], today)).toBe('orange')
    expect(actionLight({ status: 'a_lancer', startDate: '2026-12-01' }, ['vert'], today)).toBe('vert')
  })
  it('otherwise takes the worst of its indicators and milestones, vert if none', () => {
    expect(actionLight({ status: 'en_cours', startDate: null }, ['vert', 'orange', 'gris'], today)).toBe(
      'orange',
    )
    expect(actionLight({ status: 'en_cours', startDate: null }, ['gris'], today)).toBe('vert')
    expect(actionLight({ status: 'en_cours', startDate: null }, [], today)).toBe('vert')
    expect(actionLight({ status: 'a_lancer', startDate: null }, ['rouge'], today)).toBe('rouge')
  })
  it('worst is rouge over orange over vert, gris only when all are gris', () => {
    expect(worstLight(['vert', 'rouge', 'orange'])).toBe('rouge')
    expect(worstLight(['gris', 'gris'])).toBe('gris')
    expect(worstLight([])).toBe('gris')
    expect(worstLight(['gris', 'vert'])).toBe('vert')
  })
  it('worst does not depend on the order, and gris never changes it (property)', () => {
    const light = fc.constantFrom<TrafficLight>(...trafficLights)
    fc.assert(
      fc.property(fc.array(light), fc.integer(), (lights, seed) => {
        const shuffled = [...lights].sort(() => ((seed = (seed * 1103515245 + 12345) | 0) & 1 ? 1 : -1))
        expect(worstLight(shuffled)).toBe(worstLight(lights))
        expect(worstLight([...lights, 'gris'])).toBe(worstLight(lights))
        expect(worstLight([...lights, 'rouge'])).toBe('rouge')
      }),
    )
  })
})
