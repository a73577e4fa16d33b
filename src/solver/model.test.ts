import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compile } from './compile'
import { ModelError, parseModel } from './model'
import type { ModelInput } from './model'
import { checkPlan } from './plan'
import { solveModel, solveModelFile } from './solve-model'

/** Two agents, four visits on a small grid (km), Monday morning. */
function small(): ModelInput {
  return {
    places: [
      { id: 'office', x: 0, y: 0 },
      { id: 'a', x: 1, y: 0 },
      { id: 'b', x: 2, y: 0 },
      { id: 'c', x: 0, y: 2 },
      { id: 'd', x: 0, y: 3 },
    ],
    agents: [
      { id: 'Alice', skills: ['toilette'], startPlace: 'office', shifts: [{ start: 480, end: 720 }] },
      { id: 'Bruno', startPlace: 'office', mode: 'foot', shifts: [{ start: 480, end: 720 }] },
    ],
    visits: [
      { id: 'v1', place: 'a', duration: 30, windows: [{ start: 480, end: 600 }], skills: ['toilette'] },
      { id: 'v2', place: 'b', duration: 30, windows: [{ start: 500, end: 650 }] },
      { id: 'v3', place: 'c', duration: 45, windows: [{ start: 480, end: 700 }], lastAgent: 'Bruno' },
      {
        id: 'v4',
        place: 'd',
        duration: 20,
        windows: [
          { start: 540, end: 560 },
          { start: 600, end: 620 },
        ],
      },
    ],
  }
}

const opts = { budget: { iterations: 200 }, seed: 1, threads: 1 }

function issues(f: () => unknown): string[] {
  try {
    f()
  } catch (e) {
    if (e instanceof ModelError) return e.issues
    throw e
  }
  return []
}

describe('model validation', () => {
  it('names the visit whose window closes before it opens', () => {
    const m = small()
    m.visits[1]!.windows = [{ start: 700, end: 600 }]
    expect(issues(() => parseModel(m))).toEqual([
      "visite « v2 » : la fenêtre 0 se ferme (600) avant d'ouvrir (700)",
    ])
  })

  it('names the matrix of the wrong size', () => {
    const m = small()
    m.matrices = {
      car: {
        time: [
          [0, 1],
          [1, 0],
        ],
      },
    }
    const found = issues(() => parseModel(m))
    expect(found).toContain('matrices.car.time : 2 lignes, 5 attendues (une par lieu)')
    expect(found).toContain('matrices.car.time[0] : 2 colonnes, 5 attendues')
  })

  it('names the place with NaN coordinates', () => {
    const m = small()
    m.places[2]!.x = Number.NaN
    const found = issues(() => parseModel(m))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^places\[2\]\.x \(« b »\) : /)
  })

  it('names unknown references and duplicates', () => {
    const m = small()
    m.visits[0]!.place = 'nowhere'
    m.visits[2]!.forbiddenAgents = ['Zoé']
    m.agents[1]!.id = 'Alice'
    const found = issues(() => parseModel(m))
    expect(found).toContain('visite « v1 » : lieu « nowhere » inconnu')
    expect(found).toContain('agent « Alice » : identifiant en double')
    expect(found).toContain('visite « v3 », forbiddenAgents : agent « Zoé » inconnu')
  })

  it('reports a visit needing a skill no agent has as unassigned, with the reason', async () => {
    const m = small()
    m.visits[1]!.skills = ['soins infirmiers']
    const { plan } = await solveModel(m, opts)
    expect(plan.unassigned).toEqual([
      { visit: 'v2', reason: 'skill', detail: "aucun agent n'a la compétence « soins infirmiers »" },
    ])
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    expect(plan.kpis.assigned).toBe(3)
  })

  it('explains an unreachable window and a shift too short', async () => {
    const m = small()
    m.visits.push({ id: 'late', place: 'a', duration: 30, windows: [{ start: 715, end: 719 }] })
    m.visits.push({ id: 'sunday', place: 'a', duration: 30, windows: [{ start: 9000, end: 9100 }] })
    const { plan } = await solveModel(m, opts)
    const reasons = Object.fromEntries(plan.unassigned.map((u) => [u.visit, u.reason]))
    expect(reasons).toEqual({ late: 'window_unreachable', sunday: 'no_shift' })
  })

  it('the CLI helper returns the errors instead of crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solver-'))
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"places": [], ')
    const r1 = await solveModelFile(bad, opts)
    expect('error' in r1 && r1.error).toMatch(/JSON illisible/)
    const m = small()
    m.agents[0]!.shifts[0]!.end = 100
    writeFileSync(bad, JSON.stringify(m))
    const r2 = await solveModelFile(bad, opts)
    expect('issues' in r2 && r2.issues).toEqual([
      'agent « Alice », service 0 : se termine (100) avant de commencer (480)',
    ])
  })
})

