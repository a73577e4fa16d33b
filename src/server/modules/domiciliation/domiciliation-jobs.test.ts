import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startJobs, type Jobs } from '../../platform/jobs'
import { smsOutbox } from '../../platform/sms'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciledPerson, type DomiciledPerson } from './mail.fixtures'

const quiet = { info: () => undefined, error: () => undefined }

/**
 * The scheduled domiciliation jobs as the platform runs them (pg-boss), on a day far from the real
 * one: a job reading the real time instead of the platform's clock would find nothing to announce,
 * no end of validity within a month, and would date its notices wrongly.
 */
describe.each(databaseKinds)('domiciliation jobs read the platform clock (%s)', (kind) => {
  let t: TestApp
  let jobs: Jobs | undefined
  let smsDir: string
  let agent: TestClient
  let person: DomiciledPerson
  // A Tuesday, a working day: the agents' reminder goes out on working days only.
  let now = new Date('2031-06-03T10:00:00+02:00')

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    smsDir = mkdtempSync(join(tmpdir(), 'lien-domiciliation-jobs-'))
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    person = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: {
        firstName: 'Horace',
        lastName: 'Horloge',
        email: 'horace@exemple.test',
        consentEmail: true,
      },
      validFrom: '2030-06-21',
      validUntil: '2031-06-20',
    })
    const registered = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: person.fileNumber, kind: 'courrier' }],
    })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    now = new Date('2031-06-03T18:05:00+02:00')
    jobs = await startJobs(t.database.db, quiet, 30, {
      mailer: t.mailer,
      publicUrl: 'http://localhost:3000',
      sms: smsOutbox(smsDir),
      clock: () => now,
    })
  })
  afterAll(async () => {
    await jobs?.stop()
    await t?.close()
    if (smsDir) rmSync(smsDir, { recursive: true, force: true })
  })

  it(
    'announces waiting mail, reminds the agents and invites to renew on the platform’s day',
    { timeout: 90_000 },
    async () => {
      await jobs!.runNow('domiciliation-notices')
      await jobs!.runNow('domiciliation-follow-up')
      await jobs!.runNow('domiciliation-renewal-invitations')
      const agentEmail = t.tenantA.accounts.agent_domiciliation
      const wanted = (mails: { to: string; subject: string; text: string }[]) => ({
        notice: mails.find((m) => m.to === 'horace@exemple.test' && m.subject === 'Du courrier vous attend'),
        invitation: mails.find(
          (m) =>
            m.to === 'horace@exemple.test' && m.subject === 'Votre domiciliation prend fin le 20 juin 2031',
        ),
        reminder: mails.find(
          (m) =>
            m.to === agentEmail &&
            m.text.includes(`Dossier n° ${person.fileNumber} · valable jusqu’au 20 juin 2031`),
        ),
      })
      const deadline = Date.now() + 75_000
      let found = wanted(await t.mailer.outbox())
      while ((!found.notice || !found.invitation || !found.reminder) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500))
        found = wanted(await t.mailer.outbox())
      }
      expect(found.notice, 'avis de courrier en attente').toBeDefined()
      expect(found.invitation, 'invitation à renouveler').toBeDefined()
      expect(found.reminder, 'rappel aux agents').toBeDefined()
      expect(found.reminder!.text).toContain('au 3 juin 2031')

      // Both notices to the person are listed at the desk, dated by the platform's clock.
      const read = await agent.get(`/api/domiciliations/${person.domiciliationId}/notices`)
      expect(read.status, JSON.stringify(read.body)).toBe(200)
      const notices = read.body.notices as { kind: string; sentAt: string }[]
      expect(notices.map((n) => n.kind).sort()).toEqual(['courrier_en_attente', 'invitation_renouvellement'])
      expect(notices.every((n) => n.sentAt === now.toISOString())).toBe(true)
    },
  )
})
