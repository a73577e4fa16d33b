/**
 * Solver benchmark: the 56 Solomon VRPTW instances in hierarchical mode (vehicles, then distance),
 * every solution re-checked by the independent checker, and a generated SAAD week against a greedy
 * baseline. Writes bench/solver/RESULTS.md (Markdown section) and bench/solver/results.json.
 *
 *   npx tsx bench/solver/run.ts --seconds 30 [--threads 2] [--seed 1] [--only C101,R1] [--no-saad]
 *   SOLOMON_DIR overrides the instance folder (default: ../shared/benchmarks/vrptw/solomon from the repository root).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkSolomon } from '../../src/solver/check-solomon'
import { parseSolomon } from '../../src/solver/solomon'
import { solveSolomon } from '../../src/solver/solve-solomon'
import { runSaadBenchmark } from './saad'
import type { SaadBenchResult } from './saad'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '../..')

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    threads: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-saad': { type: 'boolean', default: false },
    'no-solomon': { type: 'boolean', default: false },
    'saad-seconds': { type: 'string', default: '60' },
    out: { type: 'string', default: join(here, 'RESULTS.md') },
  },
})
const seconds = Number(values.seconds)
const threads = Number(values.threads)
const seed = Number(values.seed)
const solomonDir = process.env.SOLOMON_DIR ?? resolve(repoRoot, '../shared/benchmarks/vrptw/solomon')

let bksSource = 'BKS.json'

interface Row {
  instance: string
  vehicles: number
  distance: number
  seconds: number
  feasible: boolean
  errors: string[]
  bksVehicles: number
  bksDistance: number
}

interface BksEntry {
  best_known_cost: number
  solved_with_vehicles: number
}

async function solomon(): Promise<Row[]> {
  const bks = JSON.parse(readFileSync(join(solomonDir, 'BKS.json'), 'utf8')) as Record<string, BksEntry>
  // the compiled table of current hierarchical best-known values takes precedence when present
  const csvPath = join(solomonDir, 'bks-solomon.csv')
  if (existsSync(csvPath)) {
    const [head, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/)
    const cols = (head ?? '').split(',')
    const iName = cols.indexOf('instance')
    const iV = cols.indexOf('bks_vehicles')
    const iD = cols.indexOf('bks_distance')
    for (const l of lines) {
      const f = l.split(',')
      const name = f[iName]
      if (name === undefined || iV < 0 || iD < 0) continue
      bks[name] = { solved_with_vehicles: Number(f[iV]), best_known_cost: Number(f[iD]) }
    }
    bksSource = 'bks-solomon.csv (current hierarchical best-known values)'
  }
  const only = values.only?.split(',').map((s) => s.trim().toUpperCase())
  const files = readdirSync(solomonDir)
    .filter((f) => /^(C|R|RC)\d+\.txt$/i.test(f))
    .sort((a, b) => a.localeCompare(b))
    .filter((f) => only === undefined || only.some((o) => f.toUpperCase().startsWith(o)))
  const rows: Row[] = []
  for (const f of files) {
    const inst = parseSolomon(readFileSync(join(solomonDir, f), 'utf8'), f)
    const name = f.replace(/\.txt$/i, '')
    const res = await solveSolomon(inst, { budget: { seconds }, seed, threads, hierarchical: true })
    // trust only the checker
    const check = checkSolomon(inst, res.routes)
    const b = bks[name]
    const row: Row = {
      instance: name,
      vehicles: check.vehicles,
      distance: check.distance,
      seconds: res.seconds,
      feasible: check.feasible,
      errors: check.errors.slice(0, 3),
      bksVehicles: b?.solved_with_vehicles ?? NaN,
      bksDistance: b?.best_known_cost ?? NaN,
    }
    rows.push(row)
    process.stderr.write(
      `${name}: ${row.vehicles} / ${row.distance.toFixed(2)} (BKS ${row.bksVehicles} / ${row.bksDistance}) ${row.feasible ? 'ok' : 'INFEASIBLE'} ${row.seconds.toFixed(1)} s\n`,
    )
  }
  return rows
}

function fmt(x: number, d = 2): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
}

function solomonMarkdown(rows: Row[]): string {
  const lines: string[] = []
  lines.push('| instance | vehicles | distance | BKS vehicles | BKS distance | gap | seconds | checker |')
  lines.push('|---|---|---|---|---|---|---|---|')
  let cnv = 0
  let ctd = 0
  let bnv = 0
  let btd = 0
  const gaps: number[] = []
  let infeasible = 0
  for (const r of rows) {
    cnv += r.vehicles
    ctd += r.distance
    bnv += r.bksVehicles
    btd += r.bksDistance
    if (!r.feasible) infeasible++
    const rounded = Math.round(r.distance * 100) / 100
    let gap = `+${r.vehicles - r.bksVehicles} veh.`
    if (r.vehicles === r.bksVehicles) {
      const g = (100 * (rounded - r.bksDistance)) / r.bksDistance
      gaps.push(g)
      gap = `${g >= 0 ? '+' : ''}${g.toFixed(2)} %`
    } else if (r.vehicles < r.bksVehicles) gap = `${r.vehicles - r.bksVehicles} veh.`
    lines.push(
      `| ${r.instance} | ${r.vehicles} | ${fmt(r.distance)} | ${r.bksVehicles} | ${fmt(r.bksDistance)} | ${gap} | ${r.seconds.toFixed(1)} | ${r.feasible ? 'ok' : `✗ ${r.errors[0] ?? ''}`} |`,
    )
  }
  const mean = gaps.length > 0 ? gaps.reduce((a, b) => a + b, 0) / gaps.length : NaN
  lines.push(
    `| **total (${rows.length})** | **${cnv}** | **${fmt(ctd)}** | **${bnv}** | **${fmt(btd)}** | | | ${infeasible} infeasible |`,
  )
  lines.push('')
  lines.push(
    `Vehicles: **${cnv}** (best-known ${bnv}). Mean distance gap over the ${gaps.length} instances where the vehicle count equals the best-known: **${mean >= 0 ? '+' : ''}${mean.toFixed(2)} %** (max ${gaps.length > 0 ? Math.max(...gaps).toFixed(2) : '—'} %). Checker: ${rows.length - infeasible}/${rows.length} feasible.`,
  )
  return lines.join('\n')
}

function saadMarkdown(s: SaadBenchResult): string {
  const lines: string[] = []
  lines.push(
    `Generated week (seed ${s.seed}): ${s.agents} agents, ${s.persons} people, ${s.visits} visits over 7 days; solver budget ${s.budgetSeconds} s, ${threads} threads.`,
  )
  lines.push('')
  lines.push('| KPI | greedy (nearest feasible insertion) | solver | change |')
  lines.push('|---|---|---|---|')
  for (const k of s.kpis) {
    const ch =
      k.greedy === 0
        ? '—'
        : `${(100 * (k.solver - k.greedy)) / k.greedy >= 0 ? '+' : ''}${((100 * (k.solver - k.greedy)) / k.greedy).toFixed(1)} %`
    lines.push(`| ${k.label} | ${fmt(k.greedy, k.digits)} | ${fmt(k.solver, k.digits)} | ${ch} |`)
  }
  lines.push('')
  lines.push(
    `Hard constraints (independent plan checker): greedy ${s.greedyViolations} violations, solver ${s.solverViolations} violations. Solver wall time ${s.solverSeconds.toFixed(1)} s.`,
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const started = new Date()
  const rows = values['no-solomon'] ? [] : await solomon()
  const saad = values['no-saad']
    ? null
    : await runSaadBenchmark({ seconds: Number(values['saad-seconds']), threads, seed })
  const args = process.argv.slice(2).join(' ')
  const md: string[] = []
  md.push('## Planning solver (src/solver)')
  md.push('')
  md.push(
    `Date: ${started.toISOString().slice(0, 10)}. Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`,
  )
  md.push(
    `Command: \`npm run bench:solver -- ${args}\` (instances from \`${relative(repoRoot, solomonDir)}\`).`,
  )
  md.push('')
  if (rows.length > 0) {
    md.push(
      `### Solomon VRPTW, hierarchical (vehicles, then distance), ${seconds} s per instance, ${threads} threads, seed ${seed}`,
    )
    md.push('')
    md.push(
      `Distances recomputed in double precision by the checker from the routes; best-known values from ${bksSource}; gap against the best-known distance when the vehicle count is equal.`,
    )
    md.push('')
    md.push(solomonMarkdown(rows))
    md.push('')
  }
  if (saad !== null) {
    md.push('### SAAD week (Besançon scale) against a greedy baseline')
    md.push('')
    md.push(saadMarkdown(saad))
    md.push('')
  }
  writeFileSync(values.out, md.join('\n'))
  writeFileSync(
    join(here, 'results.json'),
    JSON.stringify({ date: started.toISOString(), args, solomon: rows, saad }, null, 1),
  )
  process.stderr.write(`written ${relative(process.cwd(), values.out)}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
