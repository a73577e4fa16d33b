import { EPS, endNode, startNode } from './problem'
import type { Problem } from './problem'
import { Rng } from './rng'

/**
 * Route-segment summary fields (Vidal et al. 2013, time-warp version): duration D (travel, service and
 * unavoidable waiting), time warp TW, earliest start E, latest start L, load Q, arc cost C, working time W
 * (travel + service) and soft cost S. Two summaries concatenate in O(1).
 */
export const F = 8
const D = 0
const TW = 1
const E = 2
const L = 3
const Q = 4
const C = 5
const W = 6
const S = 7

/** A solution: one ordered list of visits per vehicle, and the chosen window of each visit. */
export interface Solution {
  routes: number[][]
  windows: number[]
}

/** Lexicographic score: unassigned priority, then vehicles (hierarchical mode), then cost. */
export interface Score {
  unassigned: number
  vehicles: number
  cost: number
}

export function better(a: Score, b: Score, hierarchical: boolean): boolean {
  if (a.unassigned !== b.unassigned) return a.unassigned < b.unassigned
  if (hierarchical && a.vehicles !== b.vehicles) return a.vehicles < b.vehicles
  return a.cost < b.cost - 1e-9
}

export interface SearchParams {
  /** Average number of visits removed by a ruin (SISR c̄). */
  avgRemoved: number
  /** Maximum string length (SISR Lmax). */
  maxString: number
  /** Probability of skipping an insertion position (SISR blinks). */
  blinkRate: number
  /** Share of the budget given to route minimisation in hierarchical mode. */
  fleetShare: number
}

export const defaultParams: SearchParams = { avgRemoved: 10, maxString: 10, blinkRate: 0.01, fleetShare: 0.55 }

/**
 * Ruin-and-recreate search (string removals, blinking greedy insertion, simulated annealing) with a
 * route-minimisation phase (absence-counter acceptance). All insertions are checked in O(1) by
 * concatenating precomputed prefix and suffix summaries of the route.
 */
export class Search {
  readonly p: Problem
  readonly rng: Rng
  readonly params: SearchParams
  routes: number[][]
  fwd: Float64Array[]
  bwd: Float64Array[]
  routeCost: Float64Array
  routeWork: Float64Array
  agentWork: Float64Array
  route: Int32Array
  win: Int32Array
  /** Compatible vehicles of every visit (CSR). */
  private compStart: Int32Array
  private compVeh: Int32Array
  private absences: Float64Array
  private depotDist: Float64Array
  private tmp: Float64Array = new Float64Array(F)
  // best found
  best: Solution
  bestScore: Score
  iterations = 0
  // phase state
  private fleetMode = false
  private T0 = 1

  constructor(p: Problem, seed: number, params: SearchParams = defaultParams) {
    this.p = p
    this.rng = new Rng(seed)
    this.params = params
    const nv = p.nVehicles
    this.routes = Array.from({ length: nv }, () => [])
    this.fwd = Array.from({ length: nv }, () => new Float64Array(F * 2))
    this.bwd = Array.from({ length: nv }, () => new Float64Array(F * 2))
    this.routeCost = new Float64Array(nv)
    this.routeWork = new Float64Array(nv)
    this.agentWork = new Float64Array(p.nAgents)
    this.route = new Int32Array(p.nVisits).fill(-1)
    this.win = new Int32Array(p.nVisits)
    this.absences = new Float64Array(p.nVisits).fill(1)
    const counts = new Int32Array(p.nVisits + 1)
    for (let v = 0; v < p.nVisits; v++)
      for (let k = 0; k < nv; k++) if (p.compat[v * nv + k] === 1) counts[v + 1]!++
    for (let v = 0; v < p.nVisits; v++) counts[v + 1]! += counts[v]!
    this.compStart = counts
    this.compVeh = new Int32Array(counts[p.nVisits]!)
    const fill = counts.slice(0, p.nVisits)
    for (let v = 0; v < p.nVisits; v++)
      for (let k = 0; k < nv; k++) if (p.compat[v * nv + k] === 1) this.compVeh[fill[v]!++] = k
    this.depotDist = new Float64Array(p.nVisits)
    if (nv > 0) for (let v = 0; v < p.nVisits; v++) this.depotDist[v] = this.t(0, startNode(p, 0), v)
    for (let k = 0; k < nv; k++) this.rebuild(k)
    this.best = this.snapshot()
    this.bestScore = this.score()
  }

