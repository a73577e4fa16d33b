import type { Compiled } from './compile'
import { modeMatrices, vehicleKey } from './compile'
import type { Mode, Model } from './model'
import type { Solution } from './search'

export interface PlannedStop {
  kind: 'visit' | 'break'
  id: string
  /** Start of service (minutes from the start of the week). */
  start: number
  end: number
  /** Travel time from the previous place, and waiting before the start. */
  travel: number
  wait: number
}

export interface PlanRoute {
  agent: string
  shift: number
  mode: Mode
  departure: number
  return: number
  travelTime: number
  workTime: number
  idleTime: number
  distance: number
  stops: PlannedStop[]
}

export type UnassignedReason =
  'skill' | 'forbidden' | 'no_shift' | 'window_unreachable' | 'hours' | 'capacity'

export interface UnassignedVisit {
  visit: string
  reason: UnassignedReason
  detail: string
}

export interface Kpis {
  visits: number
  assigned: number
  unassigned: number
  agentsUsed: number
  shiftsUsed: number
  travelTime: number
  workTime: number
  idleTime: number
  distance: number
  persons: number
  /** Mean number of distinct agents per person over the plan. */
  distinctAgentsPerPerson: number
  /** Share of visits (with a last-week agent) served by that agent. */
  continuityRate: number
  /** Weekly working hours per agent (agents with at least one shift). */
  weeklyHoursMin: number
  weeklyHoursMax: number
  /** Minutes below weekly minimums and above weekly maximums (overtime), summed over agents. */
  underMinutes: number
  overMinutes: number
  /** Overtime minutes (beyond weeklyMaxHours) of every agent who works overtime. */
  overtime: { agent: string; minutes: number }[]
  /**
   * Workload fairness over the agents with a contract (middle of weekly min/max hours) and a shift:
   * weekly working time / contract, its lowest and highest value and its standard deviation.
   */
  workRatioMin: number
  workRatioMax: number
  workRatioStdDev: number
}

export interface Plan {
  routes: PlanRoute[]
  unassigned: UnassignedVisit[]
  kpis: Kpis
}

/** Builds the timed plan (earliest start of every stop, late departure to avoid idle starts). */
export function buildPlan(c: Compiled, sol: Solution): Plan {
  const { model: m, problem: p } = c
  const routes: PlanRoute[] = []
  const nv = p.nVehicles
  sol.routes.forEach((r, k) => {
    if (r.length === 0 || k >= nv) return
    const veh = c.vehicles[k]!
    const agent = m.agents[veh.agent]!
    const mode = p.vehMode[k]!
    const T = p.time[mode]!
    const Dm = c.distance[mode]!
    const P = p.nPlaces
    const s0 = p.nodePlace[p.nVisits + 2 * k]!
    const e0 = p.nodePlace[p.nVisits + 2 * k + 1]!
    const first = r[0]!
    const t01 = T[s0 * P + p.nodePlace[first]!]!
    let firstE = Infinity
    for (let w = p.winStart[first]!; w < p.winStart[first + 1]!; w++) {
      if (p.winL[w]! >= p.vehShiftStart[k]! + t01) firstE = Math.min(firstE, p.winE[w]!)
    }
    const departure = Math.max(
      p.vehShiftStart[k]!,
      Number.isFinite(firstE) ? firstE - t01 : p.vehShiftStart[k]!,
    )
    let t = departure
    let prev = s0
    let travel = 0
    let dist = 0
    let idle = 0
    let work = 0
    const stops: PlannedStop[] = []
    for (const v of r) {
      const pl = p.nodePlace[v]!
      const tt = T[prev * P + pl]!
      const arr = t + tt
      let start = Infinity
      for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
        const s = Math.max(arr, p.winE[w]!)
        if (s <= p.winL[w]! + 1e-9 && s < start) start = s
      }
      if (!Number.isFinite(start)) start = arr // infeasible (should not happen): reported by the checker
      const nd = c.nodes[v]!
      const id =
        nd.kind === 'visit' ? m.visits[nd.index]!.id : `break:${vehicleKey(agent.id, veh.shift)}#${nd.index}`
      stops.push({ kind: nd.kind, id, start, end: start + p.service[v]!, travel: tt, wait: start - arr })
      travel += tt
      dist += Dm[prev * P + pl]!
      if (stops.length > 1) idle += start - arr
      work += tt + p.service[v]!
      t = start + p.service[v]!
      prev = pl
    }
    const back = T[prev * P + e0]!
    travel += back
    work += back
    dist += Dm[prev * P + e0]!
    routes.push({
      agent: agent.id,
      shift: veh.shift,
      mode: c.modes[mode]!,
      departure,
      return: t + back,
      travelTime: travel,
      workTime: work,
      idleTime: idle,
      distance: dist,
      stops,
    })
  })
  const assigned = new Set<number>()
  sol.routes.forEach((r) => r.forEach((v) => assigned.add(v)))
  const unassigned: UnassignedVisit[] = []
  c.nodes.forEach((nd, v) => {
    if (assigned.has(v)) return
    if (nd.kind === 'visit') unassigned.push(explainUnassigned(c, v, sol))
    else {
      const veh = c.vehicles[nd.vehicle]!
      const agentId = m.agents[veh.agent]!.id
      // a break only matters when its shift works
      if ((sol.routes[nd.vehicle]?.length ?? 0) > 0)
        unassigned.push({
          visit: `break:${vehicleKey(agentId, veh.shift)}#${nd.index}`,
          reason: 'window_unreachable',
          detail: 'pause impossible à placer dans la tournée',
        })
    }
  })
  return { routes, unassigned, kpis: kpis(m, routes, unassigned.length) }
}

