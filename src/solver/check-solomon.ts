import type { SolomonInstance } from './solomon'

export interface SolomonCheck {
  feasible: boolean
  errors: string[]
  vehicles: number
  /** Total distance recomputed in double precision from the routes. */
  distance: number
}

/**
 * Independent checker: recomputes every distance from the coordinates and simulates every route from
 * the customer numbers alone (start of service within the window, waiting allowed, capacity, return
 * to the depot before its due date, each customer exactly once). Tolerance 1e-9 on times.
 */
export function checkSolomon(inst: SolomonInstance, routes: readonly (readonly number[])[]): SolomonCheck {
  const tol = 1e-9
  const n = inst.x.length - 1
  const errors: string[] = []
  const seen = new Int32Array(n + 1)
  const dist = (a: number, b: number): number => Math.hypot(inst.x[a]! - inst.x[b]!, inst.y[a]! - inst.y[b]!)
  let total = 0
  let vehicles = 0
  routes.forEach((route, r) => {
    if (route.length === 0) return
    vehicles++
    let time = inst.ready[0]!
    let load = 0
    let prev = 0
    for (const c of route) {
      if (!Number.isInteger(c) || c < 1 || c > n) {
        errors.push(`route ${r}: customer ${c} does not exist`)
        return
      }
      seen[c]!++
      const d = dist(prev, c)
      total += d
      time = Math.max(time + d, inst.ready[c]!)
      if (time > inst.due[c]! + tol)
        errors.push(`route ${r}: customer ${c} served at ${time} after its due date ${inst.due[c]}`)
      time += inst.service[c]!
      load += inst.demand[c]!
      prev = c
    }
    const back = dist(prev, 0)
    total += back
    time += back
    if (time > inst.due[0]! + tol)
      errors.push(`route ${r}: back at the depot at ${time} after ${inst.due[0]}`)
    if (load > inst.capacity + tol) errors.push(`route ${r}: load ${load} above capacity ${inst.capacity}`)
  })
  for (let c = 1; c <= n; c++) {
    if (seen[c] === 0) errors.push(`customer ${c} is not served`)
    else if (seen[c]! > 1) errors.push(`customer ${c} is served ${seen[c]} times`)
  }
  if (vehicles > inst.vehicles) errors.push(`${vehicles} vehicles used, ${inst.vehicles} available`)
  return { feasible: errors.length === 0, errors, vehicles, distance: total }
}
