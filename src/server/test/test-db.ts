import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { openPglite, openPostgres, type Database } from '../db/client'
import { createDatabase, dropDatabase } from '../db/admin'

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
  const db = await openPostgres(await createDatabase(url, name, template), 10)
  return {
    db,
    async drop() {
      await db.close()
      await dropDatabase(url, name)
    },
  }
}