describe('solving a model', () => {
  it('plans every visit within its windows, skills and shifts, and the checker agrees', async () => {
    const m = small()
    const { plan } = await solveModel(m, opts)
    expect(plan.unassigned).toEqual([])
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    const byVisit = new Map(plan.routes.flatMap((r) => r.stops.map((s) => [s.id, r.agent])))
    expect(byVisit.get('v1')).toBe('Alice')
    // v4 has two windows: the plan uses one of them
    const v4 = plan.routes.flatMap((r) => r.stops).find((s) => s.id === 'v4')!
    expect((v4.start >= 540 && v4.start <= 560) || (v4.start >= 600 && v4.start <= 620)).toBe(true)
  })

  it('the checker catches a plan that breaks a window or forgets a visit', async () => {
    const m = small()
    const { plan } = await solveModel(m, opts)
    const broken = structuredClone(plan)
    const stop = broken.routes[0]!.stops[0]!
    stop.start = 2000
    broken.routes[0]!.stops.pop()
    const errs = checkPlan(parseModel(m), broken)
    expect(errs.some((e) => e.includes('hors de ses fenêtres'))).toBe(true)
    expect(errs.some((e) => e.includes('ni planifiée ni déclarée non affectée'))).toBe(true)
  })

  it('uses the given matrix instead of coordinates', () => {
    const m = small()
    const n = m.places.length
    const time = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : 7)))
    m.matrices = { car: { time }, foot: { time } }
    const c = compile(parseModel(m))
    expect(c.problem.time[0]![1]).toBe(7)
  })

  it('respects weekly maximum hours across days', async () => {
    const m = small()
    m.agents = [
      {
        id: 'Alice',
        skills: ['toilette'],
        startPlace: 'office',
        weeklyMaxHours: 1,
        shifts: [
          { start: 480, end: 720 },
          { start: 1440 + 480, end: 1440 + 720 },
        ],
      },
    ]
    m.visits = [0, 1].flatMap((d) => [
      { id: `x${d}`, place: 'a', duration: 25, windows: [{ start: d * 1440 + 480, end: d * 1440 + 700 }] },
      { id: `y${d}`, place: 'b', duration: 25, windows: [{ start: d * 1440 + 480, end: d * 1440 + 700 }] },
    ])
    const { plan } = await solveModel(m, opts)
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    expect(plan.kpis.assigned).toBe(1)
    expect(plan.unassigned.map((u) => u.reason)).toEqual(['hours', 'hours', 'hours'])
  })
})

describe('breaks', () => {
  it('places a break inside its window in a working shift, and rejects a break outside its shift', async () => {
    const m = small()
    m.agents[1]!.shifts = [{ start: 480, end: 720, breaks: [{ start: 600, end: 630, duration: 20 }] }]
    const { plan } = await solveModel(m, opts)
    expect(checkPlan(parseModel(m), plan)).toEqual([])
    const bruno = plan.routes.find((r) => r.agent === 'Bruno')
    if (bruno !== undefined) {
      const b = bruno.stops.find((s) => s.kind === 'break')!
      expect(b.start).toBeGreaterThanOrEqual(600)
      expect(b.start).toBeLessThanOrEqual(630)
    }
    m.agents[1]!.shifts[0]!.breaks = [{ start: 2000, end: 2100, duration: 20 }]
    expect(issues(() => parseModel(m))).toEqual([
      'agent « Bruno », service 0, pause 0 : la fenêtre (2000–2100) est hors du service (480–720)',
    ])
  })
})
