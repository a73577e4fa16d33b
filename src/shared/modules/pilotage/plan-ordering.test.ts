import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moveAcross, moveWithin, positionsOf } from './plan-ordering'

const idList = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 })
const dense = (list: { position: number }[]) => list.every((x, i) => x.position === i + 1)

describe('ordering of axes and actions', () => {
  it('moving within a list keeps every item once, positions 1..n, the moved one where asked', () => {
    fc.assert(
      fc.property(idList, fc.nat(), fc.integer({ min: -5, max: 40 }), (ids, pick, position) => {
        const id = ids[pick % ids.length]!
        const moved = moveWithin(ids, id, position)
        expect([...moved].sort()).toEqual([...ids].sort())
        expect(dense(positionsOf(moved))).toBe(true)
        const expected = Math.min(Math.max(position, 1), ids.length)
        expect(moved.indexOf(id) + 1).toBe(expected)
        // The others keep their relative order.
        expect(moved.filter((x) => x !== id)).toEqual(ids.filter((x) => x !== id))
      }),
    )
  })

  it('moving across lists loses nothing, duplicates nothing, and both lists stay 1..n', () => {
    fc.assert(
      fc.property(
        idList,
        fc.uniqueArray(fc.uuid(), { maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: -5, max: 40 }),
        (from, toRaw, pick, position) => {
          const to = toRaw.filter((x) => !from.includes(x))
          const id = from[pick % from.length]!
          const moved = moveAcross(from, to, id, position)
          expect([...moved.from, ...moved.to].sort()).toEqual([...from, ...to].sort())
          expect(moved.from).not.toContain(id)
          expect(moved.to.filter((x) => x === id)).toHaveLength(1)
          expect(dense(positionsOf(moved.from)) && dense(positionsOf(moved.to))).toBe(true)
          expect(moved.to.indexOf(id) + 1).toBe(Math.min(Math.max(position, 1), to.length + 1))
        },
      ),
    )
  })

  it('an unknown id changes nothing', () => {
    expect(moveWithin(['a', 'b'], 'z', 1)).toEqual(['a', 'b'])
    expect(moveAcross(['a'], ['b'], 'z', 1)).toEqual({ from: ['a'], to: ['b'] })
  })
})
