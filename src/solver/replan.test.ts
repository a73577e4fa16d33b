import { describe, expect, it } from 'vitest'
import { compile } from './compile'
import { greedyNearest } from './greedy'
import { parseModel } from './model'
import type { ModelInput } from './model'
import { buildPlan, checkPlan } from './plan'
import { generateSaadWeek } from './saad-generator'
import { replan, solveModel } from './solve-model'

const week = generateSaadWeek({ agents: 8, persons: 70, seed: 5, size: 4 })
const opts = { budget: { iterations: 300 }, seed: 2, threads: 1 }

describe('weekly plan', () => {
  it('meets every hard constraint, accounts for every visit, and beats the greedy baseline', async () => {
    const m = parseModel(week)
    const { plan } = await solveModel(week, opts)
    expect(checkPlan(m, plan)).toEqual([])
    expect(plan.kpis.assigned + plan.unassigned.length).toBe(m.visits.length)
    for (const u of plan.unassigned) expect(u.detail.length).toBeGreaterThan(0)
    const c = compile(m)
    const greedy = buildPlan(c, greedyNearest(c.problem))
    expect(checkPlan(m, greedy)).toEqual([])
    expect(plan.kpis.assigned).toBeGreaterThanOrEqual(greedy.kpis.assigned)
    expect(plan.kpis.travelTime / plan.kpis.assigned).toBeLessThan(
      greedy.kpis.travelTime / greedy.kpis.assigned,
    )
    expect(plan.kpis.distinctAgentsPerPerson).toBeLessThan(greedy.kpis.distinctAgentsPerPerson)
  })
})

describe('replanning', () => {
  it('moves the absent agent’s visits and changes few other assignments, and says what changed', async () => {
    const m = parseModel(week)
    const { plan: published } = await solveModel(week, opts)
    const absent = published.routes[0]!.agent
    const theirs = new Set(
      published.routes.filter((r) => r.agent === absent).flatMap((r) => r.stops.map((s) => s.id)),
    )
    const added = {
      id: 'new-visit',
      place: m.visits[0]!.place,
      duration: 20,
      windows: [{ start: 2 * 1440 + 600, end: 2 * 1440 + 900 }],
    }
    const res = await replan(
      week,
      published,
      { absentAgents: [{ agent: absent }], addedVisits: [added] },
      opts,
    )
    const m2 = parseModel({ ...week, visits: [...week.visits, added] })
    expect(checkPlan(m2, res.plan)).toEqual([])
    expect(res.plan.routes.some((r) => r.agent === absent)).toBe(false)
    expect(res.changes.find((c) => c.visit === 'new-visit')?.from).toBeNull()
    // every visit of the absent agent is reported as changed
    for (const id of theirs) expect(res.changes.some((c) => c.visit === id)).toBe(true)
    const others = res.changes.filter((c) => !theirs.has(c.visit) && c.visit !== 'new-visit')
    const planned = published.kpis.assigned - theirs.size
    expect(others.length).toBeLessThanOrEqual(Math.ceil(0.1 * planned))

    // without the stability cost, a fresh plan changes far more assignments
    const fresh = await solveModel({ ...week, visits: [...week.visits, added] }, { ...opts, seed: 9 })
    const after = new Map(
      fresh.plan.routes.flatMap((r) => r.stops.map((s) => [s.id, `${r.agent}#${r.shift}`])),
    )
    const before = new Map(
      published.routes.flatMap((r) => r.stops.map((s) => [s.id, `${r.agent}#${r.shift}`])),
    )
    let freshChanges = 0
    for (const [id, k] of before) if (!theirs.has(id) && after.get(id) !== k) freshChanges++
    expect(others.length).toBeLessThan(freshChanges)
  })

  it('keeps the published plan when nothing changed', async () => {
    const { plan: published } = await solveModel(week, opts)
    const res = await replan(week, published, {}, opts)
    // the search goes on from the published plan: it may still serve a visit the published plan left
    // out (unassigned visits come first), never at the price of one it planned
    expect(res.newlyUnassigned).toEqual([])
    const gained = published.unassigned.length - res.plan.unassigned.length
    expect(gained).toBeGreaterThanOrEqual(0)
    if (gained === 0) expect(res.changes).toEqual([])
    else {
      expect(res.summary.served).toBe(gained)
      expect(res.summary.reassigned).toBeLessThanOrEqual(5 * gained)
    }
  })
})

