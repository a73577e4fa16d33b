import { compile } from '../../src/solver/compile'
import { greedyNearest } from '../../src/solver/greedy'
import { parseModel } from '../../src/solver/model'
import { buildPlan, checkPlan } from '../../src/solver/plan'
import type { Kpis } from '../../src/solver/plan'
import { generateSaadWeek } from '../../src/solver/saad-generator'
import { solveCompiled } from '../../src/solver/solve-model'

export interface SaadBenchResult {
  seed: number
  agents: number
  persons: number
  visits: number
  budgetSeconds: number
  solverSeconds: number
  greedyViolations: number
  solverViolations: number
  kpis: { label: string; greedy: number; solver: number; digits: number }[]
  greedy: Kpis
  solver: Kpis
}

/** Generated SAAD week at Besançon's scale: solver against the greedy baseline, both checked. */
export async function runSaadBenchmark(o: {
  seconds: number
  threads: number
  seed: number
}): Promise<SaadBenchResult> {
  const agents = 100
  const persons = 1600
  const m = parseModel(generateSaadWeek({ agents, persons, seed: o.seed }))
  const t0 = Date.now()
  const c = compile(m)
  const greedy = buildPlan(c, greedyNearest(c.problem))
  // The wall time counts everything: compiling, the greedy baseline, the search, and building
  // the plan after it, for which 2 % of the budget is kept aside.
  const budget = Math.max(1, o.seconds * 0.98 - (Date.now() - t0) / 1000)
  const res = await solveCompiled(c, { budget: { seconds: budget }, seed: o.seed, threads: o.threads })
  const solverSeconds = (Date.now() - t0) / 1000
  const gv = checkPlan(m, greedy)
  const sv = checkPlan(m, res.plan)
  const g = greedy.kpis
  const s = res.plan.kpis
  const row = (label: string, f: (k: Kpis) => number, digits = 0): SaadBenchResult['kpis'][number] => ({
    label,
    greedy: f(g),
    solver: f(s),
    digits,
  })
  process.stderr.write(
    `SAAD week: greedy ${JSON.stringify(g)}\nsolver ${JSON.stringify(s)} in ${solverSeconds.toFixed(1)} s\n`,
  )
  return {
    seed: o.seed,
    agents,
    persons,
    visits: m.visits.length,
    budgetSeconds: o.seconds,
    solverSeconds,
    greedyViolations: gv.length,
    solverViolations: sv.length,
    kpis: [
      row('visits planned', (k) => k.assigned),
      row('visits unassigned (with reason)', (k) => k.unassigned),
      row('travel time (h)', (k) => k.travelTime / 60, 1),
      row('travel time per planned visit (min)', (k) => k.travelTime / Math.max(1, k.assigned), 2),
      row('working time (h)', (k) => k.workTime / 60, 1),
      row('idle gaps between visits (h)', (k) => k.idleTime / 60, 1),
      row('distinct agents per person (week)', (k) => k.distinctAgentsPerPerson, 2),
      row("visits by last week's agent (%)", (k) => 100 * k.continuityRate, 1),
      row('weekly hours, least loaded agent', (k) => k.weeklyHoursMin, 1),
      row('weekly hours, most loaded agent', (k) => k.weeklyHoursMax, 1),
      row('hours below weekly minimums (h)', (k) => k.underMinutes / 60, 1),
      row('work / contract, standard deviation over agents', (k) => k.workRatioStdDev, 3),
      row('overtime beyond weekly maximums (h)', (k) => k.overMinutes / 60, 1),
    ],
    greedy: g,
    solver: s,
  }
}