  private t(mode: number, a: number, b: number): number {
    const p = this.p
    return p.time[mode]![p.nodePlace[a]! * p.nPlaces + p.nodePlace[b]!]!
  }
  private c(mode: number, a: number, b: number): number {
    const p = this.p
    return p.cost[mode]![p.nodePlace[a]! * p.nPlaces + p.nodePlace[b]!]!
  }

  private softOf(v: number, k: number): number {
    const s = this.p.soft
    return s === null ? 0 : s[v * this.p.nVehicles + k]!
  }

  /** Recomputes the prefix/suffix summaries and the cost of route k, in O(length). */
  rebuild(k: number): void {
    const p = this.p
    const r = this.routes[k]!
    const n = r.length + 2
    if (this.fwd[k]!.length < n * F) {
      this.fwd[k] = new Float64Array(n * F * 2)
      this.bwd[k] = new Float64Array(n * F * 2)
    }
    const f = this.fwd[k]!
    const b = this.bwd[k]!
    const m = p.vehMode[k]!
    const s0 = startNode(p, k)
    const e0 = endNode(p, k)
    const node = (i: number): number => (i === 0 ? s0 : i === n - 1 ? e0 : r[i - 1]!)
    // forward
    this.loadNode(f, 0, s0, k)
    for (let i = 1; i < n; i++) {
      const prev = node(i - 1)
      const cur = node(i)
      this.loadNode(this.tmp, 0, cur, k)
      concat(f, (i - 1) * F, this.tmp, 0, this.t(m, prev, cur), this.c(m, prev, cur), f, i * F)
    }
    // backward
    this.loadNode(b, (n - 1) * F, e0, k)
    for (let i = n - 2; i >= 0; i--) {
      const cur = node(i)
      const nxt = node(i + 1)
      this.loadNode(this.tmp, 0, cur, k)
      concat(this.tmp, 0, b, (i + 1) * F, this.t(m, cur, nxt), this.c(m, cur, nxt), b, i * F)
    }
    const a = p.vehAgent[k]!
    const oldW = this.routeWork[k]!
    const o = (n - 1) * F
    const work = r.length === 0 ? 0 : f[o + W]!
    this.routeWork[k] = work
    this.agentWork[a] = this.agentWork[a]! + work - oldW
    this.routeCost[k] = r.length === 0 ? 0 : this.costOf(f[o + D]!, f[o + C]!, f[o + W]!, f[o + S]!)
    for (let i = 0; i < r.length; i++) this.route[r[i]!] = k
  }

  private costOf(d: number, c: number, w: number, s: number): number {
    return c + this.p.idleWeight * (d - w) + s
  }

  private loadNode(out: Float64Array, o: number, node: number, k: number): void {
    const p = this.p
    out[o + D] = p.service[node]!
    out[o + TW] = 0
    if (node < p.nVisits) {
      const w = p.winStart[node]! + this.win[node]!
      out[o + E] = p.winE[w]!
      out[o + L] = p.winL[w]!
      out[o + S] = this.softOf(node, k)
    } else {
      out[o + E] = p.vehShiftStart[k]!
      out[o + L] = p.vehShiftEnd[k]!
      out[o + S] = 0
    }
    out[o + Q] = p.demand[node]!
    out[o + C] = 0
    out[o + W] = p.service[node]!
  }

  /** True when the full-route summary at f[o..] respects every hard constraint of vehicle k. */
  private feasibleSeg(f: Float64Array, o: number, k: number): boolean {
    const p = this.p
    return (
      f[o + TW]! <= EPS &&
      f[o + Q]! <= p.vehCapacity[k]! + EPS &&
      f[o + D]! <= p.vehMaxSpan[k]! + EPS &&
      f[o + W]! <= p.vehMaxWork[k]! + EPS
    )
  }