/** Why a visit could not be planned. */
export function explainUnassigned(c: Compiled, v: number, sol: Solution): UnassignedVisit {
  const { model: m, problem: p } = c
  const nd = c.nodes[v]!
  const vis = nd.kind === 'visit' ? m.visits[nd.index]! : null
  const id = vis?.id ?? `node ${v}`
  if (vis !== null) {
    const missing = vis.skills.filter((s) => !m.agents.some((a) => a.skills.includes(s)))
    if (missing.length > 0)
      return {
        visit: id,
        reason: 'skill',
        detail: `aucun agent n'a la compétence ${missing.map((s) => `« ${s} »`).join(', ')}`,
      }
    const skilled = m.agents.filter((a) => vis.skills.every((s) => a.skills.includes(s)))
    if (skilled.length === 0)
      return {
        visit: id,
        reason: 'skill',
        detail: `aucun agent n'a toutes les compétences ${vis.skills.join(', ')}`,
      }
    if (skilled.every((a) => vis.forbiddenAgents.includes(a.id)))
      return {
        visit: id,
        reason: 'forbidden',
        detail: 'tous les agents qualifiés sont exclus pour cette visite',
      }
  }
  const nv = p.nVehicles
  const compatible: number[] = []
  for (let k = 0; k < nv; k++) if (p.compat[v * nv + k] === 1) compatible.push(k)
  if (compatible.length === 0)
    return {
      visit: id,
      reason: 'no_shift',
      detail: "aucun agent qualifié n'est en service pendant les fenêtres de la visite",
    }
  // can the visit be served alone by some shift?
  const work = new Float64Array(p.nAgents)
  sol.routes.forEach((r, k) => {
    if (r.length === 0) return
    const mode = p.vehMode[k]!
    const T = p.time[mode]!
    const P = p.nPlaces
    let prev = p.nodePlace[p.nVisits + 2 * k]!
    let w = 0
    for (const x of r) {
      w += T[prev * P + p.nodePlace[x]!]! + p.service[x]!
      prev = p.nodePlace[x]!
    }
    w += T[prev * P + p.nodePlace[p.nVisits + 2 * k + 1]!]!
    work[p.vehAgent[k]!] = work[p.vehAgent[k]!]! + w
  })
  let reachable = 0
  let hoursOk = 0
  for (const k of compatible) {
    const mode = p.vehMode[k]!
    const T = p.time[mode]!
    const P = p.nPlaces
    const pl = p.nodePlace[v]!
    const t1 = T[p.nodePlace[p.nVisits + 2 * k]! * P + pl]!
    const t2 = T[pl * P + p.nodePlace[p.nVisits + 2 * k + 1]!]!
    let ok = false
    let span = Infinity
    for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
      const start = Math.max(p.vehShiftStart[k]! + t1, p.winE[w]!)
      if (start <= p.winL[w]! && start + p.service[v]! + t2 <= p.vehShiftEnd[k]!) {
        ok = true
        span = Math.min(span, t1 + p.service[v]! + t2)
      }
    }
    if (!ok) continue
    reachable++
    const wk = t1 + p.service[v]! + t2
    const a = p.vehAgent[k]!
    if (wk <= p.vehMaxWork[k]! && span <= p.vehMaxSpan[k]! && wk <= p.agentMaxWork[a]!) {
      if (work[a]! + wk <= p.agentMaxWork[a]!) hoursOk++
    }
  }
  if (reachable === 0)
    return {
      visit: id,
      reason: 'window_unreachable',
      detail: `aucun des ${compatible.length} services compatibles ne peut atteindre la visite dans sa fenêtre et revenir à temps`,
    }
  if (hoursOk === 0)
    return {
      visit: id,
      reason: 'hours',
      detail: `les ${reachable} services qui peuvent l'atteindre n'ont plus assez d'heures (journée ou contrat hebdomadaire)`,
    }
  return {
    visit: id,
    reason: 'capacity',
    detail: `${hoursOk} services pourraient la faire seule, mais leurs tournées sont pleines sur ce créneau`,
  }
}

