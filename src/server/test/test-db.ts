import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openPglite, openPostgres, type Database } from '../db/client'
import { withDatabase } from './global-setup'

export type DatabaseKind = 'pglite' | 'postgresql'

/** The database kinds this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite']

export interface TestDatabase {
  db: Database
  drop(): Promise<void>
}

/** A fresh, migrated database: a clone of the run's template. */
export async function testDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dump = new Blob([readFileSync(inject('pgliteTemplate'))])
    const db = await openPglite(undefined, dump)
    return { db, drop: () => db.close() }
  }
  const url = process.env.TEST_DATABASE_URL!
  const template = inject('postgresTemplate')!
  const name = `lien_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name} template ${template}`)
  await admin.end()
  const db = await openPostgres(withDatabase(url, name), 10)
  return {
    db,
    async drop() {
      await db.close()
      const a = new pg.Client({ connectionString: url })
      await a.connect()
      await a.query(`drop database if exists ${name} with (force)`)
      await a.end()
    },
  }
}
