/**
 * The monthly dashboard of a large plan: 500 actions in 6 axes, 2,000 indicators, 5 years of monthly
 * measurements (120,000 rows), targets, milestones and budget lines by funder. The dashboard service
 * is timed server-side, in a tenant transaction as the application role, as the route runs it (no
 * HTTP, no JSON): the whole plan, one axis, one service, one pilot, and past months. Writes
 * RESULTS.md beside this file.
 *
 *   npm run bench:pilotage -- [--samples 200] [--database pglite|postgresql|both]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { openPglite, openPostgres, rows, type Database } from '../../src/server/db/client'
import { migrate } from '../../src/server/db/migrate'
import { accounts } from '../../src/server/modules/auth/auth.table'
import {
  memberships,
  organisations,
  services,
} from '../../src/server/modules/organisations/organisations.table'
import {
  computeDashboard,
  type DashboardFilters,
} from '../../src/server/modules/pilotage/dashboard/dashboard.service'
import { addMonths, parisDate } from '../../src/shared/dates'
import { newId } from '../../src/shared/ids'
import { databaseLabel, postgresUrl, type BenchDatabase } from '../support/bench-platform'
import { seeded, syntheticPlan, type SyntheticPlan } from './synthetic'

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '200' },
    database: { type: 'string', default: 'both' },
  },
})
const samples = Number(values.samples)
const databases: BenchDatabase[] =
  values.database === 'both' ? ['postgresql', 'pglite'] : [values.database as BenchDatabase]
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (n: number) => n.toFixed(1)
const today = parisDate(new Date())
const load = loadavg().map((n) => n.toFixed(1))

async function open(database: BenchDatabase): Promise<{ db: Database; close: () => Promise<void> }> {
  if (database === 'postgresql') {
    const name = `lien_bench_pilotage_${process.pid}`
    await dropDatabase(postgresUrl, name)
    const db = await openPostgres(await createDatabase(postgresUrl, name), 4)
    return {
      db,
      async close() {
        await db.close()
        await dropDatabase(postgresUrl, name)
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'lien-bench-pilotage-'))
  const db = await openPglite(dir)
  return {
    db,
    async close() {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

interface Measured {
  database: BenchDatabase
  whole: number[]
  filtered: number[]
  /** Processor time of this process (Node) per call: the rules, the sorting, reading the rows. */
  nodeCpu: number[]
  plan: SyntheticPlan
  fillSeconds: number
  sizes: { actions: number; indicators: number; milestones: number }
}

async function measure(database: BenchDatabase): Promise<Measured> {
  const { db, close } = await open(database)
  try {
    await migrate(db)
    const [org] = await db.owner
      .insert(organisations)
      .values({ kind: 'ccas', name: 'CCAS de mesure' })
      .returning()
    const organisationId = org!.id
    const serviceRows = await db.owner
      .insert(services)
      .values(
        ['Accueil', 'Domiciliation', 'Aides', 'Seniors', 'Insertion', 'Direction'].map((name) => ({
          organisationId,
          name,
        })),
      )
      .returning()
    const pilotIds = Array.from({ length: 20 }, () => newId())
    await db.owner
      .insert(accounts)
      .values(
        pilotIds.map((id, i) => ({ id, email: `pilote${i}@mesure.test`, displayName: `Pilote ${i + 1}` })),
      )
    await db.owner
      .insert(memberships)
      .values(pilotIds.map((accountId) => ({ organisationId, accountId, roles: ['travailleur_social'] })))
    const fillStart = performance.now()
    const plan = await syntheticPlan(db.owner, {
      organisationId,
      today,
      pilotAccountIds: pilotIds,
      serviceIds: serviceRows.map((s) => s.id),
    })
    await rows(db.owner, sql`analyze`)
    const fillSeconds = (performance.now() - fillStart) / 1000
    log(
      `${databaseLabel(database)} : plan écrit en ${fillSeconds.toFixed(1)} s (${JSON.stringify(plan.counts)})`,
    )

    const thisMonth = today.slice(0, 7)
    const run = (month: string, filters: DashboardFilters) =>
      db.transaction({ organisationId, accountId: pilotIds[0]!, platformAdmin: false }, (tx) =>
        computeDashboard(tx, { planId: plan.planId, month, today, filters, itemLimit: 200 }),
      )
    const first = await run(thisMonth, {})
    const sizes = {
      actions: first!.actions.length + first!.more.actions,
      indicators: first!.indicators.length + first!.more.indicators,
      milestones: first!.milestones.length + first!.more.milestones,
    }
    const next = seeded(7)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
    for (let i = 0; i < 10; i++) await run(thisMonth, {})
    const whole: number[] = []
    const filtered: number[] = []
    const nodeCpu: number[] = []
    for (let i = 0; i < samples; i++) {
      const month =
        next() < 0.6 ? thisMonth : addMonths(`${thisMonth}-01`, -Math.floor(next() * 24)).slice(0, 7)
      const kind = i % 4
      const filters: DashboardFilters =
        kind === 0
          ? {}
          : kind === 1
            ? { axisId: pick(plan.axisIds) }
            : kind === 2
              ? { serviceId: pick(serviceRows).id }
              : { pilotId: pick(pilotIds), year: Number(month.slice(0, 4)) }
      const start = performance.now()
      const cpu = process.cpuUsage()
      await run(month, filters)
      const elapsed = performance.now() - start
      const used = process.cpuUsage(cpu)
      ;(kind === 0 ? whole : filtered).push(elapsed)
      nodeCpu.push((used.user + used.system) / 1000)
    }
    whole.sort((a, b) => a - b)
    filtered.sort((a, b) => a - b)
    nodeCpu.sort((a, b) => a - b)
    return { database, whole, filtered, nodeCpu, plan, fillSeconds, sizes }
  } finally {
    await close()
  }
}

