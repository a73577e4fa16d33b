import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/server/config'
import { createDatabase, dropDatabase } from '../../src/server/db/admin'
import { startPlatform, type Platform } from '../../src/server/start'

export type BenchDatabase = 'pglite' | 'postgresql'

/** The server the benchmarks create their databases on. */
export const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

export const databaseLabel = (database: BenchDatabase) => (database === 'pglite' ? 'PGlite' : 'PostgreSQL 15')

/**
 * The platform with its demonstration data, on a database and a data directory of its own, in
 * production mode without background jobs and with rate limits out of the way; `close` removes both.
 */
export async function benchPlatform(
  database: BenchDatabase,
  name: string,
  settings: Record<string, string> = {},
): Promise<{ platform: Platform; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `lien-bench-${name}-`))
  const dbName = `lien_bench_${name.replaceAll('-', '_')}_${process.pid}`
  let url: string | undefined
  if (database === 'postgresql') {
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
    ...settings,
    ...(url ? { DATABASE_URL: url } : {}),
  })
  const platform = await startPlatform(config, { rateLimitFactor: 1000 })
  return {
    platform,
    async close() {
      await platform.close()
      rmSync(dataDir, { recursive: true, force: true })
      if (url) await dropDatabase(postgresUrl, dbName)
    },
  }
}
