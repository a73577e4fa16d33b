import type { Problem } from './problem'
import type { Solution } from './search'

/**
 * Baseline planner, the way a hurried planner would fill a board: every agent's shift is extended one
 * visit at a time, always by the compatible unassigned visit that can start soonest (travel + wait)
 * and still lets the agent get home in time within daily and weekly hours; the shift whose agent is
 * free earliest picks next.
 */
export function greedyNearest(p: Problem): Solution {
  const nv = p.nVehicles
  const n = p.nVisits
  const P = p.nPlaces
  const routes: number[][] = Array.from({ length: nv }, () => [])
  const windows = new Array<number>(n).fill(0)
  const done = new Uint8Array(n)
  const clock = new Float64Array(nv)
  const place = new Int32Array(nv)
  const work = new Float64Array(nv)
  const open = new Uint8Array(nv).fill(1)
  const depart = new Float64Array(nv)
  const agentWork = new Float64Array(p.nAgents)
  const compList: number[][] = Array.from({ length: nv }, () => [])
  for (let v = 0; v < n; v++)
    for (let k = 0; k < nv; k++) if (p.compat[v * nv + k] === 1) compList[k]!.push(v)
  for (let k = 0; k < nv; k++) {
    clock[k] = p.vehShiftStart[k]!
    place[k] = p.nodePlace[n + 2 * k]!
  }
  const endPlace = (k: number): number => p.nodePlace[n + 2 * k + 1]!
  for (;;) {
    let k = -1
    for (let j = 0; j < nv; j++) if (open[j] === 1 && (k === -1 || clock[j]! < clock[k]!)) k = j
    if (k === -1) break
    const T = p.time[p.vehMode[k]!]!
    const back0 = T[place[k]! * P + endPlace(k)]!
    const a = p.vehAgent[k]!
    let best = -1
    let bestStart = Infinity
    let bestWin = 0
    let bestTravel = 0
    for (const v of compList[k]!) {
      if (done[v] === 1) continue
      const tt = T[place[k]! * P + p.nodePlace[v]!]!
      const arr = clock[k]! + tt
      if (arr >= bestStart) continue
      for (let w = p.winStart[v]!; w < p.winStart[v + 1]!; w++) {
        const start = Math.max(arr, p.winE[w]!)
        if (start > p.winL[w]! || start >= bestStart) continue
        const back = T[p.nodePlace[v]! * P + endPlace(k)]!
        if (start + p.service[v]! + back > p.vehShiftEnd[k]!) continue
        const addWork = tt + p.service[v]! + back - (routes[k]!.length === 0 ? 0 : back0)
        const newWork = work[k]! + tt + p.service[v]!
        if (newWork + back > p.vehMaxWork[k]!) continue
        if (agentWork[a]! + addWork > p.agentMaxWork[a]!) continue
        const departure = routes[k]!.length === 0 ? Math.max(p.vehShiftStart[k]!, start - tt) : depart[k]!
        if (start + p.service[v]! + back - departure > p.vehMaxSpan[k]!) continue
        best = v
        bestStart = start
        bestWin = w - p.winStart[v]!
        bestTravel = tt
      }
    }
    if (best === -1) {
      open[k] = 0
      continue
    }
    const back = T[p.nodePlace[best]! * P + endPlace(k)]!
    agentWork[a] =
      agentWork[a]! + bestTravel + p.service[best]! + back - (routes[k]!.length === 0 ? 0 : back0)
    work[k] = work[k]! + bestTravel + p.service[best]!
    if (routes[k]!.length === 0) depart[k] = Math.max(p.vehShiftStart[k]!, bestStart - bestTravel)
    routes[k]!.push(best)
    windows[best] = bestWin
    done[best] = 1
    clock[k] = bestStart + p.service[best]!
    place[k] = p.nodePlace[best]!
  }
  return { routes, windows }
}
