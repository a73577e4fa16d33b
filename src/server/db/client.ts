import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { sql, type SQL } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { pgTenantTransaction } from './pg-transaction'
import * as schema from './schema'

export type Schema = typeof schema
/** A drizzle handle: the owner connection, or a tenant transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

/** Who the queries of a transaction run for; row-level security reads these settings. */
export interface TenantSettings {
  organisationId: string | null
  accountId: string | null
  platformAdmin: boolean
}

export const APP_ROLE = 'lien_app'

export interface Database {
  kind: 'pglite' | 'postgresql'
  /** The migration owner: bypasses row-level security. Migrations, jobs and seeding only. */
  owner: Db
  /**
   * Runs `fn` in one transaction, as the application role, scoped to a tenant. `finish`
   * gives a last statement to run just before the commit (the audit entries).
   */
  transaction<T>(settings: TenantSettings, fn: (tx: Db) => Promise<T>, finish?: (tx: Db) => SQL | undefined): Promise<T>
  pglite: PGlite | undefined
  pool: pg.Pool | undefined
  /** The server's URL (PostgreSQL only): for other clients of the same database, such as pg-boss. */
  url: string | undefined
  close(): Promise<void>
}

export const pgliteExtensions = { pg_trgm, unaccent, fuzzystrmatch }

function tenantScoped(owner: Db) {
  return async function transaction<T>(settings: TenantSettings, fn: (tx: Db) => Promise<T>, finish?: (tx: Db) => SQL | undefined): Promise<T> {
    return owner.transaction(async (tx) => {
      await tx.execute(sql`select
        set_config('role', ${APP_ROLE}, true),
        set_config('app.organisation_id', ${settings.organisationId ?? ''}, true),
        set_config('app.account_id', ${settings.accountId ?? ''}, true),
        set_config('app.platform_admin', ${settings.platformAdmin ? 'on' : 'off'}, true)`)
      const result = await fn(tx)
      const last = finish?.(tx)
      if (last) await tx.execute(last)
      return result
    })
  }
}

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  const client = await PGlite.create(dataDir ?? 'memory://', {
    extensions: pgliteExtensions,
    ...(loadDataDir ? { loadDataDir } : {}),
  })
  const owner = drizzlePglite({ client, schema }) as unknown as Db
  return {
    kind: 'pglite',
    owner,
    transaction: tenantScoped(owner),
    pglite: client,
    pool: undefined,
    url: undefined,
    close: () => client.close(),
  }
}

export async function openPostgres(url: string, max = 20): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max })
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  })
  const owner = drizzlePg({ client: pool, schema }) as unknown as Db
  await pool.query('select 1')
  return {
    kind: 'postgresql',
    owner,
    transaction: pgTenantTransaction(pool, APP_ROLE),
    pglite: undefined,
    pool,
    url,
    close: () => pool.end(),
  }
}

/** Raw SQL for what the query builder cannot say; results are the same on PGlite and node-postgres. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query)
  return (result as { rows: T[] }).rows
}
