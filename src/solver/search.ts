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

/**
 * Lexicographic score: unassigned priority, then vehicles (hierarchical mode) and overtime minutes,
 * then cost (travel and soft costs, overtime excluded).
 */
export interface Score {
  unassigned: number
  vehicles: number
  overtime: number
  cost: number
}

/** Overtime minutes closer than this are the same level (sums of fractional travel times). */
const OVERTIME_TOL = 1e-6

export function better(a: Score, b: Score, hierarchical: boolean): boolean {
  if (a.unassigned !== b.unassigned) return a.unassigned < b.unassigned
  if (hierarchical && a.vehicles !== b.vehicles) return a.vehicles < b.vehicles
  if (Math.abs(a.overtime - b.overtime) > OVERTIME_TOL) return a.overtime < b.overtime
  return a.cost < b.cost - 1e-9
}

export interface SearchParams {
  /** Average number of visits removed by a ruin (SISR c̄). */
  avgRemoved: number
  /** Maximum string length (SISR Lmax). */
  maxString: number
  /** Probability of skipping an insertion position (SISR blinks). */
  blinkRate: number
  /** Largest share of the budget given to route minimisation in hierarchical mode. */
  fleetShare: number
  /**
   * Route minimisation stops early when it has not removed a vehicle for this share of the budget; the
   * rest goes to distance minimisation. With several threads it applies to every thread but the first,
   * which keeps minimising routes for its whole fleetShare and passes on any route it saves.
   */
  fleetStall: number
  /** Initial temperature as a multiple of the mean cost per visit. */
  tempFactor: number
  /** Granular local search after each recreate (and after construction). */
  localSearch: boolean
  /** Neighbours examined per visit by the local search. */
  lsNeighbours: number
}

