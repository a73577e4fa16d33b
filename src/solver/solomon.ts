import { buildNeighbours, sharedF64, sharedI32, sharedU8 } from './problem'
import type { Problem } from './problem'

/** A Solomon VRPTW instance as read from its text file (node 0 is the depot). */
export interface SolomonInstance {
  name: string
  vehicles: number
  capacity: number
  x: number[]
  y: number[]
  demand: number[]
  ready: number[]
  due: number[]
  service: number[]
}

export class SolomonFormatError extends Error {}

export function parseSolomon(text: string, fallbackName = 'instance'): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const name = lines.find((l) => l.length > 0) ?? fallbackName
  const vIdx = lines.findIndex((l) => /^NUMBER\s+CAPACITY/i.test(l))
  if (vIdx < 0) throw new SolomonFormatError(`${fallbackName}: section VEHICLE (NUMBER CAPACITY) introuvable`)
  const vParts = (lines[vIdx + 1] ?? '').split(/\s+/).map(Number)
  const vehicles = vParts[0]
  const capacity = vParts[1]
  if (
    vehicles === undefined ||
    capacity === undefined ||
    !Number.isFinite(vehicles) ||
    !Number.isFinite(capacity)
  )
    throw new SolomonFormatError(`${fallbackName}: nombre de véhicules ou capacité illisible`)
  const inst: SolomonInstance = {
    name,
    vehicles,
    capacity,
    x: [],
    y: [],
    demand: [],
    ready: [],
    due: [],
    service: [],
  }
  const cIdx = lines.findIndex((l) => /^CUST\s+NO/i.test(l))
  if (cIdx < 0) throw new SolomonFormatError(`${fallbackName}: section CUSTOMER introuvable`)
  for (let i = cIdx + 1; i < lines.length; i++) {
    const l = lines[i]!
    if (l.length === 0) continue
    const f = l.split(/\s+/).map(Number)
    if (f.length < 7 || f.some((x) => !Number.isFinite(x)))
      throw new SolomonFormatError(`${fallbackName}: ligne ${i + 1} illisible: « ${l} »`)
    if (f[0] !== inst.x.length)
      throw new SolomonFormatError(`${fallbackName}: ligne ${i + 1}: client ${f[0]} attendu ${inst.x.length}`)
    inst.x.push(f[1]!)
    inst.y.push(f[2]!)
    inst.demand.push(f[3]!)
    inst.ready.push(f[4]!)
    inst.due.push(f[5]!)
    inst.service.push(f[6]!)
  }
  if (inst.x.length < 2) throw new SolomonFormatError(`${fallbackName}: aucun client`)
  return inst
}

export function solomonDistance(inst: SolomonInstance, a: number, b: number): number {
  const dx = inst.x[a]! - inst.x[b]!
  const dy = inst.y[a]! - inst.y[b]!
  return Math.sqrt(dx * dx + dy * dy)
}

/** Solomon instance → internal problem: travel time = cost = Euclidean distance in double precision. */
export function solomonProblem(inst: SolomonInstance, hierarchical: boolean, neighbours = 40): Problem {
  const n = inst.x.length - 1
  const P = inst.x.length
  const nv = inst.vehicles
  const time = sharedF64(P * P)
  for (let a = 0; a < P; a++) for (let b = 0; b < P; b++) time[a * P + b] = solomonDistance(inst, a, b)
  const nodes = n + 2 * nv
  const nodePlace = sharedI32(nodes)
  const service = sharedF64(nodes)
  const demand = sharedF64(nodes)
  for (let v = 0; v < n; v++) {
    nodePlace[v] = v + 1
    service[v] = inst.service[v + 1]!
    demand[v] = inst.demand[v + 1]!
  }
  const winStart = sharedI32(n + 1)
  const winE = sharedF64(n)
  const winL = sharedF64(n)
  for (let v = 0; v <= n; v++) winStart[v] = v
  for (let v = 0; v < n; v++) {
    winE[v] = inst.ready[v + 1]!
    winL[v] = inst.due[v + 1]!
  }
  const fill = (n: number, x: number): Float64Array => sharedF64(n).fill(x)
  const compat = sharedU8(n * nv).fill(1)
  const p: Problem = {
    name: inst.name,
    nVisits: n,
    nVehicles: nv,
    nPlaces: P,
    nModes: 1,
    nodePlace,
    service,
    demand,
    winStart,
    winE,
    winL,
    priority: fill(n, 1),
    time: [time],
    cost: [time],
    vehMode: sharedI32(nv),
    vehCapacity: fill(nv, inst.capacity),
    vehShiftStart: fill(nv, inst.ready[0]!),
    vehShiftEnd: fill(nv, inst.due[0]!),
    vehMaxSpan: fill(nv, Infinity),
    vehMaxWork: fill(nv, Infinity),
    vehAgent: sharedI32(nv).map((_, i) => i),
    nAgents: nv,
    agentMaxWork: fill(nv, Infinity),
    agentMinWork: fill(nv, 0),
    agentOverWork: fill(nv, Infinity),
    agentContract: fill(nv, 0),
    compat,
    soft: null,
    nNeighbours: 0,
    neighbours: sharedI32(0),
    idleWeight: 0,
    underWeight: 0,
    fairWeight: 0,
    fairTarget: 0,
    overtimeWeight: 1e4,
    unassignedWeight: 1e7,
    hierarchical,
  }
  buildNeighbours(p, neighbours)
  return p
}
