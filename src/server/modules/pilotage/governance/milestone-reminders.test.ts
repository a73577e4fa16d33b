import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemo, demoTenant, type DemoData } from '../../../demo/demo'
import { createMailer } from '../../../platform/mailer'
import { databaseKinds, testDatabase, type TestDatabase } from '../../../test/test-db'
import { accounts } from '../../auth/auth.table'
import { actionPlans, planMilestones } from '../pilotage.table'
import { runMilestoneReminders } from './milestone-reminders'

describe.each(databaseKinds)('milestone reminders (%s)', (kind) => {
  let t: TestDatabase
  let server: SMTPServer
  let port = 0
  let tenant: DemoData
  let planId: string
  let ownerId: string
  let ownerEmail: string
  const received: { to: string[]; raw: string }[] = []
  const dataDir = mkdtempSync(join(tmpdir(), 'lien-milestones-'))

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = ''
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
    t = await testDatabase(kind)
    tenant = await createDemo(t.db, { ...demoTenant, withDomiciliations: false })
    ownerEmail = tenant.accounts.direction
    const [owner] = await t.db.owner
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, ownerEmail))
    ownerId = owner!.id
    const [plan] = await t.db.owner
      .insert(actionPlans)
      .values({
        organisationId: tenant.organisationId,
        slug: `rappels-${kind}`,
        title: 'Projet social — rappels',
        periodStart: '2022-01-01',
        periodEnd: '2026-12-31',
      })
      .returning()
    planId = plan!.id
  }, 120_000)
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await t?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const deps = () => ({
    db: t.db,
    mailer: createMailer(
      `smtp://127.0.0.1:${port}?ignoreTLS=true`,
      'Lien <ne-pas-repondre@lien.test>',
      dataDir,
    ),
    publicUrl: 'https://lien.exemple.fr',
  })
  const milestone = (
    title: string,
    dueDate: string,
    extra: Partial<typeof planMilestones.$inferInsert> = {},
  ) => ({
    organisationId: tenant.organisationId,
    planId,
    title,
    dueDate,
    ownerAccountId: ownerId,
    recurrence: 'annuelle',
    remindDaysBefore: 15,
    ...extra,
  })

  it('e-mails the owner once, the given number of days before the due date', async () => {
    await t.db.owner
      .insert(planMilestones)
      .values([
        milestone('Présentation de l’ABS au conseil municipal', '2025-06-20'),
        milestone('Rapport d’activité', '2025-07-20', { remindDaysBefore: 5 }),
        milestone('Sans responsable', '2025-06-25', { ownerAccountId: null }),
      ])
    // 1 June (Paris): 19 days before the ABS, too early.
    expect((await runMilestoneReminders(deps(), new Date('2025-06-01T05:00:00Z'))).reminded).toBe(0)
    // 5 June: 15 days before.
    expect((await runMilestoneReminders(deps(), new Date('2025-06-05T05:00:00Z'))).reminded).toBe(1)
    expect(received).toHaveLength(1)
    expect(received[0]!.to).toEqual([ownerEmail])
    expect(received[0]!.raw).toContain('Subject: =?UTF-8?')
    // Quoted-printable: soft line breaks removed.
    expect(received[0]!.raw.replace(/=\r?\n/g, '')).toContain(
      `https://lien.exemple.fr/pilotage/plans/${planId}`,
    )
    // The next day: nothing again.
    expect((await runMilestoneReminders(deps(), new Date('2025-06-06T05:00:00Z'))).reminded).toBe(0)
    expect(received).toHaveLength(1)
    const [abs] = await t.db.owner
      .select()
      .from(planMilestones)
      .where(and(eq(planMilestones.planId, planId), eq(planMilestones.dueDate, '2025-06-20')))
    expect(abs!.remindedAt).not.toBeNull()
  })

  it('creates next year’s occurrence of a yearly milestone once done or past, within the plan', async () => {
    await t.db.owner
      .update(planMilestones)
      .set({ doneOn: '2025-06-18' })
      .where(and(eq(planMilestones.planId, planId), eq(planMilestones.dueDate, '2025-06-20')))
    const run = await runMilestoneReminders(deps(), new Date('2025-06-19T05:00:00Z'))
    expect(run.created).toBe(1)
    const titled = (title: string) =>
      t.db.owner
        .select()
        .from(planMilestones)
        .where(and(eq(planMilestones.planId, planId), eq(planMilestones.title, title)))
        .orderBy(planMilestones.dueDate)
    const abs = await titled('Présentation de l’ABS au conseil municipal')
    expect(abs.map((m) => [m.dueDate, m.doneOn, m.remindedAt === null, m.ownerAccountId])).toEqual([
      ['2025-06-20', '2025-06-18', false, ownerId],
      ['2026-06-20', null, true, ownerId],
    ])
    // Run again: no duplicate. Past its date without being done, the report comes back too,
    // but never after the plan's end (2026-12-31).
    const later = await runMilestoneReminders(deps(), new Date('2025-08-01T05:00:00Z'))
    expect(later.created).toBe(2) // the report and the milestone without owner
    expect((await titled('Rapport d’activité')).map((m) => m.dueDate)).toEqual(['2025-07-20', '2026-07-20'])
    expect((await titled('Présentation de l’ABS au conseil municipal')).length).toBe(2)
    const end = await runMilestoneReminders(deps(), new Date('2026-08-01T05:00:00Z'))
    expect(end.created).toBe(0)
  })
})