const results: Measured[] = []
for (const database of databases) results.push(await measure(database))

const row = (label: string, database: BenchDatabase, times: number[], target: string) =>
  `| ${label} (${times.length}) | ${databaseLabel(database)} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} | ${target} |`

const counts = results[0]!.plan.counts
const fr = (n: number) => n.toLocaleString('fr-FR')
const lines = [
  '## Tableau de bord d’un plan d’action (npm run bench:pilotage)',
  '',
  `Mesuré le ${today} sur ${cpus().length} cœurs (${cpus()[0]?.model?.trim() ?? 'inconnu'}), machine partagée avec d’autres travaux : charge moyenne ${load.join(' / ')} (1, 5, 15 min) au départ. Plan synthétique déterministe : ${fr(counts.actions)} actions en ${counts.axes} axes, ${fr(counts.indicators)} indicateurs, ${fr(counts.measurements)} mesures mensuelles sur 5 ans, ${fr(counts.targets)} cibles, ${fr(counts.milestones)} jalons, ${fr(counts.budgetLines)} lignes de budget pour ${counts.funders} financeurs. Le service du tableau de bord (\`computeDashboard\`) est chronométré côté serveur, dans la transaction de la requête sous le rôle de l’application et la sécurité des lignes, sans HTTP : feux de toutes les actions, indicateurs et jalons, listes triées (en retard d’abord, 200 au plus de chaque sorte), budget par financeur et par année. ${samples} appels : le plan entier, un axe, un service, un pilote (avec l’année du budget) ; le mois en cours 6 fois sur 10, sinon l’un des 24 mois passés.`,
  `Commande : \`npm run bench:pilotage -- --samples ${samples} --database ${values.database}\``,
  '',
  '| mesure (nombre) | base | p50 (ms) | p95 (ms) | max (ms) | objectif p95 (ms) |',
  '|---|---|---:|---:|---:|---:|',
  ...results.flatMap((r) => [
    row('plan entier', r.database, r.whole, r.database === 'postgresql' ? '≤ 150' : '— (pour information)'),
    row(
      'filtré (axe, service ou pilote)',
      r.database,
      r.filtered,
      r.database === 'postgresql' ? '≤ 150' : '— (pour information)',
    ),
  ]),
  '',
  ...results.map(
    (r) =>
      `${databaseLabel(r.database)} : plan écrit en ${r.fillSeconds.toFixed(0)} s ; temps processeur du processus Node par appel (règles, tri, lecture des lignes ; avec PGlite, la base y tourne aussi) : médiane ${ms(percentile(r.nodeCpu, 50))} ms, p95 ${ms(percentile(r.nodeCpu, 95))} ms ; le plan entier compte ${fr(r.sizes.actions)} actions, ${fr(r.sizes.indicators)} indicateurs et ${fr(r.sizes.milestones)} jalons.`,
  ),
  '',
  'Cinq allers-retours par tableau, jamais un par élément : le plan (et le droit de le lire) ; ses axes, actions, cibles et jalons en un seul document JSON ; les indicateurs avec leur dernière mesure du mois ou d’avant (jointure latérale `limit 1` qui descend l’index `plan_measurements_latest` : une sonde par indicateur) ; les sommes du budget groupées par financeur et par année ; les noms des services et des pilotes. Les feux sont calculés en mémoire par les règles partagées (`traffic-lights.ts`).',
]
// RESULTS.md is shared with the yearly recap's benchmark: each rewrites only its own marked section.
const section = ['<!-- dashboard:start -->', ...lines, '<!-- dashboard:end -->'].join('\n')
const file = join(here, 'RESULTS.md')
const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
const marked = /<!-- dashboard:start -->[\s\S]*<!-- dashboard:end -->/
const next = marked.test(current)
  ? current.replace(marked, section)
  : // The dashboard's section comes first (its heading opens the file).
    `${section}\n\n${current.replace(/^## Tableau de bord[\s\S]*?(?=<!-- |$)/, '').trimStart()}`
writeFileSync(file, `${next.trimEnd()}\n`)
process.stdout.write(`${section}\n`)
