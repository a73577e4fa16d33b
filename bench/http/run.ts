/**
 * HTTP benchmark: a bare Fastify route, /api/health and an authenticated, audited read of a
 * member record, on PGlite and on PostgreSQL (when a server answers), with autocannon on
 * 127.0.0.1. Bounded: `--seconds` per measurement (5 by default), 50 connections.
 */
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import Fastify from 'fastify'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { loadConfig } from '../../src/server/config'
import { HttpSession } from '../../src/server/test/http-session'
import { startPlatform } from '../../src/server/start'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 5
const connections = 50
const run = promisify(execFile)
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

interface Row {
  target: string
  database: string
  rps: number
  p50: number
  p99: number
  errors: number
}

/** autocannon in its own process, so the load generator does not share the server's event loop. */
async function measure(url: string, headers: Record<string, string> = {}) {
  const args = ['--json', '-c', String(connections), '-d', String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url]
  const { stdout } = await run(process.execPath, [autocannonBin, ...args])
  const result = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function bare(): Promise<Row> {
  const app = Fastify()
  app.get('/bare', async () => ({ status: 'ok' }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const port = (app.server.address() as { port: number }).port
  const m = await measure(`http://127.0.0.1:${port}/bare`)
  await app.close()
  return { target: 'Fastify nu, GET /bare', database: '—', ...m }
}

async function platform(database: 'pglite' | 'postgresql'): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-bench-'))
  let dbName: string | undefined
  let url: string | undefined
  if (database === 'postgresql') {
    dbName = `lien_bench_${process.pid}`
    await dropDatabase(postgresUrl, dbName)
    url = await createDatabase(postgresUrl, dbName)
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    LIEN_DEMO: 'true',
    HOST: '127.0.0.1',
    PORT: '0',
    LIEN_DATA_DIR: dataDir,
    LIEN_JOBS: 'off',
    LOG_LEVEL: 'warn',
    ...(url ? { DATABASE_URL: url } : {}),
  })
  const p = await startPlatform(config, { rateLimitFactor: 1000 })
  const port = (p.app.server.address() as { port: number }).port
  const base = `http://127.0.0.1:${port}`
  const session = await new HttpSession(base).init()
  await session.signInEnrollingTotp(p.demo!.accounts.administrateur, p.demo!.password)
  const members = (await session.call<{ id: string }[]>('GET', '/api/members')).body
  const memberId = members[0]!.id
  const cookie = session.cookieHeader
  const label = database === 'pglite' ? 'PGlite' : 'PostgreSQL 15'
  const rows: Row[] = [
    { target: 'GET /api/health', database: label, ...(await measure(`${base}/api/health`)) },
    { target: 'GET /api/members/:id (authentifié, audité)', database: label, ...(await measure(`${base}/api/members/${memberId}`, { cookie })) },
  ]
  await p.close()
  rmSync(dataDir, { recursive: true, force: true })
  if (dbName) await dropDatabase(postgresUrl, dbName)
  return rows
}

async function postgresAvailable() {
  const c = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 1000 })
  try {
    await c.connect()
    await c.end()
    return true
  } catch {
    return false
  }
}

const results: Row[] = [await bare(), ...(await platform('pglite'))]
if (await postgresAvailable()) results.push(...(await platform('postgresql')))
const bareRps = results[0]!.rps
const lines = [
  `## HTTP (npm run bench)`,
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}), autocannon (processus séparé) sur 127.0.0.1, ${connections} connexions, ${seconds} s par mesure ; client et serveur partagent les cœurs.`,
  `Commande : \`npm run bench -- --seconds ${seconds}\``,
  '',
  '| cible | base | req/s | p50 (ms) | p99 (ms) | erreurs | % du Fastify nu |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.target} | ${r.database} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${((100 * r.rps) / bareRps).toFixed(1)} % |`),
  '',
  'Objectif : lecture authentifiée et auditée ≥ 15 % du Fastify nu, p99 ≤ 50 ms à 50 connexions sur PostgreSQL.',
  '',
]
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'))
console.log(lines.join('\n'))
process.exit(0)
