import { sql } from 'drizzle-orm'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client'
import { auditLog } from './audit'
import { startJobs, type Jobs } from './jobs'
import { createMailer } from './mailer'
import { databaseKinds, testDatabase, type TestDatabase } from '../test/test-db'

const quiet = { info: () => undefined, error: () => undefined }

describe.each(databaseKinds)('background jobs (%s)', (kind) => {
  let t: TestDatabase
  let jobs: Jobs | undefined
  beforeAll(async () => {
    t = await testDatabase(kind)
  })
  afterAll(async () => {
    await jobs?.stop()
    await t?.drop()
  })

  it('schedules the audit retention and runs it when sent', { timeout: 60_000 }, async () => {
    await t.db.owner.insert(auditLog).values({ organisationId: null, action: 'login_failed', entityType: 'session', at: new Date(Date.now() - 400 * 86_400_000) })
    const mailer = createMailer(undefined, 'Lien <test@lien.test>', mkdtempSync(join(tmpdir(), 'lien-jobs-')))
    jobs = await startJobs(t.db, quiet, 30, { mailer, publicUrl: 'http://localhost:3000' })
    const schedules = await rows<{ name: string; cron: string }>(t.db.owner, sql`select name, cron from pgboss.schedule order by name`)
    expect(schedules).toEqual([
      { name: 'accueil-digest', cron: '30 7 * * *' },
      { name: 'accueil-reminders', cron: '0 8-18 * * 1-5' },
      { name: 'audit-retention', cron: '15 3 * * *' },
      { name: 'sessions-cleanup', cron: '*/30 * * * *' },
    ])
    await jobs.runNow('audit-retention')
    const deadline = Date.now() + 45_000
    let left = 1
    while (left > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      left = Number((await rows<{ n: number }>(t.db.owner, sql`select count(*)::int as n from audit_log`))[0]!.n)
    }
    expect(left).toBe(0)
  })
})
