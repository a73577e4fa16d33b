import { checkSolomon } from './check-solomon'
import { runEngine } from './engine'
import type { Budget } from './engine'
import type { SearchParams } from './search'
import { solomonProblem } from './solomon'
import type { SolomonInstance } from './solomon'

export interface SolomonResult {
  instance: string
  vehicles: number
  distance: number
  seconds: number
  routes: number[][]
}

/** Solves a Solomon instance; routes are lists of customer numbers (1..n), distance in double precision. */
export async function solveSolomon(
  inst: SolomonInstance,
  opts: {
    budget: Budget
    seed: number
    threads: number
    hierarchical: boolean
    params?: Partial<SearchParams>
  },
): Promise<SolomonResult> {
  const t0 = Date.now()
  const problem = solomonProblem(inst, opts.hierarchical)
  const res = await runEngine(problem, {
    budget: opts.budget,
    seed: opts.seed,
    threads: opts.threads,
    params: opts.params,
  })
  const routes = res.solution.routes.filter((r) => r.length > 0).map((r) => r.map((v) => v + 1))
  const check = checkSolomon(inst, routes)
  return {
    instance: inst.name,
    vehicles: check.vehicles,
    distance: check.distance,
    seconds: (Date.now() - t0) / 1000,
    routes,
  }
}
