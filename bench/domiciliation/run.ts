/**
 * Domiciliation at scale: 5,000 domiciled people with three years of history in the demo
 * organisation. At the desk, find a person by name (typed as agents type it) or by file number,
 * and register a letter; then the annual report of the last full year. One request at a time over
 * 127.0.0.1, timed by the client: the figures include HTTP on the loopback, so they bound the
 * server-side time from above.
 *
 *   npm run bench:domiciliation -- [--people 5000] [--samples 300] [--database pglite|postgresql|both]
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { parisDate } from '../../src/shared/dates'
import { rows } from '../../src/server/db/client'
import { seededRandom } from '../../src/server/demo/names'
import { syntheticDomiciliations } from '../../src/server/demo/synthetic-domiciliations'
import type { Platform } from '../../src/server/start'
import { HttpSession } from '../../src/server/test/http-session'
import { benchPlatform, databaseLabel } from '../support/bench-platform'

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '5000' },
    samples: { type: 'string', default: '300' },
    reports: { type: 'string', default: '10' },
    database: { type: 'string', default: 'both' },
  },
})
const people = Number(values.people)
const samples = Number(values.samples)
const reports = Number(values.reports)
const here = dirname(fileURLToPath(import.meta.url))

interface Row {
  target: string
  database: string
  p50: number
  p95: number
  max: number
  goal: string
}
type Call = (i: number) => Promise<{ status: number; body: unknown }>

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (n: number) => n.toFixed(1)
const log = (line: string) => process.stderr.write(`${line}\n`)
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

async function timed(count: number, call: Call): Promise<Omit<Row, 'target' | 'database' | 'goal'>> {
  for (let i = 0; i < Math.min(20, count); i++) await call(i)
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    const res = await call(i)
    times.push(performance.now() - start)
    if (res.status >= 300) throw new Error(`statut ${res.status} : ${JSON.stringify(res.body)}`)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]! }
}

/** The people and file numbers the desk will look for, read from what was generated. */
async function seed(p: Platform) {
  const demo = p.demo!
  const started = Date.now()
  await p.db.owner.transaction(async (tx) => {
    await syntheticDomiciliations(tx, {
      organisationId: demo.organisationId,
      people,
      years: 3,
      until: parisDate(new Date()),
      random: seededRandom(2026),
      createdBy: null,
      firstFileNumber: 10_000,
    })
  })
  await rows(p.db.owner, sql`analyze`)
  log(`  ${people.toLocaleString('fr-FR')} domiciliés en ${Math.round((Date.now() - started) / 1000)} s`)
  return rows<{ first_name: string | null; last_name: string | null; file_number: number; active: boolean }>(
    p.db.owner,
    sql`select u.first_name, u.last_name, d.file_number,
          d.status = 'valide' and d.valid_until >= current_date as active
        from domiciliations d join usagers u on u.id = d.usager_id
        where d.organisation_id = ${demo.organisationId} and d.file_number >= 10000 order by d.file_number`,
  )
}

async function measureOn(database: 'pglite' | 'postgresql'): Promise<Row[]> {
  const { platform: p, close } = await benchPlatform(database, 'domiciliation')
  try {
    log(`${database} : remplissage`)
    const files = await seed(p)
    const random = seededRandom(7)
    const sample = Array.from({ length: samples }, () => files[Math.floor(random() * files.length)]!)
    // Letters are registered for people domiciled today; the others' post goes back to the sender.
    const active = sample.filter((f) => f.active)
    const session = await new HttpSession(p.url).init()
    await session.signInEnrollingTotp(p.demo!.accounts.agent_domiciliation, p.demo!.password)
    const director = await new HttpSession(p.url).init()
    await director.signInEnrollingTotp(p.demo!.accounts.direction, p.demo!.password)
    const label = databaseLabel(database)
    // Surname then first name, unaccented, as typed at the desk.
    const byName: Call = (i) => {
      const f = sample[i % sample.length]!
      const q = plain([f.last_name, f.first_name].filter(Boolean).join(' '))
      return session.call('GET', `/api/domiciliation/desk?q=${encodeURIComponent(q)}`)
    }
    const byNumber: Call = (i) =>
      session.call('GET', `/api/domiciliation/desk?q=${sample[i % sample.length]!.file_number}`)
    const letter: Call = (i) =>
      session.call('POST', '/api/domiciliation/mail', {
        items: [
          { fileNumber: active[i % active.length]!.file_number, kind: 'courrier', sender: 'CAF du Doubs' },
        ],
      })
    const lastYear = new Date().getFullYear() - 1
    const report: Call = () => director.call('GET', `/api/domiciliation-report?year=${lastYear}`)
    return [
      { target: 'recherche au guichet par nom', ...(await timed(samples, byName)), goal: '≤ 100' },
      { target: 'recherche au guichet par numéro', ...(await timed(samples, byNumber)), goal: '≤ 100' },
      { target: 'enregistrement d’un courrier', ...(await timed(samples, letter)), goal: '≤ 100' },
      {
        target: `rapport annuel ${lastYear} (${reports} fois)`,
        ...(await timed(reports, report)),
        goal: database === 'pglite' ? '≤ 2 000' : '—',
      },
    ].map((r) => ({ ...r, database: label }))
  } finally {
    await close()
  }
}

const kinds =
  values.database === 'both'
    ? (['pglite', 'postgresql'] as const)
    : [values.database as 'pglite' | 'postgresql']
const results: Row[] = []
for (const kind of kinds) results.push(...(await measureOn(kind)))
const lines = [
  '## Domiciliation à grande échelle (npm run bench:domiciliation)',
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}) : ${people.toLocaleString('fr-FR')} personnes domiciliées avec trois ans d’historique (décisions, courriers, passages) dans une organisation, ${samples} requêtes une à une sur 127.0.0.1, chronométrées par le client (HTTP compris).`,
  `Commande : \`npm run bench:domiciliation -- --people ${people} --samples ${samples}\``,
  '',
  '| mesure | base | p50 (ms) | p95 (ms) | max (ms) | objectif p95 (ms) |',
  '|---|---|---:|---:|---:|---:|',
  ...results.map(
    (r) => `| ${r.target} | ${r.database} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.goal} |`,
  ),
]
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)
