/**
 * The plans of a few directory searches on PostgreSQL (EXPLAIN ANALYZE), with the synthetic
 * directory of the benchmark, to see where the time goes.
 *
 *   npx tsx bench/directory/explain.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { loadConfig } from '../../src/server/config'
import { rows } from '../../src/server/db/client'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { syntheticDirectory } from '../../src/server/modules/partenaires/directory.demo'
import { searchSql, type SearchFilters } from '../../src/server/modules/partenaires/search.repository'
import { startPlatform } from '../../src/server/start'

const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const dataDir = mkdtempSync(join(tmpdir(), 'lien-bench-directory-'))
const dbName = `lien_bench_directory_explain_${process.pid}`
await dropDatabase(postgresUrl, dbName)
const url = await createDatabase(postgresUrl, dbName)
const config = loadConfig({
  NODE_ENV: 'production',
  LIEN_DEMO: 'true',
  HOST: '127.0.0.1',
  PORT: '0',
  LIEN_DATA_DIR: dataDir,
  LIEN_JOBS: 'off',
  LOG_LEVEL: 'warn',
  DATABASE_URL: url,
  GEOCODER_URL: 'off',
})
const p = await startPlatform(config, { rateLimitFactor: 1000 })
try {
  const organisationId = p.demo!.organisationId
  await syntheticDirectory(p.db.owner, organisationId, { services: 5000, places: 8000 })
  await rows(p.db.owner, sql`analyze`)
  const base: SearchFilters = {
    organisationId,
    text: 'entraide',
    themes: ['aide_alimentaire'],
    subThemes: [],
    publics: [],
    language: null,
    wheelchair: false,
    hearingLoop: false,
    referralModes: [],
    openOn: { day: '2026-11-28', after: '00:00' },
    openAt: null,
    origin: { latitude: 47.2466, longitude: 6.0229, radius: 10_000 },
    limit: 20,
    offset: 0,
  }
  const dialect = new PgDialect()
  for (const f of [
    base,
    { ...base, text: '' },
    { ...base, openOn: null, openAt: { day: '2026-11-25', time: '10:30' } },
  ]) {
    const q = dialect.sqlToQuery(searchSql(f))
    await p.db.transaction({ organisationId, accountId: null, platformAdmin: false }, async (tx) => {
      await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`)
      const plan = await rows<{ 'QUERY PLAN': string }>(
        tx,
        sql.raw(
          `explain (analyze, buffers off) ${q.sql.replace(/\$(\d+)/g, (_, n: string) => literal(q.params[Number(n) - 1]))}`,
        ),
      )
      process.stdout.write(`\n--- ${JSON.stringify({ text: f.text, openOn: f.openOn, openAt: f.openAt })}\n`)
      process.stdout.write(plan.map((r) => r['QUERY PLAN']).join('\n') + '\n')
    })
  }
} finally {
  await p.close()
  rmSync(dataDir, { recursive: true, force: true })
  await dropDatabase(postgresUrl, dbName)
}

function literal(v: unknown): string {
  if (typeof v === 'number') return String(v)
  return `'${String(v).replace(/'/g, "''")}'`
}