export function kpis(m: Model, routes: PlanRoute[], unassigned: number): Kpis {
  const agentsUsed = new Set<string>()
  const weekly = new Map<string, number>()
  let travel = 0
  let work = 0
  let idle = 0
  let dist = 0
  let assigned = 0
  const byPerson = new Map<string, Set<string>>()
  const visitById = new Map(m.visits.map((v) => [v.id, v]))
  let contTotal = 0
  let contOk = 0
  for (const r of routes) {
    agentsUsed.add(r.agent)
    weekly.set(r.agent, (weekly.get(r.agent) ?? 0) + r.workTime)
    travel += r.travelTime
    work += r.workTime
    idle += r.idleTime
    dist += r.distance
    for (const s of r.stops) {
      if (s.kind !== 'visit') continue
      assigned++
      const v = visitById.get(s.id)
      if (v === undefined) continue
      const person = v.person ?? v.id
      let set = byPerson.get(person)
      if (set === undefined) byPerson.set(person, (set = new Set()))
      set.add(r.agent)
      if (v.lastAgent !== undefined) {
        contTotal++
        if (v.lastAgent === r.agent) contOk++
      }
    }
  }
  let distinct = 0
  for (const s of byPerson.values()) distinct += s.size
  let under = 0
  let over = 0
  let hmin = Infinity
  let hmax = 0
  const overtime: Kpis['overtime'] = []
  const ratios: number[] = []
  for (const a of m.agents) {
    if (a.shifts.length === 0) continue
    const w = weekly.get(a.id) ?? 0
    hmin = Math.min(hmin, w / 60)
    hmax = Math.max(hmax, w / 60)
    if (a.weeklyMinHours !== undefined) under += Math.max(0, a.weeklyMinHours * 60 - w)
    if (a.weeklyMaxHours !== undefined && w > a.weeklyMaxHours * 60 + 1e-6) {
      over += w - a.weeklyMaxHours * 60
      overtime.push({ agent: a.id, minutes: w - a.weeklyMaxHours * 60 })
    }
    const lo = a.weeklyMinHours ?? a.weeklyMaxHours
    const hi = a.weeklyMaxHours ?? a.weeklyMinHours
    if (lo !== undefined && hi !== undefined && lo + hi > 0) ratios.push(w / (((lo + hi) / 2) * 60))
  }
  const rMean = ratios.reduce((x, y) => x + y, 0) / Math.max(1, ratios.length)
  const rVar = ratios.reduce((x, y) => x + (y - rMean) ** 2, 0) / Math.max(1, ratios.length)
  return {
    visits: m.visits.length,
    assigned,
    unassigned,
    agentsUsed: agentsUsed.size,
    shiftsUsed: routes.length,
    travelTime: travel,
    workTime: work,
    idleTime: idle,
    distance: dist,
    persons: byPerson.size,
    distinctAgentsPerPerson: byPerson.size === 0 ? 0 : distinct / byPerson.size,
    continuityRate: contTotal === 0 ? 1 : contOk / contTotal,
    weeklyHoursMin: Number.isFinite(hmin) ? hmin : 0,
    weeklyHoursMax: hmax,
    underMinutes: under,
    overMinutes: over,
    overtime,
    workRatioMin: ratios.length === 0 ? 0 : Math.min(...ratios),
    workRatioMax: ratios.length === 0 ? 0 : Math.max(...ratios),
    workRatioStdDev: Math.sqrt(rVar),
  }
}

/**
 * Independent plan checker: recomputes travel times from the model and re-simulates every route from
 * the plan alone. Returns the list of violated hard constraints (empty when the plan is valid).
 */
