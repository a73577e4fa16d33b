import type { TestProject } from 'vitest/node'
import { writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPglite, openPostgres } from '../db/client'
import { createDatabase, dropDatabase } from '../db/admin'
import { migrate } from '../db/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
    postgresTemplate: string | null
  }
}

/**
 * Builds one migrated database per run, which every suite clones: PGlite's initdb costs
 * seconds, a clone a fraction of one. With TEST_DATABASE_URL, a template database on the
 * PostgreSQL server plays the same part.
 */
export default async function setup(project: TestProject) {
  const pglite = await openPglite(undefined)
  await migrate(pglite)
  const dump = await pglite.pglite!.dumpDataDir('none')
  await pglite.close()
  const file = join(tmpdir(), `lien-template-${process.pid}.tar`)
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)

  const url = process.env.TEST_DATABASE_URL
  let templateName: string | null = null
  if (url) {
    templateName = `lien_template_${process.pid}`
    await dropDatabase(url, templateName)
    const db = await openPostgres(await createDatabase(url, templateName), 2)
    await migrate(db)
    await db.close()
  }
  project.provide('postgresTemplate', templateName)

  return async () => {
    rmSync(file, { force: true })
    if (url && templateName) {
      await dropDatabase(url, templateName)
    }
  }
}
