import { MODES } from './model'
import type { Model, Mode } from './model'
import { buildNeighbours, sharedF32, sharedF64, sharedI32, sharedU8 } from './problem'
import type { Problem } from './problem'

/** What a node of the compiled problem stands for. */
export type NodeRef = { kind: 'visit'; index: number } | { kind: 'break'; vehicle: number; index: number }

export interface Compiled {
  model: Model
  problem: Problem
  /** node (0..nVisits-1) → model visit or break */
  nodes: NodeRef[]
  /** vehicle → agent index and shift index in the model */
  vehicles: { agent: number; shift: number; key: string }[]
  modes: Mode[]
  /** Kilometres per mode, row-major over places (for KPIs). */
  distance: Float64Array[]
}

export interface CompileOptions {
  /** Shifts (keys "agentId#shiftIndex") that must not be used (absences). */
  unavailable?: ReadonlySet<string>
  /** Published assignment visitId → shift key: serving a visit elsewhere costs weights.stability. */
  published?: ReadonlyMap<string, string>
  neighbours?: number
}

export function vehicleKey(agentId: string, shift: number): string {
  return `${agentId}#${shift}`
}

function km(a: Model['places'][number], b: Model['places'][number]): number {
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    const r = Math.PI / 180
    const dLat = (b.lat - a.lat) * r
    const dLon = (b.lon - a.lon) * r
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
  }
  return Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0))
}

/** Travel time (minutes) and distance (km) matrices for one mode: given, or from coordinates. */
export function modeMatrices(m: Model, mode: Mode): { time: Float64Array; distance: Float64Array } {
  const n = m.places.length
  const time = sharedF64(n * n)
  const distance = sharedF64(n * n)
  const given = m.matrices?.[mode]
  const sp = m.speeds
  const speed = mode === 'car' ? sp.car : mode === 'foot' ? sp.foot : sp.transit
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const o = i * n + j
      if (given !== undefined) {
        time[o] = given.time[i]![j]!
        distance[o] = given.distance?.[i]?.[j] ?? 0
      } else {
        const d = i === j ? 0 : km(m.places[i]!, m.places[j]!) * sp.detour
        distance[o] = d
        time[o] = i === j ? 0 : (d / speed) * 60 + (mode === 'transit' ? sp.transitWait : 0)
      }
    }
  return { time, distance }
}

