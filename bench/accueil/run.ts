/**
 * Accueil at scale: the usager search and the first page of an agent's queues, with 10,000 × scale
 * people and 100,000 × scale requests in the demo organisation (scale 10: 100,000 and 1,000,000).
 * One request at a time over 127.0.0.1, timed by the client (HTTP on the loopback included) and by
 * the server itself (its Server-Timing header): the targets are server-side.
 *
 *   npm run bench:accueil -- [--scale 10] [--samples 300] [--database pglite|postgresql|both]
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { rows } from '../../src/server/db/client'
import { seededRandom } from '../../src/server/demo/names'
import { syntheticRequests } from '../../src/server/demo/synthetic-requests'
import { syntheticUsagers } from '../../src/server/demo/synthetic-usagers'
import { REQUESTS_PER_SCALE, USAGERS_PER_SCALE } from '../../src/server/demo/synthetic'
import type { Platform } from '../../src/server/start'
import { HttpSession } from '../../src/server/test/http-session'
import { searchQueries } from './queries'
import { benchPlatform, databaseLabel } from '../support/bench-platform'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    samples: { type: 'string', default: '300' },
    database: { type: 'string', default: 'both' },
  },
})
const scale = Number(values.scale)
const samples = Number(values.samples)
const here = dirname(fileURLToPath(import.meta.url))

interface Row {
  target: string
  database: string
  p50: number
  p95: number
  max: number
  /** p95 of the time the server reports for its answers. */
  serverP95: number
  goal: string
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const ms = (n: number) => n.toFixed(1)
const log = (line: string) => process.stderr.write(`${line}\n`)

async function timed(
  session: HttpSession,
  paths: string[],
): Promise<Omit<Row, 'target' | 'database' | 'goal'>> {
  for (const path of paths.slice(0, 20)) await session.call('GET', path)
  const times: number[] = []
  const serverTimes: number[] = []
  for (let i = 0; i < samples; i++) {
    const path = paths[i % paths.length]!
    const start = performance.now()
    const res = await session.call('GET', path)
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${path} : statut ${res.status}`)
    if (res.serverMs === null) throw new Error(`${path} : pas d’en-tête Server-Timing`)
    serverTimes.push(res.serverMs)
  }
  times.sort((a, b) => a - b)
  serverTimes.sort((a, b) => a - b)
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1]!,
    serverP95: percentile(serverTimes, 95),
  }
}

async function seed(p: Platform) {
  const demo = p.demo!
  const db = p.db.owner
  const accountIds = (
    await rows<{ id: string }>(
      db,
      sql`select account_id as id from memberships where organisation_id = ${demo.organisationId}`,
    )
  ).map((r) => r.id)
  const serviceIds = (
    await rows<{ id: string }>(
      db,
      sql`select id from services where organisation_id = ${demo.organisationId}`,
    )
  ).map((r) => r.id)
  const random = seededRandom(2026)
  const started = Date.now()
  const usagers = scale * USAGERS_PER_SCALE
  const requests = scale * REQUESTS_PER_SCALE
  // One transaction per slice: progress shows, and memory stays bounded on PGlite.
  const slices = scale
  for (let i = 0; i < slices; i++) {
    await db.transaction(async (tx) => {
      await syntheticUsagers(tx, {
        organisationId: demo.organisationId,
        city: 'Besançon',
        communeInsee: '25056',
        count: usagers / slices,
        random,
        createdBy: accountIds[0]!,
      })
      await syntheticRequests(tx, {
        organisationId: demo.organisationId,
        count: requests / slices,
        random,
        accountIds,
        serviceIds,
      })
    })
    log(
      `  ${i + 1}/${slices} : ${((usagers * (i + 1)) / slices).toLocaleString('fr-FR')} personnes, ${((requests * (i + 1)) / slices).toLocaleString('fr-FR')} demandes (${Math.round((Date.now() - started) / 1000)} s)`,
    )
  }
  await rows(db, sql`analyze`)
}

async function measureOn(database: 'pglite' | 'postgresql'): Promise<Row[]> {
  const { platform: p, close } = await benchPlatform(database, 'accueil')
  try {
    log(`${database} : remplissage`)
    await seed(p)
    const session = await new HttpSession(p.url).init()
    await session.signInEnrollingTotp(p.demo!.accounts.agent_accueil, p.demo!.password)
    const label = databaseLabel(database)
    const search = searchQueries(200).map((q) => `/api/usagers?q=${encodeURIComponent(q)}`)
    const result: Row[] = [
      {
        target: 'recherche de personne (GET /api/usagers?q=…)',
        database: label,
        ...(await timed(session, search)),
        goal: database === 'pglite' ? '≤ 80' : '≤ 30',
      },
      {
        target: 'file « Mes demandes », 1re page',
        database: label,
        ...(await timed(session, ['/api/requests?queue=mine'])),
        goal: '≤ 50',
      },
      {
        target: 'file « Demandes du service », 1re page',
        database: label,
        ...(await timed(session, ['/api/requests?queue=service'])),
        goal: '≤ 50',
      },
    ]
    return result
  } finally {
    await close()
  }
}

const kinds =
  values.database === 'both'
    ? (['postgresql', 'pglite'] as const)
    : [values.database as 'pglite' | 'postgresql']
const results: Row[] = []
for (const kind of kinds) results.push(...(await measureOn(kind)))
const lines = [
  '## Accueil à grande échelle (npm run bench:accueil)',
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}) : ${(scale * USAGERS_PER_SCALE).toLocaleString('fr-FR')} personnes et ${(scale * REQUESTS_PER_SCALE).toLocaleString('fr-FR')} demandes dans une organisation, ${samples} requêtes une à une sur 127.0.0.1, chronométrées par le client (HTTP compris) et par le serveur (en-tête Server-Timing : du début de la requête à l’envoi de la réponse). Les objectifs portent sur le temps côté serveur.`,
  `Commande : \`npm run bench:accueil -- --scale ${scale} --samples ${samples}\``,
  '',
  '| mesure | base | p50 client (ms) | p95 client (ms) | max client (ms) | p95 serveur (ms) | objectif p95 serveur (ms) |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.target} | ${r.database} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.serverP95)} | ${r.goal} |`,
  ),
]
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)
