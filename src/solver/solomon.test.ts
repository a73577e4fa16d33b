import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkSolomon } from './check-solomon'
import { parseSolomon, SolomonFormatError } from './solomon'
import { solveSolomon } from './solve-solomon'

/** The two Solomon instances the tests solve travel with the code; the full set lives with the benchmark data. */
const dir = process.env.SOLOMON_DIR ?? resolve(import.meta.dirname, 'fixtures/solomon')
const load = (name: string) => parseSolomon(readFileSync(resolve(dir, `${name}.txt`), 'utf8'), name)

/** A small Solomon-format instance written by hand: depot and 4 customers. */
const tiny = `TINY

VEHICLE
NUMBER     CAPACITY
  3         10

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      0          0          0          0       100          0
    1      3          4          5          0        15          2
    2      6          8          5         10        30          2
    3      -3         4          4          0        50          2
    4      0          10         6          0        60          2
`

describe('Solomon instances', () => {
  it('reads the files and the checker recomputes distances in double precision', () => {
    const inst = parseSolomon(tiny)
    expect(inst.name).toBe('TINY')
    expect(inst.x).toHaveLength(5)
    const c = checkSolomon(inst, [
      [1, 2],
      [3, 4],
    ])
    expect(c.errors).toEqual([])
    expect(c.vehicles).toBe(2)
    expect(c.distance).toBeCloseTo(5 + 5 + 10 + 5 + Math.hypot(3, 6) + 10, 12)
  })

  it('the checker reports lateness, overload, missing and repeated customers', () => {
    const inst = parseSolomon(tiny)
    expect(
      checkSolomon(inst, [
        [2, 1],
        [3, 4],
      ]).errors.join(),
    ).toMatch(/customer 1 served at .* after its due date/)
    expect(checkSolomon(inst, [[1, 2, 3], [4]]).errors.join()).toMatch(/load 14 above capacity 10/)
    expect(checkSolomon(inst, [[1, 2], [3]]).errors.join()).toMatch(/customer 4 is not served/)
    expect(checkSolomon(inst, [[1, 2], [3, 4], [3]]).errors.join()).toMatch(/customer 3 is served 2 times/)
  })

  it('rejects a malformed file with a clear message', () => {
    expect(() => parseSolomon('nothing here', 'bad.txt')).toThrow(SolomonFormatError)
    expect(() =>
      parseSolomon(tiny.replace('0          10         6', '0          10         x'), 'bad.txt'),
    ).toThrow(/bad.txt: ligne/)
  })

  it('solves C101 to a feasible solution with the best-known 10 vehicles', async () => {
    const inst = load('C101')
    const res = await solveSolomon(inst, {
      budget: { iterations: 1500 },
      seed: 3,
      threads: 1,
      hierarchical: true,
    })
    const check = checkSolomon(inst, res.routes)
    expect(check.errors).toEqual([])
    expect(res.vehicles).toBe(10)
    expect(res.distance).toBe(check.distance)
    expect(res.distance).toBeLessThan(828.94 * 1.02)
  })

  it('is reproducible for a seed and an iteration budget, also with two worker threads', async () => {
    const inst = load('R101')
    const run = (seed: number, threads: number) =>
      solveSolomon(inst, { budget: { iterations: 400 }, seed, threads, hierarchical: true })
    const [a, b] = [await run(7, 1), await run(7, 1)]
    expect(b.routes).toEqual(a.routes)
    const [c, d] = [await run(7, 2), await run(7, 2)]
    expect(d.routes).toEqual(c.routes)
    expect(checkSolomon(inst, c.routes).errors).toEqual([])
    const e = await run(8, 1)
    expect(e.routes).not.toEqual(a.routes)
  })

  it('reaches fewer vehicles in hierarchical mode than in distance-only mode on R101', async () => {
    const inst = load('R101')
    const h = await solveSolomon(inst, {
      budget: { iterations: 1500 },
      seed: 1,
      threads: 1,
      hierarchical: true,
    })
    const d = await solveSolomon(inst, {
      budget: { iterations: 1500 },
      seed: 1,
      threads: 1,
      hierarchical: false,
    })
    expect(checkSolomon(inst, h.routes).errors).toEqual([])
    expect(checkSolomon(inst, d.routes).errors).toEqual([])
    expect(h.vehicles).toBeLessThanOrEqual(d.vehicles)
    expect(h.vehicles).toBeLessThanOrEqual(20)
  })
})
