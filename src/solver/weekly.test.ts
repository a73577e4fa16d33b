import { describe, expect, it } from 'vitest'
import { parseModel } from './model'
import type { ModelInput } from './model'
import { checkPlan } from './plan'
import { solveModel } from './solve-model'

const opts = { budget: { iterations: 300 }, seed: 1, threads: 1 }

/** Identical visits at one place, 1 km from the office (3.12 min by car): one agent could serve them all. */
function sameplace(
  agents: string[],
  visits: number,
  agent: Partial<ModelInput['agents'][number]>,
  weights: ModelInput['weights'] = {},
): ModelInput {
  return {
    places: [
      { id: 'office', x: 0, y: 0 },
      { id: 'a', x: 1, y: 0 },
    ],
    agents: agents.map((id) => ({ id, startPlace: 'office', shifts: [{ start: 480, end: 1080 }], ...agent })),
    visits: Array.from({ length: visits }, (_, i) => ({
      id: `v${i}`,
      place: 'a',
      duration: 30,
      windows: [{ start: 480, end: 1000 }],
    })),
    weights,
  }
}

describe('workload fairness', () => {
  it('spreads the work over agents in proportion to their contracts when its weight is positive', async () => {
    const m = sameplace(['Alice', 'Bruno'], 6, { weeklyMaxHours: 5 })
    const fair = (await solveModel(m, opts)).plan
    expect(checkPlan(parseModel(m), fair)).toEqual([])
    expect(fair.kpis.assigned).toBe(6)
    expect(fair.routes.map((r) => r.stops.length)).toEqual([3, 3])

    // without fairness, the least travel is one agent serving everything
    const m0 = { ...m, weights: { fairness: 0 } }
    const all = (await solveModel(m0, opts)).plan
    expect(checkPlan(parseModel(m0), all)).toEqual([])
    expect(all.routes).toHaveLength(1)
    expect(all.kpis.travelTime).toBeLessThan(fair.kpis.travelTime)
    // the KPI sees the difference: ratios 0.62 and 0 against 0.32 and 0.32
    expect(all.kpis.workRatioStdDev).toBeCloseTo(0.31, 2)
    expect(fair.kpis.workRatioStdDev).toBeCloseTo(0, 6)
    expect(fair.kpis.workRatioMin).toBeCloseTo(fair.kpis.workRatioMax, 6)
  })

  it('follows the contracts: an agent with twice the hours gets twice the work', async () => {
    const m = sameplace(['Alice', 'Bruno'], 9, {})
    m.agents[0]!.weeklyMaxHours = 8
    m.agents[1]!.weeklyMaxHours = 4
    const { plan } = await solveModel({ ...m, weights: { fairness: 2 } }, opts)
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    const byAgent = Object.fromEntries(plan.routes.map((r) => [r.agent, r.stops.length]))
    expect(byAgent).toEqual({ Alice: 6, Bruno: 3 })
  })
})

describe('overtime', () => {
  it('uses the overtime allowance when the visits need it, and reports it per agent', async () => {
    const m = sameplace(['Alice'], 5, { weeklyMaxHours: 2, weeklyOvertimeHours: 1 })
    const { plan } = await solveModel(m, opts)
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    expect(plan.kpis.assigned).toBe(5)
    // 150 min of visits and 6.24 min of travel against 120 contracted minutes
    expect(plan.kpis.overtime).toHaveLength(1)
    expect(plan.kpis.overtime[0]!.agent).toBe('Alice')
    expect(plan.kpis.overtime[0]!.minutes).toBeCloseTo(36.24, 1)
    expect(plan.kpis.overMinutes).toBeCloseTo(36.24, 1)

    // without an allowance (the default) the weekly maximum stays a hard limit
    const strict = sameplace(['Alice'], 5, { weeklyMaxHours: 2 })
    const s = (await solveModel(strict, opts)).plan
    expect(checkPlan(parseModel(strict), s)).toEqual([])
    expect(s.kpis.assigned).toBe(3)
    expect(s.unassigned.map((u) => u.reason)).toEqual(['hours', 'hours'])
    expect(s.kpis.overtime).toEqual([])
    // and the checker counts the allowance in the weekly maximum
    expect(checkPlan(parseModel(strict), plan).some((e) => e.includes('maximum 2'))).toBe(true)
  })

  it('ranks overtime above travel: no overtime when the agents can share the work, else the least', async () => {
    const agent = { weeklyMaxHours: 2, weeklyOvertimeHours: 2 }
    // one agent would save 6.24 min of travel but work 66 min of overtime
    const m = sameplace(['Alice', 'Bruno'], 6, agent, { fairness: 0 })
    const { plan } = await solveModel(m, opts)
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    expect(plan.kpis.assigned).toBe(6)
    expect(plan.kpis.overtime).toEqual([])
    expect(plan.routes).toHaveLength(2)

    // seven visits: four for one agent, 6.24 min of overtime, the least possible
    const m7 = sameplace(['Alice', 'Bruno'], 7, agent, { fairness: 0 })
    const p7 = (await solveModel(m7, opts)).plan
    expect(checkPlan(parseModel(m7), p7)).toEqual([])
    expect(p7.kpis.assigned).toBe(7)
    expect(p7.kpis.overMinutes).toBeCloseTo(6.24, 1)
  })
})
