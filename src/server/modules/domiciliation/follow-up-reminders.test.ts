import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { sendFollowUpReminders, sendRenewalInvitations, type TextSender } from './follow-up-reminders'

describe.each(databaseKinds)('follow-up reminders and renewal invitations (%s)', (kind) => {
  let now = new Date('2026-01-05T10:00:00+01:00')
  let t: TestApp
  let agent: TestClient
  let direction: TestClient
  const texts: { to: string; text: string }[] = []
  const sms: TextSender = {
    async send(to, text) {
      texts.push({ to, text })
      return { sent: true, detail: 'envoyé (test)' }
    },
  }
  const ids: Record<string, string> = {}
  const numbers: Record<string, number> = {}
  let deps: Parameters<typeof sendFollowUpReminders>[0]

  async function file(name: string, extra: object = {}) {
    const usagerId = (
      await agent.post('/api/usagers', {
        firstName: name,
        lastName: 'Rappel',
        confirmNotDuplicate: true,
        ...extra,
      })
    ).body.id
    const opened = (await agent.post('/api/domiciliations', { usagerId })).body
    ids[name] = opened.id
    numbers[name] = opened.fileNumber
    return opened.id as string
  }
  async function grant(fileId: string, kind = 'PREMIERE') {
    const requestId = (await agent.post(`/api/domiciliations/${fileId}/requests`, { kind })).body
      .pendingRequest.id
    await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      linkWithCommune: 'RESIDENTIEL',
    })
    expect(
      (await direction.post(`/api/domiciliation-requests/${requestId}/decision`, { decision: 'accepte' }))
        .status,
    ).toBe(201)
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000', sms }
    // Dole has no demonstration people: what is sent is what this test filed.
    agent = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantB.accounts.direction)
    await grant(
      await file('Bérénice', {
        email: 'berenice@exemple.test',
        consentEmail: true,
        phone: '06 12 34 56 78',
        consentSms: true,
      }),
    )
    await grant(await file('Côme', { email: 'come@exemple.test', consentEmail: false }))
    now = new Date('2026-03-02T10:00:00+01:00')
    await agent.post(`/api/domiciliations/${await file('Adèle')}/requests`, { kind: 'PREMIERE' })
  })
  afterAll(async () => t?.close())

  const mailsTo = async (email: string) => (await t.mailer.outbox()).filter((m) => m.to === email)

  it('reminds the agents and the direction of a deadline within 15 days, then every day once late; none on a day off', async () => {
    const sentTo = async () => ({
      agent: (await mailsTo(t.tenantB.accounts.agent_domiciliation)).length,
      direction: (await mailsTo(t.tenantB.accounts.direction)).length,
      accueil: (await mailsTo(t.tenantB.accounts.agent_accueil)).length,
    })
    await sendFollowUpReminders(deps, new Date('2026-04-16T07:45:00+02:00'))
    expect(await sentTo()).toEqual({ agent: 0, direction: 0, accueil: 0 })
    expect(await sendFollowUpReminders(deps, new Date('2026-04-18T07:45:00+02:00'))).toBe(0)
    await sendFollowUpReminders(deps, new Date('2026-04-20T07:45:00+02:00'))
    expect(await sentTo()).toEqual({ agent: 1, direction: 1, accueil: 0 })
    const [toAgent] = await mailsTo(t.tenantB.accounts.agent_domiciliation)
    expect(toAgent!.subject).toBe('Domiciliation : 1 demande à décider, 0 fin de validité dans le mois')
    expect(toAgent!.text).toContain(
      `Dossier n° ${numbers['Adèle']} · Première demande · réponse due le 2 mai 2026`,
    )
    expect(toAgent!.text).toContain(`http://localhost:3000/domiciliation/dossiers/${ids['Adèle']}`)
    expect(toAgent!.text).not.toContain('Adèle')
    expect(toAgent!.text).not.toContain('Rappel')
    const toOthers = (await t.mailer.outbox()).filter((m) => !m.to.endsWith('@dole.test'))
    expect(toOthers.some((m) => m.text.includes(ids['Adèle']!))).toBe(false)

    await sendFollowUpReminders(deps, new Date('2026-05-04T07:45:00+02:00'))
    expect((await mailsTo(t.tenantB.accounts.agent_domiciliation))[0]!.subject).toBe(
      'Domiciliation : 1 demande en retard de décision',
    )
    await sendFollowUpReminders(deps, new Date('2026-05-05T07:45:00+02:00'))
    expect(await sentTo()).toEqual({ agent: 3, direction: 3, accueil: 0 })
  })

  it('lists the domiciliations ending within a month', async () => {
    await sendFollowUpReminders(deps, new Date('2026-12-07T07:45:00+01:00'))
    const [latest] = await mailsTo(t.tenantB.accounts.direction)
    expect(latest!.text).toContain('Domiciliations qui prennent fin dans le mois (2)')
    expect(latest!.text).toContain(`Dossier n° ${numbers['Bérénice']} · valable jusqu’au 4 janvier 2027`)
  })

  it('invites the person to renew a month before the end, on each consented channel, once', async () => {
    await sendRenewalInvitations(deps, new Date('2026-12-03T10:00:00+01:00'))
    expect(await mailsTo('berenice@exemple.test')).toHaveLength(0)
    await sendRenewalInvitations(deps, new Date('2026-12-04T10:00:00+01:00'))
    const [mail] = await mailsTo('berenice@exemple.test')
    expect(mail!.subject).toBe('Votre domiciliation prend fin le 4 janvier 2027')
    expect(mail!.text).toContain(`(dossier n° ${numbers['Bérénice']}) est valable jusqu’au 4 janvier 2027`)
    expect(texts.filter((m) => m.to === '+33612345678')).toEqual([
      {
        to: '+33612345678',
        text: `CCAS de Dole : votre domiciliation (dossier n° ${numbers['Bérénice']}) prend fin le 4 janvier 2027. Venez la renouveler avant cette date.`,
      },
    ])
    expect(await mailsTo('come@exemple.test')).toHaveLength(0)
    await sendRenewalInvitations(deps, new Date('2026-12-05T10:00:00+01:00'))
    expect(await mailsTo('berenice@exemple.test')).toHaveLength(1)
    expect(texts.filter((m) => m.to === '+33612345678')).toHaveLength(1)
    const notices = await rows<{ channel: string; kind: string; outcome: string }>(
      t.database.db.owner,
      sql`select channel, kind, outcome from domiciliation_notices where domiciliation_id = ${ids['Bérénice']!} order by channel`,
    )
    expect(notices).toEqual([
      { channel: 'email', kind: 'invitation_renouvellement', outcome: 'envoyé' },
      { channel: 'sms', kind: 'invitation_renouvellement', outcome: 'envoyé (test)' },
    ])
  })

  it('tries a failed e-mail again the next day, and invites again in the next period after a renewal', async () => {
    now = new Date('2026-12-20T10:00:00+01:00')
    await grant(ids['Bérénice']!, 'RENOUVELLEMENT')
    const failing: Mailer = { ...t.mailer, send: () => Promise.reject(new Error('SMTP indisponible')) }
    const day = new Date('2027-11-20T10:00:00+01:00')
    await sendRenewalInvitations({ ...deps, mailer: failing, sms: undefined }, day)
    const failed = await rows<{ outcome: string }>(
      t.database.db.owner,
      sql`select outcome from domiciliation_notices where domiciliation_id = ${ids['Bérénice']!} and sent_at = ${day.toISOString()}::timestamptz`,
    )
    expect(failed).toEqual([{ outcome: 'échec : Error' }])
    await sendRenewalInvitations(deps, new Date('2027-11-21T10:00:00+01:00'))
    expect(await mailsTo('berenice@exemple.test')).toHaveLength(2)
    expect((await mailsTo('berenice@exemple.test'))[0]!.subject).toBe(
      'Votre domiciliation prend fin le 19 décembre 2027',
    )
    expect(texts.filter((m) => m.to === '+33612345678')).toHaveLength(2)
  })
})
