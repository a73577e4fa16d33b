import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonths } from '../../dates'
import { allowedRange, decimalInput, measurementIssues, rangeIssues } from './indicator-rules'
import { indicatorUnits } from './pilotage.constants'

const plan = { periodStart: '2022-01-01', periodEnd: '2026-12-31' }
const today = '2025-06-16'

const unit = fc.constantFrom(...indicatorUnits)
const bound = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null })
/** An indicator whose range is coherent (min ≤ max). */
const indicator = fc.record({ unit, a: bound, b: bound }).map(({ unit, a, b }) => {
  const [minValue, maxValue] = a !== null && b !== null && a > b ? [b, a] : [a, b]
  return { unit, minValue, maxValue }
})
/** A month of the plan up to today's. */
const pastMonth = fc.integer({ min: 0, max: 41 }).map((n) => addMonths('2022-01-01', n).slice(0, 7))
const value = fc.double({ min: -2000, max: 2000, noNaN: true })

const fields = (issues: { field: string }[]) => issues.map((i) => i.field)

describe('measurement rules', () => {
  it('accepts exactly the values inside the allowed range, in the indicator’s unit, of a month already begun', () => {
    fc.assert(
      fc.property(indicator, pastMonth, value, (ind, period, v) => {
        const range = allowedRange(ind.unit, ind.minValue, ind.maxValue)
        const inside = (range.min === null || v >= range.min) && (range.max === null || v <= range.max)
        const issues = measurementIssues(ind, plan, { period, value: v, unit: ind.unit }, today)
        expect(fields(issues)).toEqual(inside ? [] : ['value'])
      }),
    )
  })

  it('never lets a percentage leave 0..100, whatever range the indicator declares', () => {
    fc.assert(
      fc.property(bound, bound, value, (min, max, v) => {
        const issues = measurementIssues(
          { unit: 'pourcentage', minValue: min, maxValue: max },
          plan,
          { period: '2025-01', value: v, unit: 'pourcentage' },
          today,
        )
        if (v < 0 || v > 100) expect(fields(issues)).toContain('value')
      }),
    )
  })

  it('refuses any other unit, naming the unit field and the right unit', () => {
    fc.assert(
      fc.property(indicator, unit, pastMonth, (ind, other, period) => {
        fc.pre(other !== ind.unit)
        const issues = measurementIssues(ind, plan, { period, value: 0, unit: other }, today)
        expect(fields(issues)).toContain('unit')
        expect(issues.find((i) => i.field === 'unit')!.message).toMatch(/^cet indicateur se mesure en /)
      }),
    )
  })

  it('refuses every month after the current one and every month outside the plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -120, max: 120 }), (shift) => {
        const period = addMonths('2025-06-01', shift).slice(0, 7)
        const issues = measurementIssues(
          { unit: 'nombre', minValue: null, maxValue: null },
          plan,
          { period, value: 1, unit: 'nombre' },
          today,
        )
        const good = shift <= 0 && period >= '2022-01'
        expect(fields(issues)).toEqual(good ? [] : ['period'])
      }),
    )
  })

  it('refuses a range whose minimum passes its maximum, and a percentage range beyond 0..100', () => {
    fc.assert(
      fc.property(indicator, bound, bound, (ind, min, max) => {
        const issues = fields(rangeIssues(ind.unit, min, max))
        if (min !== null && max !== null && min > max) expect(issues).toContain('maxValue')
        if (ind.unit === 'pourcentage' && max !== null && (max < 0 || max > 100))
          expect(issues).toContain('maxValue')
        if (ind.unit !== 'pourcentage' && (min === null || max === null || min <= max))
          expect(issues).toEqual([])
      }),
    )
  })

  it('reads decimals written the French way or as numbers, and refuses words', () => {
    expect(decimalInput.parse('12,5')).toBe(12.5)
    expect(decimalInput.parse('-3.25')).toBe(-3.25)
    expect(decimalInput.parse(7)).toBe(7)
    expect(decimalInput.safeParse('douze').success).toBe(false)
    expect(decimalInput.safeParse('1,23456').success).toBe(false)
    expect(decimalInput.safeParse(1e12).success).toBe(false)
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }), (whole, frac) => {
        const text = `${whole},${String(frac).padStart(4, '0')}`
        const sign = whole < 0 || Object.is(whole, -0) ? -1 : 1
        expect(decimalInput.parse(text)).toBeCloseTo(whole + (sign * frac) / 10_000, 4)
      }),
    )
  })
})
