import { readFileSync } from 'node:fs'
import { compile, vehicleKey } from './compile'
import type { Compiled } from './compile'
import { runEngine } from './engine'
import type { Budget } from './engine'
import { ModelError, parseModel } from './model'
import type { Model, Visit } from './model'
import { buildPlan } from './plan'
import type { Plan, UnassignedVisit } from './plan'
import type { SearchParams, Solution } from './search'

export interface SolveOptions {
  budget: Budget
  seed: number
  threads: number
  params?: Partial<SearchParams>
}

export interface SolveResult {
  plan: Plan
  iterations: number
  seconds: number
}

/** Solves a validated model (a week or a day: shifts carry absolute times). */
export async function solveCompiled(
  c: Compiled,
  opts: SolveOptions,
  initial?: Solution,
): Promise<SolveResult> {
  const t0 = Date.now()
  const res = await runEngine(c.problem, {
    budget: opts.budget,
    seed: opts.seed,
    threads: opts.threads,
    initial,
    params: opts.params,
  })
  return { plan: buildPlan(c, res.solution), iterations: res.iterations, seconds: (Date.now() - t0) / 1000 }
}

export async function solveModel(input: unknown, opts: SolveOptions): Promise<SolveResult> {
  const m = parseModel(input)
  return solveCompiled(compile(m), opts)
}

/** CLI helper: never throws on bad input, returns `{ error, issues }` instead. */
export async function solveModelFile(
  path: string,
  opts: SolveOptions,
): Promise<SolveResult | { error: string; issues: string[] }> {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    return { error: `${path} : JSON illisible`, issues: [(e as Error).message] }
  }
  try {
    return await solveModel(json, opts)
  } catch (e) {
    if (e instanceof ModelError) return { error: 'modèle invalide', issues: e.issues }
    throw e
  }
}

// -------------------------------------------------------------------------------------------------
// Replanning

export interface Change {
  /** Absent agents: every shift, or only the listed shift indexes. */
  absentAgents?: { agent: string; shifts?: number[] }[]
  addedVisits?: unknown[]
  removedVisits?: string[]
}

export interface Move {
  visit: string
  /** "agent#shift" before and after; null when unassigned. */
  from: string | null
  to: string | null
}

/** A visit kept by the same agent and shift whose start moved by more than the threshold. */
export interface Retime {
  visit: string
  /** "agent#shift", unchanged. */
  at: string
  /** Start of the visit in the published plan and in the new plan (minutes from Monday 00:00). */
  from: number
  to: number
}

/** A visit of the new model that the new plan leaves unassigned although it was not before. */
export interface NewlyUnassigned extends UnassignedVisit {
  /** "agent#shift" in the published plan; null for an added visit. */
  from: string | null
}

export interface ReplanSummary {
  /** Visits planned before and after, on another agent or shift. */
  reassigned: number
  /** Visits kept by the same agent and shift, whose start moved by more than the threshold. */
  retimed: number
  /** Visits left unassigned by the new plan that were planned before or are new. */
  unassigned: number
  /** Added visits that the new plan serves. */
  added: number
  /** Visits unassigned in the published plan that the new plan serves. */
  served: number
  /** Visits removed by the change (no longer in the model). */
  removed: number
  /** Visits kept by the same agent and shift (retimed ones included). */
  unchanged: number
}

export interface ReplanResult extends SolveResult {
  /** Visits whose agent or shift changed (including new and no longer planned ones). */
  changes: Move[]
  /** Visits kept by the same agent and shift but moved in time by more than `retimeThreshold`. */
  retimed: Retime[]
  /** Visits newly unassigned, with the reason (same reasons as plan.unassigned). */
  newlyUnassigned: NewlyUnassigned[]
  summary: ReplanSummary
  unchanged: number
}

export interface ReplanOptions extends SolveOptions {
  /** Minutes: a kept visit whose start moves by more than this is reported as retimed (default 15). */
  retimeThreshold?: number
}

