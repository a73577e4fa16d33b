import { sql } from 'drizzle-orm'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import { fileURLToPath } from 'node:url'
import { rows, type Database } from './client'

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))

/** Applies the committed SQL migrations; concurrent starts on one server wait for each other. */
export async function migrate(db: Database): Promise<number> {
  if (db.kind === 'pglite') {
    await migratePglite(db.owner as unknown as PgliteDatabase, { migrationsFolder })
  } else {
    const client = await db.pool!.connect()
    try {
      await client.query('select pg_advisory_lock(7710001)')
      await migratePg(db.owner as unknown as NodePgDatabase, { migrationsFolder })
    } finally {
      await client.query('select pg_advisory_unlock(7710001)').catch(() => undefined)
      client.release()
    }
  }
  return appliedMigrations(db)
}

export async function appliedMigrations(db: Database): Promise<number> {
  const [row] = await rows<{ n: number }>(db.owner, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
  return Number(row?.n ?? 0)
}