describe('what changed', () => {
  /** Alice serves x and w (w needs a skill only she has), Bruno serves z; then Alice is absent. */
  const model: ModelInput = {
    places: [
      { id: 'office', x: 0, y: 0 },
      { id: 'a', x: 1, y: 0 },
      { id: 'c', x: 0, y: 2 },
    ],
    agents: [
      { id: 'Alice', skills: ['toilette'], startPlace: 'office', shifts: [{ start: 480, end: 720 }] },
      { id: 'Bruno', startPlace: 'office', shifts: [{ start: 480, end: 720 }] },
    ],
    visits: [
      { id: 'x', place: 'a', duration: 30, windows: [{ start: 480, end: 500 }] },
      { id: 'z', place: 'c', duration: 60, windows: [{ start: 480, end: 700 }] },
      { id: 'w', place: 'a', duration: 20, windows: [{ start: 480, end: 700 }], skills: ['toilette'] },
    ],
  }
  const m = parseModel(model)
  const published = buildPlan(compile(m), { routes: [[0, 2], [1]], windows: [0, 0, 0] })

  it('lists reassigned, retimed, newly unassigned and added visits, with a summary', async () => {
    expect(checkPlan(m, published)).toEqual([])
    const zBefore = published.routes[1]!.stops[0]!.start
    const added = { id: 'n', place: 'office', duration: 10, windows: [{ start: 600, end: 700 }] }
    const res = await replan(
      model,
      published,
      { absentAgents: [{ agent: 'Alice' }], addedVisits: [added] },
      opts,
    )
    expect(checkPlan(parseModel({ ...model, visits: [...model.visits, added] }), res.plan)).toEqual([])
    const byVisit = Object.fromEntries(res.changes.map((c) => [c.visit, [c.from, c.to]]))
    expect(byVisit).toEqual({ x: ['Alice#0', 'Bruno#0'], w: ['Alice#0', null], n: [null, 'Bruno#0'] })
    // Bruno must now serve x first: z, kept, starts about 34 minutes later
    expect(res.retimed).toHaveLength(1)
    const r = res.retimed[0]!
    expect(r).toMatchObject({ visit: 'z', at: 'Bruno#0', from: zBefore })
    expect(r.to - r.from).toBeGreaterThan(30)
    expect(res.newlyUnassigned).toEqual([
      expect.objectContaining({ visit: 'w', from: 'Alice#0', reason: 'no_shift' }),
    ])
    expect(res.newlyUnassigned[0]!.detail.length).toBeGreaterThan(0)
    expect(res.summary).toEqual({
      reassigned: 1,
      retimed: 1,
      unassigned: 1,
      added: 1,
      served: 0,
      removed: 0,
      unchanged: 1,
    })
    expect(res.unchanged).toBe(1)

    // a larger threshold hides the time change; a removed visit is counted as removed
    const res2 = await replan(
      model,
      published,
      { absentAgents: [{ agent: 'Alice' }], removedVisits: ['w'] },
      { ...opts, retimeThreshold: 60 },
    )
    expect(res2.retimed).toEqual([])
    expect(res2.newlyUnassigned).toEqual([])
    expect(res2.summary).toMatchObject({ reassigned: 1, retimed: 0, unassigned: 0, removed: 1, unchanged: 1 })
  })

  it('counts a visit unassigned in the published plan and served after the change', async () => {
    // Alice alone cannot serve both x and y (same 08:00–08:20 window, 30 minutes each)
    const one: ModelInput = {
      ...model,
      agents: [model.agents[0]!],
      visits: [model.visits[0]!, { id: 'y', place: 'c', duration: 30, windows: [{ start: 480, end: 500 }] }],
    }
    const { plan: before } = await solveModel(one, opts)
    expect(before.unassigned).toHaveLength(1)
    const left = before.unassigned[0]!.visit
    const res = await replan(one, before, { removedVisits: [left === 'x' ? 'y' : 'x'] }, opts)
    expect(res.summary).toMatchObject({ served: 1, removed: 1, unassigned: 0, added: 0 })
    expect(res.changes).toEqual(expect.arrayContaining([{ visit: left, from: null, to: 'Alice#0' }]))
  })
})
