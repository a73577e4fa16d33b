import type { SQL } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { prepareValue } from 'pg/lib/utils'
import { uuidPattern } from '../../shared/ids'
import type { Db, TenantSettings } from './client'
import * as schema from './schema'

/**
 * A tenant transaction on a PostgreSQL server in as few round trips as the protocol allows.
 * BEGIN and the tenant settings are not sent on their own: they travel with the first
 * statement of the transaction, and the closing statement (the audit entries) travels with
 * COMMIT. An audited read is then two round trips. Batches use the simple protocol, so their
 * values are inlined as quoted literals of the very text node-postgres would send as
 * parameters: PostgreSQL infers their types from the context in both cases.
 */
const dialect = new PgDialect()

class NotInlinable extends TypeError {}

function literal(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new NotInlinable('valeur non inlinable : nombre')
  const text = prepareValue(value)
  if (text === null) return 'NULL'
  if (typeof text !== 'string' || text.includes('\u0000'))
    throw new NotInlinable('valeur non inlinable : binaire')
  return pg.escapeLiteral(text)
}

const inlineParameters = (text: string, params: readonly unknown[]) =>
  text.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]))

/** Renders a drizzle statement with its parameters inlined as literals. */
export function inlined(statement: SQL): string {
  const { sql, params } = dialect.sqlToQuery(statement)
  return inlineParameters(sql, params)
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

interface QueryConfig {
  text: string
  name?: string
  rowMode?: 'array'
  types?: unknown
}

/**
 * The connection as drizzle sees it: the first query carries the pending BEGIN and settings.
 * A query whose values cannot be inlined (binary data) sends them first, on their own.
 */
function lazyBeginClient(client: pg.PoolClient) {
  let pending: string | null = null
  // Statements run one after the other even when a service awaits several at once (Promise.all):
  // a connection executes one query at a time, and node-postgres stops queueing them for us in pg 9.
  let previous: Promise<unknown> = Promise.resolve()
  const query = (config: string | QueryConfig, values?: unknown[]): Promise<pg.QueryResult> => {
    const next = previous.then(() => send(config, values))
    previous = next.catch(() => undefined)
    return next
  }
  const send = async (config: string | QueryConfig, values?: unknown[]): Promise<pg.QueryResult> => {
    const prefix = pending
    if (prefix === null) return client.query(config as pg.QueryConfig, values)
    pending = null
    const { text, ...rest } = typeof config === 'string' ? { text: config } : config
    let batch: string
    try {
      batch = `${prefix}; ${inlineParameters(text, values ?? [])}`
    } catch (err) {
      if (!(err instanceof NotInlinable)) throw err
      await client.query(prefix)
      return client.query(config as pg.QueryConfig, values)
    }
    const results = (await client.query({
      ...rest,
      name: undefined,
      text: batch,
    } as pg.QueryConfig)) as unknown as pg.QueryResult[]
    return results[results.length - 1]!
  }
  return {
    handle: { query } as unknown as pg.PoolClient,
    begin: (statement: string) => (pending = statement),
    /** The statements not yet sent, if the transaction never queried. */
    takePending: () => {
      const prefix = pending
      pending = null
      return prefix
    },
  }
}

const connections = new WeakMap<pg.PoolClient, { tx: Db; lazy: ReturnType<typeof lazyBeginClient> }>()

export function pgTenantTransaction(pool: pg.Pool, role: string) {
  return async function transaction<T>(
    settings: TenantSettings,
    fn: (tx: Db) => Promise<T>,
    finish?: (tx: Db) => SQL | undefined,
  ): Promise<T> {
    const client = await pool.connect()
    let connection = connections.get(client)
    if (!connection) {
      const lazy = lazyBeginClient(client)
      connection = { lazy, tx: drizzle({ client: lazy.handle, schema }) }
      connections.set(client, connection)
    }
    const { tx, lazy } = connection
    try {
      lazy.begin(`begin; ${settingsStatement(role, settings)}`)
      const result = await fn(tx)
      const last = finish?.(tx)
      const unsent = lazy.takePending()
      // Nothing sent and nothing to write: the transaction never needed to exist.
      if (unsent === null || last)
        await client.query([unsent, last && inlined(last), 'commit'].filter(Boolean).join('; '))
      return result
    } catch (err) {
      lazy.takePending()
      await client.query('rollback').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }
}
