import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSmallCount, publishMedian, publishTable, suppressColumn } from './observatory-secrecy'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
const column = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 0, maxLength: 12 })
const threshold = fc.integer({ min: 2, max: 11 })

describe('statistical secrecy of the observatory', () => {
  it('hides a cell of 3 people at the usual threshold, and its total when it is as small', () => {
    expect(suppressColumn([3], 3, 5)).toEqual({ rows: [true], total: true })
    expect(suppressColumn([0, 12], 12, 5)).toEqual({ rows: [false, false], total: false })
  })

  it('hides a second cell when the total would give the hidden one away', () => {
    // 3 hidden, 20 + 9 shown, 32 in all: 32 − 29 = 3. The 9 is hidden too.
    expect(suppressColumn([3, 20, 9], 32, 5)).toEqual({ rows: [true, false, true], total: false })
    // Two small cells together below the threshold: a third is hidden.
    expect(suppressColumn([1, 2, 30, 8], 41, 5)).toEqual({ rows: [true, true, false, true], total: false })
    // Nothing else to hide: the total goes.
    expect(suppressColumn([3, 0], 3, 5).total).toBe(true)
    expect(suppressColumn([2, 0, 0], 2, 5).total).toBe(true)
  })

  it('never shows a count of persons between 1 and the threshold minus one', () => {
    fc.assert(
      fc.property(column, threshold, (values, t) => {
        const hidden = suppressColumn(values, sum(values), t)
        values.forEach((v, i) => {
          if (isSmallCount(v, t)) expect(hidden.rows[i]).toBe(true)
        })
        if (isSmallCount(sum(values), t)) expect(hidden.total).toBe(true)
      }),
    )
  })

  it('leaves no hidden cell that the total and the shown cells would give back', () => {
    fc.assert(
      fc.property(column, threshold, (values, t) => {
        const hidden = suppressColumn(values, sum(values), t)
        const hiddenValues = values.filter((_, i) => hidden.rows[i])
        if (hidden.total || hiddenValues.length === 0) return
        // With the total shown, the hidden cells are at least two and, together, not a small count.
        expect(hiddenValues.length).toBeGreaterThanOrEqual(2)
        expect(sum(hiddenValues)).toBeGreaterThanOrEqual(t)
      }),
    )
  })

  it('hides nothing when no count is small, and never changes a shown value', () => {
    fc.assert(
      fc.property(column, threshold, (values, t) => {
        const table = publishTable(
          values.map((v) => ({ n: v })),
          { n: sum(values) },
          ['n'],
          t,
        )
        const anySmall = values.some((v) => isSmallCount(v, t)) || isSmallCount(sum(values), t)
        table.rows.forEach((cell, i) => {
          if (!cell.n.secret) expect(cell.n.value).toBe(values[i])
          else expect(cell.n.value).toBeNull()
          if (!anySmall) expect(cell.n.secret).toBe(false)
        })
        if (!table.total.n.secret) expect(table.total.n.value).toBe(sum(values))
      }),
    )
  })

  it('shows a median only over enough persons', () => {
    expect(publishMedian(2.44, 4, 5)).toBeNull()
    expect(publishMedian(2.44, 5, 5)).toBe(2.4)
    expect(publishMedian(null, 50, 5)).toBeNull()
  })
})