export const defaultParams: SearchParams = {
  avgRemoved: 10,
  maxString: 10,
  blinkRate: 0.01,
  fleetShare: 0.65,
  fleetStall: 0.1,
  tempFactor: 2,
  localSearch: true,
  lsNeighbours: 15,
}

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
  /** 1 when the weekly working time of the agent carries a cost (under-hours, fairness or overtime). */
  private penalised: Uint8Array
  private tmp: Float64Array = new Float64Array(F)
  // best found
  best: Solution
  bestScore: Score
  iterations = 0
  // phase state
  private fleetMode = false
  /** Route minimisation is over (stalled or its share of the budget is spent). */
  private fleetDone = false
  /** Progress at the last reduction of the best vehicle count, and that count. */
  private fleetGainAt = 0
  private fleetBest: Score | null = null
  /** Progress at which distance minimisation started (drives its temperature). */
  private costStart = 0
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
    this.penalised = new Uint8Array(p.nAgents)
    for (let a = 0; a < p.nAgents; a++)
      this.penalised[a] =
        p.agentMinWork[a]! > 0 ||
        p.agentOverWork[a]! < p.agentMaxWork[a]! ||
        (p.fairWeight > 0 && p.agentContract[a]! > 0)
          ? 1
          : 0
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

  /** Weekly soft cost of agent a working `work` minutes: under-hours and fairness (overtime excluded). */
  agentSoft(a: number, work: number): number {
    const p = this.p
    const min = p.agentMinWork[a]!
    let s = work < min ? p.underWeight * (min - work) : 0
    const c = p.agentContract[a]!
    if (c > 0 && p.fairWeight > 0) {
      const d = work - p.fairTarget * c
      s += (p.fairWeight * d * d) / (2 * c)
    }
    return s
  }

  /** Overtime minutes of agent a working `work` minutes. */
  agentOvertime(a: number, work: number): number {
    const o = work - this.p.agentOverWork[a]!
    return o > 0 ? o : 0
  }

  /** What move evaluations add for the weekly working time of agent a (overtime weighted to dominate). */
  private agentPenalty(a: number, work: number): number {
    if (this.penalised[a] === 0) return 0
    return this.agentSoft(a, work) + this.p.overtimeWeight * this.agentOvertime(a, work)
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
    let overtime = 0
    for (let a = 0; a < p.nAgents; a++) {
      if (this.penalised[a] === 0) continue
      cost += this.agentSoft(a, this.agentWork[a]!)
      overtime += this.agentOvertime(a, this.agentWork[a]!)
    }
    let un = 0
    for (let v = 0; v < p.nVisits; v++) if (this.route[v] === -1) un += p.priority[v]!
    return { unassigned: un, vehicles: this.usedVehicles(), overtime, cost }
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

  /** Unassigns every visit of a route that breaks a hard constraint (e.g. a loaded plan after a change). */
  dropInfeasibleRoutes(): number {
    let dropped = 0
    for (let k = 0; k < this.p.nVehicles; k++) {
      const r = this.routes[k]!
      if (r.length === 0) continue
      if (this.feasibleSeg(this.fwd[k]!, (r.length + 1) * F, k)) continue
      for (const v of r) this.route[v] = -1
      dropped += r.length
      this.routes[k] = []
      this.rebuild(k)
    }
    for (let a = 0; a < this.p.nAgents; a++) {
      if (this.agentWork[a]! <= this.p.agentMaxWork[a]! + EPS) continue
      for (let k = 0; k < this.p.nVehicles; k++) {
        if (this.p.vehAgent[k] !== a || this.routes[k]!.length === 0) continue
        for (const v of this.routes[k]!) this.route[v] = -1
        dropped += this.routes[k]!.length
        this.routes[k] = []
        this.rebuild(k)
        if (this.agentWork[a]! <= this.p.agentMaxWork[a]! + EPS) break
      }
    }
    return dropped
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
   * Returns the cost increase (route cost and weekly penalties: under-hours, fairness, weighted overtime) or Infinity; the position and
   * window are left in insPos/insWin.
   */
  bestInsertionInRoute(v: number, k: number, blink: number): number {
    const p = this.p
    const r = this.routes[k]!
    const f = this.fwd[k]!
    const b = this.bwd[k]!
    const m = p.vehMode[k]!
    const T = p.time[m]!
    const Cm = p.cost[m]!
    const P = p.nPlaces
    const np = p.nodePlace
    const pv = np[v]!
    const rowV = pv * P
    const s0p = np[startNode(p, k)]!
    const e0p = np[endNode(p, k)]!
    const a = p.vehAgent[k]!
    const aw = this.agentWork[a]!
    const maxA = p.agentMaxWork[a]!
    const cap = p.vehCapacity[k]! + EPS
    const maxSpan = p.vehMaxSpan[k]! + EPS
    const maxWork = p.vehMaxWork[k]! + EPS
    const oldCost = this.routeCost[k]!
    const oldW = this.routeWork[k]!
    const pen = this.penalised[a] === 1
    const penOld = pen ? this.agentPenalty(a, aw) : 0
    const idle = p.idleWeight
    const sv = this.softOf(v, k)
    const serv = p.service[v]!
    const dem = p.demand[v]!
    let bestDelta = Infinity
    const n = r.length
    for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
      const ve = p.winE[w]!
      const vl = p.winL[w]!
      let prevP = s0p
      for (let i = 0; i <= n; i++) {
        const ao = i * F
        const pp = prevP
        const nextP = i === n ? e0p : np[r[i]!]!
        prevP = nextP
        const aD = f[ao + D]!
        const aTW = f[ao + TW]!
        const aE = f[ao + E]!
        // prefixes only get later: once the prefix cannot finish before the window closes, stop
        if (aE + aD - aTW > vl) break
        if (blink > 0 && this.rng.next() < blink) continue
        const aL = f[ao + L]!
        // A ⊕ v
        const t1 = T[pp * P + pv]!
        let delta = aD - aTW + t1
        let dWT = ve - delta - aL
        if (dWT < 0) dWT = 0
        let dTW = aE + delta - vl
        if (dTW < 0) dTW = 0
        if (aTW + dTW > EPS) continue
        const xD = aD + serv + t1 + dWT
        const xE = (ve - delta > aE ? ve - delta : aE) - dWT
        const xL = (vl - delta < aL ? vl - delta : aL) + dTW
        // (A ⊕ v) ⊕ B
        const bo = ao + F
        const t2 = T[rowV + nextP]!
        delta = xD + t2
        dWT = b[bo + E]! - delta - xL
        if (dWT < 0) dWT = 0
        dTW = xE + delta - b[bo + L]!
        if (dTW < 0) dTW = 0
        if (b[bo + TW]! + dTW > EPS) continue
        const nD = xD + b[bo + D]! + t2 + dWT
        const nW = f[ao + W]! + serv + t1 + t2 + b[bo + W]!
        if (nD > maxSpan || nW > maxWork || f[ao + Q]! + dem + b[bo + Q]! > cap) continue
        const newAW = aw - oldW + nW
        if (newAW > maxA + EPS) continue
        const nC = f[ao + C]! + Cm[pp * P + pv]! + Cm[rowV + nextP]! + b[bo + C]!
        const nS = f[ao + S]! + sv + b[bo + S]!
        let dCost = nC + idle * (nD - nW) + nS - oldCost
        if (pen) dCost += this.agentPenalty(a, newAW) - penOld
        if (dCost < bestDelta) {
          bestDelta = dCost
          this.insPos = i
          this.insWin = w - p.winStart[v]!
        }
      }
    }
    return bestDelta
  }

  private stamp = new Int32Array(0)
  private stampId = 0
  private cand: number[] = []

  /**
   * Candidate routes of v: with many compatible routes, only the routes that hold one of its granular
   * neighbours (all compatible routes as a fallback when none of them fits).
   */
  private candidates(v: number, granular: boolean): number[] {
    const p = this.p
    const out = this.cand
    out.length = 0
    const from = this.compStart[v]!
    const to = this.compStart[v + 1]!
    if (!granular || to - from <= 24) {
      for (let j = from; j < to; j++) out.push(this.compVeh[j]!)
      return out
    }
    if (this.stamp.length !== p.nVehicles) this.stamp = new Int32Array(p.nVehicles)
    const id = ++this.stampId
    const K = p.nNeighbours
    const nv = p.nVehicles
    for (let j = 0; j < K; j++) {
      const u = p.neighbours[v * K + j]!
      const k = this.route[u]!
      if (k === -1 || this.stamp[k] === id || p.compat[v * nv + k] !== 1) continue
      this.stamp[k] = id
      out.push(k)
    }
    return out
  }

  /** Inserts v at the best position over its compatible routes. Returns false if no feasible position. */
  insertBest(v: number, allowEmpty: boolean, blink: number): boolean {
    const p = this.p
    let bestK = -1
    let bestPos = -1
    let bestWin = 0
    let bestD = Infinity
    for (let round = 0; round < 2 && bestK === -1; round++) {
      const cands = this.candidates(v, round === 0)
      const granular = cands.length < this.compStart[v + 1]! - this.compStart[v]!
      for (const k of cands) {
        if (this.routes[k]!.length === 0) continue
        const d = this.bestInsertionInRoute(v, k, blink)
        if (d < bestD) {
          bestD = d
          bestK = k
          bestPos = this.insPos
          bestWin = this.insWin
        }
      }
      // empty routes: always compared in cost mode, only as a last resort in hierarchical mode
      if (allowEmpty && !(p.hierarchical && bestK !== -1)) {
        for (let j = this.compStart[v]!; j < this.compStart[v + 1]!; j++) {
          const k = this.compVeh[j]!
          if (this.routes[k]!.length !== 0) continue
          const d = this.bestInsertionInRoute(v, k, 0)
          if (d < bestD) {
            bestD = d
            bestK = k
            bestPos = this.insPos
            bestWin = this.insWin
          }
        }
      }
      if (!granular) break
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
  // Granular local search (inter-route relocate, swap and 2-opt*; intra-route relocate), first improvement

  private s1 = new Float64Array(F)
  private s2 = new Float64Array(F)
  private s3 = new Float64Array(F)
  private newW1 = 0
  /** Heterogeneous 2-opt* (O(length) per move) only in full local searches, not after each recreate. */
  private fullLS = false

  private nodeAt(k: number, pos: number): number {
    const r = this.routes[k]!
    return pos === 0 ? startNode(this.p, k) : pos === r.length + 1 ? endNode(this.p, k) : r[pos - 1]!
  }

  /** Cost of a full-route summary for vehicle k, or Infinity when it breaks a hard constraint. */
  private segCost(seg: Float64Array, k: number, empty: boolean): number {
    if (empty) return 0
    if (!this.feasibleSeg(seg, 0, k)) return Infinity
    return this.costOf(seg[D]!, seg[C]!, seg[W]!, seg[S]!)
  }

  /** Evaluates an explicit visit sequence for vehicle k in O(length); sets newW1. */
  private seqCost(k: number, seq: readonly number[]): number {
    const p = this.p
    if (seq.length === 0) {
      this.newW1 = 0
      return 0
    }
    const m = p.vehMode[k]!
    const acc = this.s1
    this.loadNode(acc, 0, startNode(p, k), k)
    let prev = startNode(p, k)
    for (let i = 0; i <= seq.length; i++) {
      const cur = i === seq.length ? endNode(p, k) : seq[i]!
      this.loadNode(this.s3, 0, cur, k)
      concat(acc, 0, this.s3, 0, this.t(m, prev, cur), this.c(m, prev, cur), acc, 0)
      if (acc[TW]! > EPS) return Infinity
      prev = cur
    }
    this.newW1 = acc[W]!
    return this.segCost(acc, k, false)
  }

  /** Weekly-hours feasibility and weekly penalty change (under-hours, fairness, overtime) when routes k1 (and k2) get new working times. */
  private agentDelta(k1: number, w1: number, k2: number, w2: number): number {
    const p = this.p
    const a1 = p.vehAgent[k1]!
    const a2 = k2 >= 0 ? p.vehAgent[k2]! : -1
    let d = 0
    if (a1 === a2) {
      const old = this.agentWork[a1]!
      const nw = old - this.routeWork[k1]! - this.routeWork[k2]! + w1 + w2
      if (nw > p.agentMaxWork[a1]! + EPS) return Infinity
      return this.agentPenalty(a1, nw) - this.agentPenalty(a1, old)
    }
    const o1 = this.agentWork[a1]!
    const n1 = o1 - this.routeWork[k1]! + w1
    if (n1 > p.agentMaxWork[a1]! + EPS) return Infinity
    d += this.agentPenalty(a1, n1) - this.agentPenalty(a1, o1)
    if (a2 >= 0) {
      const o2 = this.agentWork[a2]!
      const n2 = o2 - this.routeWork[k2]! + w2
      if (n2 > p.agentMaxWork[a2]! + EPS) return Infinity
      d += this.agentPenalty(a2, n2) - this.agentPenalty(a2, o2)
    }
    return d
  }

  private sameClass(k1: number, k2: number): boolean {
    const p = this.p
    return (
      p.vehMode[k1] === p.vehMode[k2] &&
      p.nodePlace[endNode(p, k1)] === p.nodePlace[endNode(p, k2)] &&
      p.vehShiftStart[k1] === p.vehShiftStart[k2] &&
      p.vehShiftEnd[k1] === p.vehShiftEnd[k2] &&
      p.soft === null
    )
  }

  /**
   * Local search over the granular neighbourhoods of the given visits (all visits when null); applies
   * improving moves until none is found or maxMoves is reached. Returns the number of moves applied.
   */
  localSearch(visits: number[] | null, maxMoves = Infinity): number {
    const p = this.p
    const K = p.nNeighbours
    const KL = Math.min(K, this.params.lsNeighbours)
    this.fullLS = visits === null
    const order = visits === null ? Array.from({ length: p.nVisits }, (_, i) => i) : visits.slice()
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1)
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    let moves = 0
    let improved = true
    let rounds = 0
    while (improved && moves < maxMoves && rounds < 4) {
      improved = false
      rounds++
      for (const u of order) {
        if (this.route[u] === -1) continue
        for (let j = 0; j < KL; j++) {
          const v = p.neighbours[u * K + j]!
          if (this.route[v] === -1 || this.route[u] === -1) continue
          if (this.tryMoves(u, v)) {
            moves++
            improved = true
            break
          }
        }
        if (moves >= maxMoves) break
      }
    }
    return moves
  }

  private posOf(v: number): number {
    return this.routes[this.route[v]!]!.indexOf(v) + 1
  }

  /** Tries relocate u after v, relocate u before v, swap u/v and 2-opt*; applies the first improvement. */
  private tryMoves(u: number, v: number): boolean {
    const p = this.p
    const nv = p.nVehicles
    const k1 = this.route[u]!
    const k2 = this.route[v]!
    const i = this.posOf(u)
    const j = this.posOf(v)
    const r1 = this.routes[k1]!
    const r2 = this.routes[k2]!
    if (k1 === k2) {
      // intra-route relocate of u after v / before v
      for (const after of [true, false]) {
        const seq = r1.filter((x) => x !== u)
        const at = seq.indexOf(v) + (after ? 1 : 0)
        seq.splice(at, 0, u)
        if (seq.every((x, idx) => x === r1[idx])) continue
        const c = this.seqCost(k1, seq)
        if (c === Infinity) continue
        const d = c - this.routeCost[k1]! + this.agentDelta(k1, this.newW1, -1, 0)
        if (d < -1e-7) {
          this.touch(k1)
          this.routes[k1] = seq
          this.rebuild(k1)
          return true
        }
      }
      return false
    }
    const m1 = p.vehMode[k1]!
    const m2 = p.vehMode[k2]!
    const f1 = this.fwd[k1]!
    const b1 = this.bwd[k1]!
    const f2 = this.fwd[k2]!
    const b2 = this.bwd[k2]!
    const old = this.routeCost[k1]! + this.routeCost[k2]!
    if (p.compat[u * nv + k2] === 1) {
      // route 1 without u
      const a = this.nodeAt(k1, i - 1)
      const b = this.nodeAt(k1, i + 1)
      concat(f1, (i - 1) * F, b1, (i + 1) * F, this.t(m1, a, b), this.c(m1, a, b), this.s1, 0)
      const c1 = this.segCost(this.s1, k1, r1.length === 1)
      const w1 = r1.length === 1 ? 0 : this.s1[W]!
      if (c1 < Infinity) {
        // u after v (position j) and u before v (position j - 1)
        for (const jj of [j, j - 1]) {
          const x = this.nodeAt(k2, jj)
          const y = this.nodeAt(k2, jj + 1)
          this.loadNode(this.s3, 0, u, k2)
          concat(f2, jj * F, this.s3, 0, this.t(m2, x, u), this.c(m2, x, u), this.s2, 0)
          concat(this.s2, 0, b2, (jj + 1) * F, this.t(m2, u, y), this.c(m2, u, y), this.s2, 0)
          const c2 = this.segCost(this.s2, k2, false)
          if (c2 === Infinity) continue
          const d = c1 + c2 - old + this.agentDelta(k1, w1, k2, this.s2[W]!)
          if (d < -1e-7) {
            this.touch(k1)
            this.touch(k2)
            r1.splice(i - 1, 1)
            r2.splice(jj, 0, u)
            this.route[u] = k2
            this.rebuild(k1)
            this.rebuild(k2)
            return true
          }
        }
      }
      // swap u and v
      if (p.compat[v * nv + k1] === 1) {
        const a2 = this.nodeAt(k2, j - 1)
        const b2n = this.nodeAt(k2, j + 1)
        this.loadNode(this.s3, 0, v, k1)
        concat(f1, (i - 1) * F, this.s3, 0, this.t(m1, a, v), this.c(m1, a, v), this.s1, 0)
        concat(this.s1, 0, b1, (i + 1) * F, this.t(m1, v, b), this.c(m1, v, b), this.s1, 0)
        const c1s = this.segCost(this.s1, k1, false)
        if (c1s < Infinity) {
          this.loadNode(this.s3, 0, u, k2)
          concat(f2, (j - 1) * F, this.s3, 0, this.t(m2, a2, u), this.c(m2, a2, u), this.s2, 0)
          concat(this.s2, 0, b2, (j + 1) * F, this.t(m2, u, b2n), this.c(m2, u, b2n), this.s2, 0)
          const c2s = this.segCost(this.s2, k2, false)
          if (c2s < Infinity) {
            const d = c1s + c2s - old + this.agentDelta(k1, this.s1[W]!, k2, this.s2[W]!)
            if (d < -1e-7) {
              this.touch(k1)
              this.touch(k2)
              r1[i - 1] = v
              r2[j - 1] = u
              this.route[u] = k2
              this.route[v] = k1
              this.rebuild(k1)
              this.rebuild(k2)
              return true
            }
          }
        }
      }
    }
    // 2-opt*: route 1 keeps up to u then takes what follows v; route 2 keeps up to v then what follows u
    if (this.sameClass(k1, k2)) {
      const un = this.nodeAt(k1, i + 1)
      const vn = this.nodeAt(k2, j + 1)
      concat(f1, i * F, b2, (j + 1) * F, this.t(m1, u, vn), this.c(m1, u, vn), this.s1, 0)
      concat(f2, j * F, b1, (i + 1) * F, this.t(m2, v, un), this.c(m2, v, un), this.s2, 0)
      const c1 = this.segCost(this.s1, k1, false)
      const c2 = this.segCost(this.s2, k2, false)
      if (c1 < Infinity && c2 < Infinity) {
        const d = c1 + c2 - old + this.agentDelta(k1, this.s1[W]!, k2, this.s2[W]!)
        if (d < -1e-7) {
          this.touch(k1)
          this.touch(k2)
          const t1 = r1.splice(i)
          const t2 = r2.splice(j)
          r1.push(...t2)
          r2.push(...t1)
          this.rebuild(k1)
          this.rebuild(k2)
          return true
        }
      }
    } else if (this.fullLS) {
      // heterogeneous shifts: evaluate the exchanged tails explicitly (O(length))
      const t1 = r1.slice(i)
      const t2 = r2.slice(j)
      if (t1.every((x) => p.compat[x * nv + k2] === 1) && t2.every((x) => p.compat[x * nv + k1] === 1)) {
        const s1 = r1.slice(0, i).concat(t2)
        const s2 = r2.slice(0, j).concat(t1)
        const c1 = this.seqCost(k1, s1)
        const w1 = this.newW1
        if (c1 < Infinity) {
          const c2 = this.seqCost(k2, s2)
          if (c2 < Infinity) {
            const d = c1 + c2 - old + this.agentDelta(k1, w1, k2, this.newW1)
            if (d < -1e-7) {
              this.touch(k1)
              this.touch(k2)
              this.routes[k1] = s1
              this.routes[k2] = s2
              this.rebuild(k1)
              this.rebuild(k2)
              return true
            }
          }
        }
      }
    }
    return false
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
    pool.sort((a, b) => this.p.winE[this.p.winStart[a]!]! - this.p.winE[this.p.winStart[b]!]!)
    for (const v of pool) this.insertBest(v, true, 0)
    this.touched.clear()
    if (this.params.localSearch) {
      this.localSearch(null)
      // shorter routes leave room: try the unassigned visits again
      const left = this.unassignedList()
      for (const v of left) this.insertBest(v, true, 0)
      this.localSearch(left.filter((v) => this.route[v] !== -1))
    }
    this.touched.clear()
    const sc = this.score()
    this.offer(this.snapshot(), sc)
    this.T0 = Math.max(1e-6, (this.params.tempFactor * sc.cost) / Math.max(1, this.p.nVisits))
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
      let inFleet = !this.fleetDone && pr < fleetShare
      if (inFleet) {
        const fb = this.fleetBest
        if (
          fb === null ||
          this.bestScore.unassigned < fb.unassigned ||
          (this.bestScore.unassigned === fb.unassigned && this.bestScore.vehicles < fb.vehicles)
        ) {
          this.fleetBest = this.bestScore
          this.fleetGainAt = pr
        } else if (pr - this.fleetGainAt > this.params.fleetStall) inFleet = false
      }
      if (!inFleet && !this.fleetDone) {
        this.fleetDone = true
        this.costStart = Math.min(pr, fleetShare)
      }
      if (inFleet !== this.fleetMode) {
        this.fleetMode = inFleet
        if (!inFleet) {
          this.load(this.best)
          cur = this.score()
        }
      }
      if (this.fleetMode) cur = this.fleetIteration(cur)
      else {
        const local = (pr - this.costStart) / Math.max(1e-9, 1 - this.costStart)
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
    let before = this.unassignedList()
    // large pools of unassigned visits: retry only a random sample of them at each step
    const cap = Math.ceil(this.params.avgRemoved / 2)
    if (!this.fleetMode && before.length > cap) {
      for (let i = 0; i < cap; i++) {
        const j = i + this.rng.int(before.length - i)
        const t = before[i]!
        before[i] = before[j]!
        before[j] = t
      }
      before = before.slice(0, cap)
    }
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
    if (this.params.localSearch) this.localSearch([...oldWin.keys()].filter((v) => this.route[v] !== -1))
    const sc = this.score()
    let accept: boolean
    if (sc.unassigned !== cur.unassigned) accept = sc.unassigned < cur.unassigned
    else if (this.p.hierarchical && sc.vehicles !== cur.vehicles) accept = sc.vehicles < cur.vehicles
    else if (Math.abs(sc.overtime - cur.overtime) > OVERTIME_TOL) accept = sc.overtime < cur.overtime
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