function assignment(plan: Plan): Map<string, { key: string; start: number }> {
  const out = new Map<string, { key: string; start: number }>()
  for (const r of plan.routes)
    for (const s of r.stops)
      if (s.kind === 'visit') out.set(s.id, { key: vehicleKey(r.agent, r.shift), start: s.start })
  return out
}

/**
 * Re-optimises a published plan after a change (absence, added or removed visits), with a stability
 * cost for every visit moved away from its published agent and shift; starts from the published plan.
 */
export async function replan(
  input: unknown,
  published: Plan,
  change: Change,
  opts: ReplanOptions,
): Promise<ReplanResult> {
  const base = parseModel(input)
  const removed = new Set(change.removedVisits ?? [])
  const added = (change.addedVisits ?? []) as Visit[]
  const raw = input as Record<string, unknown>
  const m: Model = parseModel({
    ...raw,
    visits: [...base.visits.filter((v) => !removed.has(v.id)), ...added],
  })
  const unavailable = new Set<string>()
  for (const ab of change.absentAgents ?? []) {
    const a = m.agents.find((x) => x.id === ab.agent)
    if (a === undefined) throw new ModelError([`absence : agent « ${ab.agent} » inconnu`])
    a.shifts.forEach((_, i) => {
      if (ab.shifts === undefined || ab.shifts.includes(i)) unavailable.add(vehicleKey(a.id, i))
    })
  }
  const before = assignment(published)
  const c = compile(m, {
    unavailable,
    published: new Map([...before].map(([id, a]) => [id, a.key])),
  })
  // the published routes, without what disappeared, as the starting point
  const vIndex = new Map(m.visits.map((v, i) => [v.id, i]))
  const kIndex = new Map(c.vehicles.map((v, k) => [v.key, k]))
  const initial: Solution = {
    routes: c.vehicles.map(() => []),
    windows: new Array<number>(c.problem.nVisits).fill(0),
  }
  for (const r of published.routes) {
    const key = vehicleKey(r.agent, r.shift)
    const k = kIndex.get(key)
    if (k === undefined || unavailable.has(key)) continue
    for (const s of r.stops) {
      if (s.kind !== 'visit') continue
      const v = vIndex.get(s.id)
      if (v !== undefined) initial.routes[k]!.push(v)
    }
  }
  const res = await solveCompiled(c, opts, initial)
  const after = assignment(res.plan)
  const threshold = opts.retimeThreshold ?? 15
  const changes: Move[] = []
  const retimed: Retime[] = []
  const summary: ReplanSummary = {
    reassigned: 0,
    retimed: 0,
    unassigned: 0,
    added: 0,
    served: 0,
    removed: 0,
    unchanged: 0,
  }
  const inModel = new Set(m.visits.map((v) => v.id))
  const wasUnassigned = new Set(published.unassigned.map((u) => u.visit))
  const ids = new Set([...before.keys(), ...m.visits.map((v) => v.id)])
  for (const id of ids) {
    const b = before.get(id)
    const a = after.get(id)
    const from = b?.key ?? null
    const to = a?.key ?? null
    if (from === to) {
      summary.unchanged++
      if (b !== undefined && a !== undefined && Math.abs(a.start - b.start) > threshold)
        retimed.push({ visit: id, at: a.key, from: b.start, to: a.start })
      continue
    }
    changes.push({ visit: id, from, to })
    if (from !== null && to !== null) summary.reassigned++
    else if (!inModel.has(id)) summary.removed++
    else if (from === null && to !== null) {
      if (wasUnassigned.has(id)) summary.served++
      else summary.added++
    }
  }
  const newlyUnassigned: NewlyUnassigned[] = res.plan.unassigned
    .filter((u) => inModel.has(u.visit) && !wasUnassigned.has(u.visit))
    .map((u) => ({ ...u, from: before.get(u.visit)?.key ?? null }))
  summary.retimed = retimed.length
  summary.unassigned = newlyUnassigned.length
  return { ...res, changes, retimed, newlyUnassigned, summary, unchanged: summary.unchanged }
}
