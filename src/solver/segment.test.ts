import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { concat, F } from './search'

/** A random route: nodes with a time window, a service time, a load; a travel time between consecutive nodes. */
const routeArb = fc
  .array(
    fc.record({
      e: fc.integer({ min: 0, max: 200 }),
      width: fc.integer({ min: 0, max: 120 }),
      service: fc.integer({ min: 0, max: 30 }),
      q: fc.integer({ min: 0, max: 10 }),
      travel: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((nodes) => nodes.map((n) => ({ ...n, l: n.e + n.width })))

type Node = { e: number; l: number; service: number; q: number; travel: number }

function nodeSeg(n: Node): Float64Array {
  // D, TW, E, L, Q, C, W, S
  return Float64Array.from([n.service, 0, n.e, n.l, n.q, 0, n.service, 0])
}

/** Folds the route left to right, or splits it at `cut` and concatenates the two halves. */
function summary(route: Node[], cut = route.length): Float64Array {
  const fold = (from: number, to: number): Float64Array => {
    const acc = nodeSeg(route[from]!)
    for (let i = from + 1; i < to; i++) {
      const t = route[i - 1]!.travel
      concat(acc, 0, nodeSeg(route[i]!), 0, t, t, acc, 0)
    }
    return acc
  }
  if (cut <= 0 || cut >= route.length) return fold(0, route.length)
  const a = fold(0, cut)
  const b = fold(cut, route.length)
  const out = new Float64Array(F)
  const t = route[cut - 1]!.travel
  concat(a, 0, b, 0, t, t, out, 0)
  return out
}

/** Brute force: start service at `start` at the first node, then go as early as possible, waiting when early. */
function simulate(route: Node[], start: number): { late: number; duration: number } {
  let t = start
  let late = 0
  for (let i = 0; i < route.length; i++) {
    const n = route[i]!
    if (i > 0) t = Math.max(t + route[i - 1]!.travel, n.e)
    if (t > n.l) late += t - n.l
    t += n.service
  }
  return { late, duration: t - start }
}

describe('route-segment concatenation', () => {
  it('gives the same summary whatever the split point', () => {
    fc.assert(
      fc.property(routeArb, fc.nat(), (route, c) => {
        const whole = summary(route)
        const split = summary(route, c % (route.length + 1))
        for (let f = 0; f < F; f++) expect(split[f]).toBeCloseTo(whole[f]!, 9)
      }),
      { numRuns: 300 },
    )
  })

  it('says a route is feasible exactly when some start time serves every node within its window', () => {
    fc.assert(
      fc.property(routeArb, (route) => {
        const s = summary(route)
        const feasibleBySegment = s[1]! <= 1e-9
        // brute force over every integer start time in the first window (data are integers)
        let feasible = false
        for (let t = route[0]!.e; t <= route[0]!.l && !feasible; t++) feasible = simulate(route, t).late === 0
        expect(feasibleBySegment).toBe(feasible)
      }),
      { numRuns: 500 },
    )
  })

  it('gives the minimal duration and the latest start of a feasible route', () => {
    fc.assert(
      fc.property(routeArb, (route) => {
        const s = summary(route)
        fc.pre(s[1]! <= 1e-9)
        let best = Infinity
        let latest = -Infinity
        for (let t = route[0]!.e; t <= route[0]!.l; t++) {
          const r = simulate(route, t)
          if (r.late === 0) {
            best = Math.min(best, r.duration)
            latest = t
          }
        }
        expect(s[0]).toBeCloseTo(best, 9)
        expect(s[3]).toBeCloseTo(latest, 9)
        // loads, travel cost and working time are plain sums
        expect(s[4]).toBe(route.reduce((a, n) => a + n.q, 0))
        const travel = route.slice(0, -1).reduce((a, n) => a + n.travel, 0)
        expect(s[5]).toBe(travel)
        expect(s[6]).toBe(travel + route.reduce((a, n) => a + n.service, 0))
      }),
      { numRuns: 500 },
    )
  })

  it('counts the lateness of a route that starts as early as possible (time warp)', () => {
    fc.assert(
      fc.property(routeArb, (route) => {
        const s = summary(route)
        // warping back to the window end at each late node: the total warp of the earliest start
        let t = route[0]!.e
        let warp = 0
        for (let i = 0; i < route.length; i++) {
          const n = route[i]!
          if (i > 0) t = Math.max(t + route[i - 1]!.travel, n.e)
          if (t > n.l) {
            warp += t - n.l
            t = n.l
          }
          t += n.service
        }
        expect(s[1]).toBeCloseTo(warp, 9)
      }),
      { numRuns: 500 },
    )
  })
})