export function checkPlan(m: Model, plan: Plan): string[] {
  const tol = 1e-6
  const errors: string[] = []
  const placeIdx = new Map(m.places.map((p, i) => [p.id, i]))
  const P = m.places.length
  const mats = new Map<Mode, Float64Array>()
  const matrix = (mode: Mode): Float64Array => {
    let t = mats.get(mode)
    if (t === undefined) mats.set(mode, (t = modeMatrices(m, mode).time))
    return t
  }
  const agents = new Map(m.agents.map((a) => [a.id, a]))
  const visits = new Map(m.visits.map((v) => [v.id, v]))
  const seen = new Map<string, number>()
  const usedShift = new Set<string>()
  const weekly = new Map<string, number>()
  for (const r of plan.routes) {
    const a = agents.get(r.agent)
    const sh = a?.shifts[r.shift]
    const what = `${r.agent}#${r.shift}`
    if (a === undefined || sh === undefined) {
      errors.push(`${what} : agent ou service inconnu`)
      continue
    }
    if (usedShift.has(what)) errors.push(`${what} : service utilisé deux fois`)
    usedShift.add(what)
    const T = matrix(a.mode)
    const sp = placeIdx.get(sh.startPlace ?? a.startPlace)!
    const ep = placeIdx.get(sh.endPlace ?? a.endPlace ?? sh.startPlace ?? a.startPlace)!
    if (r.departure < sh.start - tol)
      errors.push(`${what} : départ ${r.departure} avant le début du service ${sh.start}`)
    let t = r.departure
    let prev = sp
    let work = 0
    const breaksSeen = new Set<number>()
    for (const s of r.stops) {
      let place: number
      let duration: number
      let windows: { start: number; end: number }[]
      if (s.kind === 'visit') {
        const v = visits.get(s.id)
        if (v === undefined) {
          errors.push(`${what} : visite « ${s.id} » inconnue`)
          continue
        }
        seen.set(v.id, (seen.get(v.id) ?? 0) + 1)
        if (!v.skills.every((x) => a.skills.includes(x)))
          errors.push(`${what} : « ${v.id} » demande ${v.skills.join(', ')}`)
        if (v.forbiddenAgents.includes(a.id)) errors.push(`${what} : agent exclu pour « ${v.id} »`)
        place = placeIdx.get(v.place)!
        duration = v.duration
        windows = v.windows
      } else {
        const bi = Number(s.id.split('#').pop())
        const b = sh.breaks[bi]
        if (b === undefined) {
          errors.push(`${what} : pause « ${s.id} » inconnue`)
          continue
        }
        breaksSeen.add(bi)
        place = placeIdx.get(b.place ?? sh.startPlace ?? a.startPlace)!
        duration = b.duration
        windows = [{ start: b.start, end: b.end }]
      }
      const arr = t + T[prev * P + place]!
      work += T[prev * P + place]! + duration
      if (s.start < arr - tol)
        errors.push(`${what} : « ${s.id} » commence à ${s.start}, avant l'arrivée ${arr}`)
      if (!windows.some((w) => s.start >= w.start - tol && s.start <= w.end + tol))
        errors.push(`${what} : « ${s.id} » commence à ${s.start}, hors de ses fenêtres`)
      t = Math.max(arr, s.start) + duration
      prev = place
    }
    const back = t + T[prev * P + ep]!
    work += T[prev * P + ep]!
    if (back > sh.end + tol) errors.push(`${what} : retour à ${back}, après la fin du service ${sh.end}`)
    if (a.maxDailyWork !== undefined && work > a.maxDailyWork + tol)
      errors.push(`${what} : ${work.toFixed(1)} min de travail, maximum ${a.maxDailyWork}`)
    if (a.maxDailySpan !== undefined && back - r.departure > a.maxDailySpan + tol)
      errors.push(`${what} : amplitude ${(back - r.departure).toFixed(1)} min, maximum ${a.maxDailySpan}`)
    if (r.stops.length > 0 && breaksSeen.size < sh.breaks.length) errors.push(`${what} : pause manquante`)
    weekly.set(a.id, (weekly.get(a.id) ?? 0) + work)
  }
  for (const a of m.agents) {
    if (a.weeklyMaxHours === undefined) continue
    const max = a.weeklyMaxHours + a.weeklyOvertimeHours
    if ((weekly.get(a.id) ?? 0) > max * 60 + tol)
      errors.push(
        `agent « ${a.id} » : ${((weekly.get(a.id) ?? 0) / 60).toFixed(2)} h dans la semaine, maximum ${max}${a.weeklyOvertimeHours > 0 ? ' (heures supplémentaires comprises)' : ''}`,
      )
  }
  const un = new Set(plan.unassigned.map((u) => u.visit))
  for (const v of m.visits) {
    const n = seen.get(v.id) ?? 0
    if (n > 1) errors.push(`visite « ${v.id} » planifiée ${n} fois`)
    if (n === 0 && !un.has(v.id)) errors.push(`visite « ${v.id} » ni planifiée ni déclarée non affectée`)
    if (n > 0 && un.has(v.id)) errors.push(`visite « ${v.id} » planifiée et déclarée non affectée`)
  }
  return errors
}
