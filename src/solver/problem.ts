/**
 * Internal, array-based form of a routing problem, shared by the search, the workers and the checkers.
 * Every array is allocated on a SharedArrayBuffer so that worker threads read the same memory (no copy).
 *
 * Nodes: visits are 0..nVisits-1; vehicle k has its start node nVisits + 2k and its end node nVisits + 2k + 1.
 * A vehicle is one daily shift of one agent (or one Solomon vehicle).
 */
export interface Problem {
  name: string
  nVisits: number
  nVehicles: number
  nPlaces: number
  nModes: number
  /** Place of every node (visits, then vehicle start/end nodes). */
  nodePlace: Int32Array
  /** Service duration of every node. */
  service: Float64Array
  /** Demand (load) of every node. */
  demand: Float64Array
  /** Time windows of visits on the start of service, in CSR form: windows of visit v are winStart[v]..winStart[v+1]-1. */
  winStart: Int32Array
  winE: Float64Array
  winL: Float64Array
  /** Weight of leaving a visit unassigned (priority). */
  priority: Float64Array
  /** Travel time per mode, row-major nPlaces × nPlaces. */
  time: Float64Array[]
  /** Arc cost per mode (weighted travel time and distance), row-major nPlaces × nPlaces. */
  cost: Float64Array[]
  vehMode: Int32Array
  vehCapacity: Float64Array
  vehShiftStart: Float64Array
  vehShiftEnd: Float64Array
  /** Maximum span (return − departure) of the route. */
  vehMaxSpan: Float64Array
  /** Maximum working time (travel + service) of the route. */
  vehMaxWork: Float64Array
  /** Agent of every vehicle (for weekly couplings). */
  vehAgent: Int32Array
  nAgents: number
  /** Weekly bounds on working time per agent (the maximum includes the overtime allowance). */
  agentMaxWork: Float64Array
  agentMinWork: Float64Array
  /** Weekly working time beyond which minutes count as overtime (Infinity: none). */
  agentOverWork: Float64Array
  /** Contracted weekly minutes used by the fairness cost (0: the agent is left out of it). */
  agentContract: Float64Array
  /** 1 when visit v may be served by vehicle k, at v * nVehicles + k. */
  compat: Uint8Array
  /** Soft cost of serving visit v by vehicle k, at v * nVehicles + k (continuity, preferences, stability), or null. */
  soft: Float32Array | null
  /** Granular neighbours: the nNeighbours closest visits of each visit (time-window aware). */
  nNeighbours: number
  neighbours: Int32Array
  /** Weight of waiting time (idle gaps) inside routes. */
  idleWeight: number
  /** Penalty per minute below the weekly minimum of an agent. */
  underWeight: number
  /** Fairness weight and target work/contract ratio (see `weights.fairness`). */
  fairWeight: number
  fairTarget: number
  /**
   * Weight of an overtime minute inside move evaluations, large enough to dominate travel and soft
   * costs; solutions are compared on overtime as a level of its own (Score.overtime).
   */
  overtimeWeight: number
  /** Penalty per unit of priority of an unassigned visit (dominates every other term). */
  unassignedWeight: number
  /** Vehicles first (route minimisation), then cost; otherwise cost only. */
  hierarchical: boolean
}

export const EPS = 1e-9

export function sharedF64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8))
}
export function sharedF32(n: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(Math.max(1, n) * 4))
}
export function sharedI32(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, n) * 4))
}
export function sharedU8(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, n)))
}

export function startNode(p: Problem, k: number): number {
  return p.nVisits + 2 * k
}
export function endNode(p: Problem, k: number): number {
  return p.nVisits + 2 * k + 1
}

export function travelTime(p: Problem, mode: number, a: number, b: number): number {
  return p.time[mode]![p.nodePlace[a]! * p.nPlaces + p.nodePlace[b]!]!
}

/**
 * Granular neighbour lists: for each visit the k visits with the smallest time-window-aware proximity
 * (travel time, plus a share of the unavoidable wait, plus a large share of the unavoidable lateness).
 */
export function buildNeighbours(p: Problem, k: number): void {
  const n = p.nVisits
  const kk = Math.max(0, Math.min(k, n - 1))
  const out = sharedI32(n * kk)
  const t = p.time[0]!
  const P = p.nPlaces
  const best = new Float64Array(kk + 1)
  const bestId = new Int32Array(kk + 1)
  const e = new Float64Array(n)
  const l = new Float64Array(n)
  for (let v = 0; v < n; v++) {
    let lo = Infinity
    let hi = -Infinity
    for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
      lo = Math.min(lo, p.winE[w]!)
      hi = Math.max(hi, p.winL[w]!)
    }
    e[v] = lo
    l[v] = hi
  }
  for (let u = 0; u < n; u++) {
    let size = 0
    const pu = p.nodePlace[u]! * P
    for (let v = 0; v < n; v++) {
      if (v === u) continue
      const pv = p.nodePlace[v]! * P
      const tuv = t[pu + p.nodePlace[v]!]!
      const tvu = t[pv + p.nodePlace[u]!]!
      const a =
        tuv +
        0.2 * Math.max(0, e[v]! - l[u]! - p.service[u]! - tuv) +
        Math.max(0, e[u]! + p.service[u]! + tuv - l[v]!)
      const b =
        tvu +
        0.2 * Math.max(0, e[u]! - l[v]! - p.service[v]! - tvu) +
        Math.max(0, e[v]! + p.service[v]! + tvu - l[u]!)
      const d = Math.min(a, b)
      if (size < kk || d < best[size - 1]!) {
        let i = size < kk ? size++ : size - 1
        while (i > 0 && best[i - 1]! > d) {
          best[i] = best[i - 1]!
          bestId[i] = bestId[i - 1]!
          i--
        }
        best[i] = d
        bestId[i] = v
      }
    }
    for (let i = 0; i < kk; i++) out[u * kk + i] = bestId[i]!
  }
  p.nNeighbours = kk
  p.neighbours = out
}
