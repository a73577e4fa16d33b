import { sql } from 'drizzle-orm'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client'
import { auditLog } from './audit'
import { startJobs, type Jobs } from './jobs'
import { createMailer } from './mailer'
import { smsOutbox } from './sms'
import { organisations } from '../modules/organisations'
import { usagers } from '../modules/usagers'
import { actionPlans, planAxes, planIndicators } from '../modules/pilotage'
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
    await t.db.owner.insert(auditLog).values({
      organisationId: null,
      action: 'login_failed',
      entityType: 'session',
      at: new Date(Date.now() - 400 * 86_400_000),
    })
    const dataDir = mkdtempSync(join(tmpdir(), 'lien-jobs-'))
    const mailer = createMailer(undefined, 'Lien <test@lien.test>', dataDir)
    jobs = await startJobs(t.db, quiet, 30, {
      mailer,
      publicUrl: 'http://localhost:3000',
      sms: smsOutbox(dataDir),
    })
    const schedules = await rows<{ name: string; cron: string }>(
      t.db.owner,
      sql`select name, cron from pgboss.schedule order by name`,
    )
    expect(schedules).toEqual([
      { name: 'accueil-digest', cron: '30 7 * * *' },
      { name: 'accueil-reminders', cron: '0 8-18 * * 1-5' },
      { name: 'audit-retention', cron: '15 3 * * *' },
      { name: 'domiciliation-follow-up', cron: '45 7 * * *' },
      { name: 'domiciliation-notices', cron: '*/15 * * * *' },
      { name: 'domiciliation-renewal-invitations', cron: '0 10 * * *' },
      { name: 'metiers-agrement-deadlines', cron: '0 6 * * *' },
      { name: 'metiers-alerts', cron: '*/15 * * * *' },
      { name: 'metiers-answer-rates', cron: '40 2 * * *' },
      { name: 'metiers-application-reminders', cron: '0 9 * * *' },
      { name: 'metiers-apprenticeship-matching', cron: '10 * * * *' },
      { name: 'metiers-closing-notices', cron: '20 0 * * *' },
      { name: 'metiers-event-reminders', cron: '*/15 * * * *' },
      { name: 'metiers-immersion-outcomes', cron: '0 8 * * *' },
      { name: 'metiers-immersion-reminders', cron: '0 7 * * *' },
      { name: 'metiers-listening-purge', cron: '40 3 * * *' },
      { name: 'metiers-offers-expiry', cron: '5 0 * * *' },
      { name: 'partenaires-import-geocoding', cron: '*/10 * * * *' },
      { name: 'partenaires-referral-reminders', cron: '30 8 * * *' },
      { name: 'partenaires-stale-entries', cron: '0 9 1 * *' },
      { name: 'pilotage-indicators-compute', cron: '30 5 2 * *' },
      { name: 'pilotage-milestone-reminders', cron: '0 7 * * *' },
      { name: 'sessions-cleanup', cron: '*/30 * * * *' },
      { name: 'usagers-retention-review', cron: '0 4 1 * *' },
    ])
    await jobs.runNow('audit-retention')
    const deadline = Date.now() + 45_000
    let left = 1
    while (left > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      left = Number(
        (await rows<{ n: number }>(t.db.owner, sql`select count(*)::int as n from audit_log`))[0]!.n,
      )
    }
    expect(left).toBe(0)
  })

  it(
    'records the monthly review of person files past their retention, erasing nothing',
    { timeout: 60_000 },
    async () => {
      const [org] = await t.db.owner
        .insert(organisations)
        .values({ kind: 'ccas', name: 'CCAS de revue' })
        .returning()
      const old = new Date(Date.now() - 800 * 86_400_000)
      const [due] = await t.db.owner
        .insert(usagers)
        .values({ organisationId: org!.id, lastName: 'Ancien', lastContactAt: old })
        .returning()
      await t.db.owner.insert(usagers).values({ organisationId: org!.id, lastName: 'Récent' })
      await jobs!.runNow('usagers-retention-review')
      const deadline = Date.now() + 45_000
      let reviews: { usager_ids: string[] }[] = []
      while (reviews.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500))
        reviews = await rows(
          t.db.owner,
          sql`select usager_ids from usager_retention_reviews where organisation_id = ${org!.id}`,
        )
      }
      expect(reviews.map((r) => r.usager_ids)).toEqual([[due!.id]])
      const [kept] = await rows<{ last_name: string }>(
        t.db.owner,
        sql`select last_name from usagers where id = ${due!.id}`,
      )
      expect(kept!.last_name).toBe('Ancien')
    },
  )

  it(
    'gives each computed indicator of a plan the value of the month just ended',
    { timeout: 60_000 },
    async () => {
      const [org] = await t.db.owner
        .insert(organisations)
        .values({ kind: 'ccas', name: 'CCAS des indicateurs' })
        .returning()
      const [plan] = await t.db.owner
        .insert(actionPlans)
        .values({
          organisationId: org!.id,
          slug: 'plan-des-indicateurs-calcules',
          title: 'Plan',
          periodStart: '2020-01-01',
          periodEnd: '2040-12-31',
        })
        .returning()
      const [axis] = await t.db.owner
        .insert(planAxes)
        .values({ organisationId: org!.id, planId: plan!.id, position: 1, title: 'Axe' })
        .returning()
      const [indicator] = await t.db.owner
        .insert(planIndicators)
        .values({
          organisationId: org!.id,
          planId: plan!.id,
          axisId: axis!.id,
          title: 'Domiciliations en cours',
          unit: 'nombre',
          source: 'domiciliation.actives_fin_de_mois',
        })
        .returning()
      await jobs!.runNow('pilotage-indicators-compute')
      const deadline = Date.now() + 45_000
      let found: { period: string; value: string; computed: boolean }[] = []
      while (found.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500))
        found = await rows(
          t.db.owner,
          sql`select period::text as period, value::text as value, computed from plan_measurements
              where indicator_id = ${indicator!.id}`,
        )
      }
      const paris = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Paris',
        year: 'numeric',
        month: '2-digit',
      })
      const [year, month] = paris.format(new Date()).split('-').map(Number)
      const last = month === 1 ? `${year! - 1}-12-01` : `${year}-${String(month! - 1).padStart(2, '0')}-01`
      expect(found).toEqual([{ period: last, value: '0.0000', computed: true }])
    },
  )
})
