import type { SQL } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { uuidPattern } from '../../shared/ids'
import type { Db, TenantSettings } from './client'
import * as schema from './schema'

/**
 * A tenant transaction on a PostgreSQL server in as few round trips as the protocol allows:
 * BEGIN travels with the tenant settings, and the closing statement (the audit entries)
 * travels with COMMIT. Both are simple-protocol batches, so their values are inlined as
 * escaped literals; only strings, numbers, booleans, dates and null are accepted.
 */
const dialect = new PgDialect()
const handles = new WeakMap<pg.PoolClient, Db>()

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'string') return pg.escapeLiteral(value)
  if (typeof value === 'number' && Number.isFinite(value)) return `(${value})`
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString())
  throw new TypeError(`valeur non inlinable : ${typeof value}`)
}

/** Renders a drizzle statement with its parameters inlined as literals. */
export function inlined(statement: SQL): string {
  const { sql, params } = dialect.sqlToQuery(statement)
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]))
}

function settingsStatement(role: string, settings: TenantSettings): string {
  for (const id of [settings.organisationId, settings.accountId]) {
    if (id !== null && !uuidPattern.test(id)) throw new TypeError('identifiant de locataire invalide')
  }
  return `select set_config('role', '${role}', true),
    set_config('app.organisation_id', '${settings.organisationId ?? ''}', true),
    set_config('app.account_id', '${settings.accountId ?? ''}', true),
    set_config('app.platform_admin', '${settings.platformAdmin ? 'on' : 'off'}', true)`
}

export function pgTenantTransaction(pool: pg.Pool, role: string) {
  return async function transaction<T>(settings: TenantSettings, fn: (tx: Db) => Promise<T>, finish?: (tx: Db) => SQL | undefined): Promise<T> {
    const client = await pool.connect()
    let tx = handles.get(client)
    if (!tx) {
      tx = drizzle({ client, schema })
      handles.set(client, tx)
    }
    try {
      await client.query(`begin; ${settingsStatement(role, settings)}`)
      const result = await fn(tx)
      const last = finish?.(tx)
      await client.query(last ? `${inlined(last)}; commit` : 'commit')
      return result
    } catch (err) {
      await client.query('rollback').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }
}