/** Model → array form used by the search. The model must come from parseModel. */
export function compile(m: Model, opts: CompileOptions = {}): Compiled {
  const placeIdx = new Map(m.places.map((p, i) => [p.id, i]))
  const P = m.places.length
  const modes = MODES.filter((mode) => m.agents.some((a) => a.mode === mode))
  if (modes.length === 0) modes.push('car')
  const time: Float64Array[] = []
  const cost: Float64Array[] = []
  const distance: Float64Array[] = []
  for (const mode of modes) {
    const mm = modeMatrices(m, mode)
    time.push(mm.time)
    distance.push(mm.distance)
    const c = sharedF64(P * P)
    for (let i = 0; i < P * P; i++)
      c[i] = m.weights.travelTime * mm.time[i]! + m.weights.distance * mm.distance[i]!
    cost.push(c)
  }
  const vehicles: Compiled['vehicles'] = []
  m.agents.forEach((a, ai) =>
    a.shifts.forEach((_, si) => vehicles.push({ agent: ai, shift: si, key: vehicleKey(a.id, si) })),
  )
  const nv = vehicles.length
  const nodes: NodeRef[] = m.visits.map((_, i) => ({ kind: 'visit', index: i }))
  vehicles.forEach((veh, k) => {
    m.agents[veh.agent]!.shifts[veh.shift]!.breaks.forEach((_, bi) =>
      nodes.push({ kind: 'break', vehicle: k, index: bi }),
    )
  })
  const n = nodes.length
  const nodePlace = sharedI32(n + 2 * nv)
  const service = sharedF64(n + 2 * nv)
  const demand = sharedF64(n + 2 * nv)
  const priority = sharedF64(n)
  let nWin = 0
  for (const nd of nodes) nWin += nd.kind === 'visit' ? m.visits[nd.index]!.windows.length : 1
  const winStart = sharedI32(n + 1)
  const winE = sharedF64(nWin)
  const winL = sharedF64(nWin)
  let w = 0
  nodes.forEach((nd, v) => {
    winStart[v] = w
    if (nd.kind === 'visit') {
      const vis = m.visits[nd.index]!
      nodePlace[v] = placeIdx.get(vis.place)!
      service[v] = vis.duration
      demand[v] = vis.demand
      // replanning: a visit of the published plan weighs a little more, so that the search never drops
      // it to serve another visit of the same priority instead
      priority[v] = opts.published?.has(vis.id) === true ? vis.priority * (1 + 1e-6) : vis.priority
      for (const tw of vis.windows) {
        winE[w] = tw.start
        winL[w++] = tw.end
      }
    } else {
      const veh = vehicles[nd.vehicle]!
      const ag = m.agents[veh.agent]!
      const sh = ag.shifts[veh.shift]!
      const br = sh.breaks[nd.index]!
      nodePlace[v] = placeIdx.get(br.place ?? sh.startPlace ?? ag.startPlace)!
      service[v] = br.duration
      priority[v] = 100
      winE[w] = br.start
      winL[w++] = br.end
    }
  })
  winStart[n] = w
  const vehMode = sharedI32(nv)
  const vehCapacity = sharedF64(nv)
  const vehShiftStart = sharedF64(nv)
  const vehShiftEnd = sharedF64(nv)
  const vehMaxSpan = sharedF64(nv)
  const vehMaxWork = sharedF64(nv)
  const vehAgent = sharedI32(nv)
  vehicles.forEach((veh, k) => {
    const a = m.agents[veh.agent]!
    const sh = a.shifts[veh.shift]!
    const sp = sh.startPlace ?? a.startPlace
    nodePlace[n + 2 * k] = placeIdx.get(sp)!
    nodePlace[n + 2 * k + 1] = placeIdx.get(sh.endPlace ?? a.endPlace ?? sp)!
    vehMode[k] = modes.indexOf(a.mode)
    vehCapacity[k] = a.capacity ?? Infinity
    vehShiftStart[k] = sh.start
    vehShiftEnd[k] = sh.end
    vehMaxSpan[k] = a.maxDailySpan ?? Infinity
    vehMaxWork[k] = a.maxDailyWork ?? Infinity
    vehAgent[k] = veh.agent
  })
  const agentMaxWork = sharedF64(m.agents.length)
  const agentMinWork = sharedF64(m.agents.length)
  const agentOverWork = sharedF64(m.agents.length)
  const agentContract = sharedF64(m.agents.length)
  let contracts = 0
  m.agents.forEach((a, i) => {
    agentMaxWork[i] =
      a.weeklyMaxHours === undefined ? Infinity : (a.weeklyMaxHours + a.weeklyOvertimeHours) * 60
    agentOverWork[i] = a.weeklyMaxHours === undefined ? Infinity : a.weeklyMaxHours * 60
    agentMinWork[i] = a.weeklyMinHours === undefined ? 0 : a.weeklyMinHours * 60
    const lo = a.weeklyMinHours ?? a.weeklyMaxHours
    const hi = a.weeklyMaxHours ?? a.weeklyMinHours
    const contract = lo === undefined || hi === undefined || a.shifts.length === 0 ? 0 : ((lo + hi) / 2) * 60
    agentContract[i] = contract
    contracts += contract
  })
  // fairness target: the share of the contracted time that the visits alone fill
  const visitMinutes = m.visits.reduce((s, v) => s + v.duration, 0)
  const fairTarget = contracts > 0 ? Math.min(1, visitMinutes / contracts) : 0
  // compatibility and soft costs
  const compat = sharedU8(n * nv)
  const soft = sharedF32(n * nv)
  let anySoft = false
  const agentSkills = m.agents.map((a) => new Set(a.skills))
  const agentSectors = m.agents.map((a) => (a.sectors === undefined ? null : new Set(a.sectors)))
  const wt = m.weights
  const unavailable = opts.unavailable ?? new Set<string>()
  nodes.forEach((nd, v) => {
    if (nd.kind === 'break') {
      compat[v * nv + nd.vehicle] = unavailable.has(vehicles[nd.vehicle]!.key) ? 0 : 1
      return
    }
    const vis = m.visits[nd.index]!
    const forbidden = new Set(vis.forbiddenAgents)
    const preferred = new Set(vis.preferredAgents)
    const pub = opts.published?.get(vis.id)
    vehicles.forEach((veh, k) => {
      const a = m.agents[veh.agent]!
      if (unavailable.has(veh.key) || forbidden.has(a.id)) return
      if (!vis.skills.every((s) => agentSkills[veh.agent]!.has(s))) return
      const sh = a.shifts[veh.shift]!
      if (!vis.windows.some((tw) => tw.start <= sh.end && tw.end >= sh.start)) return
      compat[v * nv + k] = 1
      let s = 0
      if (vis.lastAgent !== undefined && vis.lastAgent !== a.id) s += wt.continuity
      if (preferred.size > 0 && !preferred.has(a.id)) s += wt.preferred
      const sec = agentSectors[veh.agent]
      if (vis.sector !== undefined && sec !== null && sec !== undefined && !sec.has(vis.sector))
        s += wt.sector
      if (pub !== undefined && pub !== veh.key) s += wt.stability
      if (s > 0) anySoft = true
      soft[v * nv + k] = s
    })
  })
  const problem: Problem = {
    name: m.name,
    nVisits: n,
    nVehicles: nv,
    nPlaces: P,
    nModes: modes.length,
    nodePlace,
    service,
    demand,
    winStart,
    winE,
    winL,
    priority,
    time,
    cost,
    vehMode,
    vehCapacity,
    vehShiftStart,
    vehShiftEnd,
    vehMaxSpan,
    vehMaxWork,
    vehAgent,
    nAgents: m.agents.length,
    agentMaxWork,
    agentMinWork,
    agentOverWork,
    agentContract,
    compat,
    soft: anySoft ? soft : null,
    nNeighbours: 0,
    neighbours: sharedI32(0),
    idleWeight: wt.idle,
    underWeight: wt.underHours,
    fairWeight: wt.fairness,
    fairTarget,
    overtimeWeight: 1e4,
    unassignedWeight: 1e7,
    hierarchical: m.objective === 'hierarchical',
  }
  buildNeighbours(problem, opts.neighbours ?? 40)
  return { model: m, problem, nodes, vehicles, modes, distance }
}