  private underPenalty(a: number, work: number): number {
    const min = this.p.agentMinWork[a]!
    return work < min ? this.p.underWeight * (min - work) : 0
  }

  usedVehicles(): number {
    let n = 0
    for (let k = 0; k < this.p.nVehicles; k++) if (this.routes[k]!.length > 0) n++
    return n
  }

  unassignedList(): number[] {
    const out: number[] = []
    for (let v = 0; v < this.p.nVisits; v++) if (this.route[v] === -1) out.push(v)
    return out
  }

  score(): Score {
    const p = this.p
    let cost = 0
    for (let k = 0; k < p.nVehicles; k++) cost += this.routeCost[k]!
    for (let a = 0; a < p.nAgents; a++) cost += this.underPenalty(a, this.agentWork[a]!)
    let un = 0
    for (let v = 0; v < p.nVisits; v++) if (this.route[v] === -1) un += p.priority[v]!
    return { unassigned: un, vehicles: this.usedVehicles(), cost }
  }

  snapshot(): Solution {
    return { routes: this.routes.map((r) => r.slice()), windows: Array.from(this.win) }
  }

  load(sol: Solution): void {
    this.route.fill(-1)
    for (let v = 0; v < this.p.nVisits; v++) this.win[v] = sol.windows[v] ?? 0
    for (let k = 0; k < this.p.nVehicles; k++) {
      this.routes[k] = (sol.routes[k] ?? []).slice()
      this.rebuild(k)
    }
  }

  /** Makes sol the best known solution if it beats the current best. Returns true when adopted. */
  offer(sol: Solution, sc: Score): boolean {
    if (!better(sc, this.bestScore, this.p.hierarchical)) return false
    this.best = { routes: sol.routes.map((r) => r.slice()), windows: sol.windows.slice() }
    this.bestScore = sc
    return true
  }

  // ---------------------------------------------------------------------------------------------
  // Insertion

  private insPos = -1
  private insWin = 0

  /**
   * Cheapest feasible insertion of visit v into route k (blinking positions with the given rate).
   * Returns the cost increase (route cost and weekly under-hours penalty) or Infinity; the position and
   * window are left in insPos/insWin.
   */
  bestInsertionInRoute(v: number, k: number, blink: number): number {
    const p = this.p
    const r = this.routes[k]!
    const f = this.fwd[k]!
    const b = this.bwd[k]!
    const m = p.vehMode[k]!
    const s0 = startNode(p, k)
    const e0 = endNode(p, k)
    const a = p.vehAgent[k]!
    const aw = this.agentWork[a]!
    const maxA = p.agentMaxWork[a]!
    const oldCost = this.routeCost[k]!
    const oldW = this.routeWork[k]!
    const underOld = this.underPenalty(a, aw)
    const sv = this.softOf(v, k)
    const serv = p.service[v]!
    const dem = p.demand[v]!
    let bestDelta = Infinity
    const n = r.length
    for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
      const ve = p.winE[w]!
      const vl = p.winL[w]!
      for (let i = 0; i <= n; i++) {
        const ao = i * F
        // prefixes only get later: once the prefix cannot finish before the window closes, stop
        if (f[ao + E]! + f[ao + D]! - f[ao + TW]! > vl) break
        if (blink > 0 && this.rng.next() < blink) continue
        const prev = i === 0 ? s0 : r[i - 1]!
        const next = i === n ? e0 : r[i]!
        // A ⊕ v
        const t1 = this.t(m, prev, v)
        const aD = f[ao + D]!
        const aTW = f[ao + TW]!
        const aE = f[ao + E]!
        const aL = f[ao + L]!
        let delta = aD - aTW + t1
        let dWT = ve - delta - aL
        if (dWT < 0) dWT = 0
        let dTW = aE + delta - vl
        if (dTW < 0) dTW = 0
        if (aTW + dTW > EPS) continue
        const xD = aD + serv + t1 + dWT
        const xE = Math.max(ve - delta, aE) - dWT
        const xL = Math.min(vl - delta, aL) + dTW
        // (A ⊕ v) ⊕ B
        const bo = (i + 1) * F
        const t2 = this.t(m, v, next)
        delta = xD + t2
        dWT = b[bo + E]! - delta - xL
        if (dWT < 0) dWT = 0
        dTW = xE + delta - b[bo + L]!
        if (dTW < 0) dTW = 0
        if (b[bo + TW]! + dTW > EPS) continue
        const nD = xD + b[bo + D]! + t2 + dWT
        const nQ = f[ao + Q]! + dem + b[bo + Q]!
        const nW = f[ao + W]! + serv + t1 + t2 + b[bo + W]!
        if (nQ > p.vehCapacity[k]! + EPS || nD > p.vehMaxSpan[k]! + EPS || nW > p.vehMaxWork[k]! + EPS) continue
        const newAW = aw - oldW + nW
        if (newAW > maxA + EPS) continue
        const nC = f[ao + C]! + this.c(m, prev, v) + this.c(m, v, next) + b[bo + C]!
        const nS = f[ao + S]! + sv + b[bo + S]!
        const dCost = this.costOf(nD, nC, nW, nS) - oldCost + this.underPenalty(a, newAW) - underOld
        if (dCost < bestDelta) {
          bestDelta = dCost
          this.insPos = i
          this.insWin = w - p.winStart[v]!
        }
      }
    }
    return bestDelta
  }

  /** Inserts v at the best position over its compatible routes. Returns false if no feasible position. */
  insertBest(v: number, allowEmpty: boolean, blink: number): boolean {
    const p = this.p
    let bestK = -1
    let bestPos = -1
    let bestWin = 0
    let bestD = Infinity
    for (let pass = 0; pass < 2; pass++) {
      for (let j = this.compStart[v]!; j < this.compStart[v + 1]!; j++) {
        const k = this.compVeh[j]!
        const empty = this.routes[k]!.length === 0
        if (pass === 0 ? empty : !empty) continue
        const d = this.bestInsertionInRoute(v, k, empty ? 0 : blink)
        if (d < bestD) {
          bestD = d
          bestK = k
          bestPos = this.insPos
          bestWin = this.insWin
        }
      }
      // non-empty routes first; empty ones only if allowed (always when nothing else fits in cost mode)
      if (pass === 0) {
        if (!allowEmpty) break
        if (p.hierarchical && bestK !== -1) break
      }
    }
    if (bestK === -1) return false
    this.win[v] = bestWin
    this.touch(bestK)
    this.routes[bestK]!.splice(bestPos, 0, v)
    this.route[v] = bestK
    this.rebuild(bestK)
    return true
  }

  // ---------------------------------------------------------------------------------------------
  // Ruin and recreate

  private removed: number[] = []
  private touched = new Set<number>()

  private removeAt(k: number, pos: number, count: number): void {
    this.touch(k)
    const r = this.routes[k]!
    const out = r.splice(pos, count)
    for (const v of out) {
      this.route[v] = -1
      this.removed.push(v)
    }
  }

  /** SISR ruin: removes strings (or split strings) of visits from routes close to a random seed visit. */
  private ruin(): void {
    const p = this.p
    const rng = this.rng
    this.removed.length = 0
    let used = 0
    let assigned = 0
    for (let k = 0; k < p.nVehicles; k++) {
      const len = this.routes[k]!.length
      if (len > 0) {
        used++
        assigned += len
      }
    }
    if (assigned === 0) return
    const avgLen = assigned / used
    const lsMax = Math.min(this.params.maxString, avgLen)
    const ksMax = (4 * this.params.avgRemoved) / (1 + lsMax) - 1
    const ks = Math.floor(rng.next() * ksMax) + 1
    let seed = rng.int(p.nVisits)
    for (let tries = 0; this.route[seed] === -1 && tries < 50; tries++) seed = rng.int(p.nVisits)
    if (this.route[seed] === -1) return
    const ruined = new Set<number>()
    const K = p.nNeighbours
    for (let j = -1; j < K && ruined.size < ks; j++) {
      const c = j === -1 ? seed : p.neighbours[seed * K + j]!
      const k = this.route[c]!
      if (k === -1 || ruined.has(k)) continue
      const r = this.routes[k]!
      const lmax = Math.min(r.length, lsMax)
      const l = Math.floor(rng.next() * lmax) + 1
      const pos = r.indexOf(c)
      if (l === r.length || rng.next() < 0.5) {
        // string of length l containing c
        const start = pos - rng.int(l)
        const s = Math.max(0, Math.min(start, r.length - l))
        this.removeAt(k, s, l)
      } else {
        // split string: a string of l + m containing c, keeping m consecutive visits
        let m = 1
        while (l + m < r.length && rng.next() > 0.5) m++
        const total = l + m
        const start = Math.max(0, Math.min(pos - rng.int(total), r.length - total))
        const keepAt = rng.int(l + 1)
        const kept = r.slice(start + keepAt, start + keepAt + m)
        this.removeAt(k, start, total)
        // put the kept visits back
        for (const v of kept) {
          const idx = this.removed.indexOf(v)
          if (idx >= 0) this.removed.splice(idx, 1)
          this.route[v] = k
        }
        r.splice(start, 0, ...kept)
      }
      ruined.add(k)
    }
    for (const k of this.touched) this.rebuild(k)
  }

  /** Orders the pool (SISR: random, demand, far, close; plus tight windows first). */
  private sortPool(pool: number[]): void {
    const p = this.p
    const x = this.rng.next() * 12
    if (x < 4) {
      for (let i = pool.length - 1; i > 0; i--) {
        const j = this.rng.int(i + 1)
        const t = pool[i]!
        pool[i] = pool[j]!
        pool[j] = t
      }
    } else if (x < 8) pool.sort((a, b) => p.demand[b]! + p.service[b]! - p.demand[a]! - p.service[a]!)
    else if (x < 10) pool.sort((a, b) => this.depotDist[b]! - this.depotDist[a]!)
    else if (x < 11) pool.sort((a, b) => this.depotDist[a]! - this.depotDist[b]!)
    else pool.sort((a, b) => this.width(a) - this.width(b))
  }

  private width(v: number): number {
    const p = this.p
    let w = 0
    for (let i = p.winStart[v]!; i < p.winStart[v + 1]!; i++) w += p.winL[i]! - p.winE[i]!
    return w
  }

  private recreate(pool: number[], allowEmpty: boolean): void {
    this.sortPool(pool)
    for (const v of pool) this.insertBest(v, allowEmpty, this.params.blinkRate)
  }

  /** Builds a first solution by inserting every visit. */
  construct(): void {
    const pool: number[] = []
    for (let v = 0; v < this.p.nVisits; v++) if (this.route[v] === -1) pool.push(v)
    this.touched.clear()
    this.recreate(pool, true)
    this.touched.clear()
    const sc = this.score()
    this.offer(this.snapshot(), sc)
    this.T0 = Math.max(1e-6, (10 * sc.cost) / Math.max(1, this.p.nVisits))
  }

  /**
   * Runs the search for a slice of the budget: `iterations` iterations, stopping early at `deadline`
   * (ms, Date.now()). `progress(i)` gives the position in the whole budget (0..1) after i iterations of
   * this slice; it drives the phases and the temperature.
   */
  run(iterations: number, progress: (i: number) => number, deadline = Infinity): void {
    const p = this.p
    let cur = this.score()
    const fleetShare = p.hierarchical ? this.params.fleetShare : 0
    for (let it = 0; it < iterations; it++) {
      if ((it & 7) === 0 && deadline !== Infinity && Date.now() > deadline) break
      const pr = progress(it)
      const inFleet = pr < fleetShare
      if (inFleet !== this.fleetMode) {
        this.fleetMode = inFleet
        if (!inFleet) {
          this.load(this.best)
          cur = this.score()
        }
      }
      if (this.fleetMode) cur = this.fleetIteration(cur)
      else {
        const local = (pr - fleetShare) / Math.max(1e-9, 1 - fleetShare)
        const T = this.T0 * Math.pow(0.01, Math.min(1, Math.max(0, local)))
        cur = this.costIteration(cur, T)
      }
      this.iterations++
    }
  }

  private saved = new Map<number, number[]>()

  private touch(k: number): void {
    if (!this.saved.has(k)) this.saved.set(k, this.routes[k]!.slice())
    this.touched.add(k)
  }

  /** One ruin-and-recreate step; returns the previous windows of the visits it may have moved. */
  private ruinRecreate(allowEmpty: boolean): Map<number, number> {
    const before = this.unassignedList()
    this.touched.clear()
    this.saved.clear()
    this.ruin()
    const pool = before.concat(this.removed)
    const oldWin = new Map<number, number>()
    for (const v of pool) oldWin.set(v, this.win[v]!)
    this.recreate(pool, allowEmpty)
    return oldWin
  }

  private restore(oldWin: Map<number, number>): void {
    for (const [v, w] of oldWin) {
      this.route[v] = -1
      this.win[v] = w
    }
    for (const [k, r] of this.saved) {
      for (const v of this.routes[k]!) this.route[v] = -1
      this.routes[k] = r
    }
    for (const [k] of this.saved) this.rebuild(k)
  }

  private costIteration(cur: Score, T: number): Score {
    const oldWin = this.ruinRecreate(true)
    const sc = this.score()
    let accept: boolean
    if (sc.unassigned !== cur.unassigned) accept = sc.unassigned < cur.unassigned
    else if (this.p.hierarchical && sc.vehicles !== cur.vehicles) accept = sc.vehicles < cur.vehicles
    else accept = sc.cost < cur.cost - T * Math.log(this.rng.next())
    if (!accept) {
      this.restore(oldWin)
      return cur
    }
    if (better(sc, this.bestScore, this.p.hierarchical)) {
      this.best = this.snapshot()
      this.bestScore = sc
    }
    return sc
  }

  private sumAbs(list: number[]): number {
    let s = 0
    for (const v of list) s += this.absences[v]!
    return s
  }

  private fleetIteration(cur: Score): Score {
    // when the current solution is complete, try with one route less
    if (this.unassignedList().length === 0) {
      let bestK = -1
      let bestLen = Infinity
      for (let k = 0; k < this.p.nVehicles; k++) {
        const len = this.routes[k]!.length
        if (len > 0 && len + this.rng.next() * 2 < bestLen) {
          bestLen = len + this.rng.next() * 2
          bestK = k
        }
      }
      if (bestK === -1) return cur
      const r = this.routes[bestK]!
      for (const v of r) this.route[v] = -1
      this.routes[bestK] = []
      this.rebuild(bestK)
      cur = this.score()
    }
    const beforeList = this.unassignedList()
    const beforeAbs = this.sumAbs(beforeList)
    const oldWin = this.ruinRecreate(false)
    const after = this.unassignedList()
    const accept = after.length < beforeList.length || this.sumAbs(after) < beforeAbs
    let sc: Score
    if (!accept) {
      this.restore(oldWin)
      sc = cur
      for (const v of beforeList) this.absences[v]!++
    } else {
      sc = this.score()
      for (const v of after) this.absences[v]!++
      if (after.length === 0 && better(sc, this.bestScore, true)) {
        this.best = this.snapshot()
        this.bestScore = sc
      }
    }
    return sc
  }
}

/** out[oo..] = A ⊕ B where t and c are the travel time and arc cost from A's last node to B's first node. */
export function concat(
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
  t: number,
  c: number,
  out: Float64Array,
  oo: number,
): void {
  const delta = a[ao + D]! - a[ao + TW]! + t
  const dWT = Math.max(0, b[bo + E]! - delta - a[ao + L]!)
  const dTW = Math.max(0, a[ao + E]! + delta - b[bo + L]!)
  const nD = a[ao + D]! + b[bo + D]! + t + dWT
  const nTW = a[ao + TW]! + b[bo + TW]! + dTW
  const nE = Math.max(b[bo + E]! - delta, a[ao + E]!) - dWT
  const nL = Math.min(b[bo + L]! - delta, a[ao + L]!) + dTW
  out[oo + D] = nD
  out[oo + TW] = nTW
  out[oo + E] = nE
  out[oo + L] = nL
  out[oo + Q] = a[ao + Q]! + b[bo + Q]!
  out[oo + C] = a[ao + C]! + b[bo + C]! + c
  out[oo + W] = a[ao + W]! + b[bo + W]! + t
  out[oo + S] = a[ao + S]! + b[bo + S]!
}
