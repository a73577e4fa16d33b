import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../platform/audit'
import { smsOutbox, type SmsProvider } from '../../platform/sms'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciledPerson, type DomiciledPerson } from './mail.fixtures'
import { parisTimeOfDay, sendWaitingMailNotices } from './mail-notices'

describe.each(databaseKinds)('daily notices of waiting mail (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-10T10:00:00+01:00')
  let smsDir: string
  let sms: SmsProvider
  let agent: TestClient
  let agentB: TestClient
  const people: Record<string, DomiciledPerson> = {}

  const at = (iso: string) => (now = new Date(iso))
  const run = (provider: SmsProvider = sms) =>
    sendWaitingMailNotices({ db: t.database.db, sms: provider, mailer: t.mailer }, now)
  const post = (client: TestClient, p: DomiciledPerson, kinds: string[]) =>
    client.post('/api/domiciliation/mail', {
      items: kinds.map((k) => ({ fileNumber: p.fileNumber, kind: k })),
    })
  const notices = async (p: DomiciledPerson, client = agent) =>
    (await client.get(`/api/domiciliations/${p.domiciliationId}/notices`)).body.notices as {
      channel: string
      outcome: string
    }[]
  const texts = async () => (await sms.outbox()).map((m) => `${m.to} ${m.text}`)
  const mailsTo = async (to: string) => (await t.mailer.outbox()).filter((m) => m.to === to)

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    smsDir = mkdtempSync(join(tmpdir(), 'lien-notices-'))
    sms = smsOutbox(smsDir)
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    agentB = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    const a = t.tenantA.organisationId
    const person = (client: TestClient, organisationId: string, usager: Record<string, unknown>) =>
      domiciledPerson(t, client, { organisationId, usager })
    people.sms = await person(agent, a, {
      firstName: 'Sami',
      lastName: 'Texto',
      phone: '06 12 34 56 78',
      consentSms: true,
    })
    people.email = await person(agent, a, {
      firstName: 'Élise',
      lastName: 'Courriel',
      phone: '06 98 76 54 32',
      email: 'elise@exemple.test',
      consentEmail: true,
    })
    people.silent = await person(agent, a, {
      firstName: 'Sans',
      lastName: 'Accord',
      phone: '06 11 11 11 11',
      email: 'sans@exemple.test',
    })
    people.collected = await person(agent, a, {
      firstName: 'Déjà',
      lastName: 'Venu',
      phone: '06 22 22 22 22',
      consentSms: true,
    })
    people.dole = await person(agentB, t.tenantB.organisationId, {
      firstName: 'Doloise',
      lastName: 'Texto',
      phone: '06 33 33 33 33',
      consentSms: true,
    })
    const direction = await t.signIn(t.tenantB.accounts.direction)
    expect(
      (await direction.request('PUT', '/api/domiciliation/mail-settings', { noticeTime: '20:00' })).status,
    ).toBe(200)

    await post(agent, people.sms, ['courrier', 'courrier', 'colis'])
    await post(agent, people.email, ['recommande'])
    await post(agent, people.silent, ['courrier'])
    const collected = await post(agent, people.collected, ['courrier'])
    await agent.post(`/api/domiciliations/${people.collected.domiciliationId}/mail/handover`, {
      itemIds: [collected.body.items[0].id],
    })
    await post(agentB, people.dole, ['courrier'])
  })
  afterAll(async () => {
    await t?.close()
    rmSync(smsDir, { recursive: true, force: true })
  })

  it('reads the time of day in Paris, summer and winter', () => {
    expect(parisTimeOfDay(new Date('2026-01-15T17:05:00Z'))).toBe('18:05')
    expect(parisTimeOfDay(new Date('2026-07-15T16:05:00Z'))).toBe('18:05')
    expect(parisTimeOfDay(new Date('2026-07-15T22:30:00Z'))).toBe('00:30')
  })

  it('sends nothing before the structure’s notice time', async () => {
    at('2026-03-10T17:55:00+01:00')
    expect(await run()).toEqual({ organisations: 0, sent: 0, failed: 0 })
    expect(await sms.outbox()).toEqual([])
  })

  it('sends one grouped message per person who consented, by SMS or else by e-mail', async () => {
    at('2026-03-10T18:05:00+01:00')
    expect(await run()).toEqual({ organisations: 1, sent: 2, failed: 0 })
    expect(await texts()).toEqual([
      '+33612345678 CCAS de Besançon (démonstration) : du courrier vous attend (2 courriers et 1 colis). Venez le retirer à l’accueil, muni d’une pièce d’identité si possible.',
    ])
    const [mail] = await mailsTo('elise@exemple.test')
    expect(mail).toMatchObject({ subject: 'Du courrier vous attend' })
    expect(mail!.text).toContain('1 avis de passage pour un recommandé')
    expect(mail!.text).not.toMatch(/Élise|Courriel/)
    expect(await notices(people.sms!)).toEqual([
      expect.objectContaining({
        channel: 'sms',
        kind: 'courrier_en_attente',
        outcome: 'boîte d’envoi de développement',
      }),
    ])
    expect(await notices(people.email!)).toEqual([expect.objectContaining({ channel: 'email' })])
    const items = (await agent.get(`/api/domiciliations/${people.sms!.domiciliationId}/mail`)).body.items
    expect(items.every((i: { notifiedAt: string }) => i.notifiedAt === now.toISOString())).toBe(true)
  })

  it('respects consent and sends nothing for mail already collected', async () => {
    expect(await notices(people.silent!)).toEqual([])
    expect(await notices(people.collected!)).toEqual([])
    expect(await mailsTo('sans@exemple.test')).toEqual([])
    expect((await texts()).some((x) => x.startsWith('+33611111111') || x.startsWith('+33622222222'))).toBe(
      false,
    )
  })

  it('sends once a day: later runs and later mail wait for tomorrow', async () => {
    at('2026-03-10T18:20:00+01:00')
    expect(await run()).toMatchObject({ sent: 0 })
    at('2026-03-10T18:30:00+01:00')
    await post(agent, people.sms!, ['courrier'])
    at('2026-03-10T18:45:00+01:00')
    expect(await run()).toMatchObject({ sent: 0 })
    expect(await texts()).toHaveLength(1)
    at('2026-03-11T18:00:00+01:00')
    expect(await run()).toMatchObject({ sent: 1 })
    expect((await texts())[0]).toContain('(1 courrier)')
    expect(await notices(people.sms!)).toHaveLength(2)
    expect(await notices(people.email!)).toHaveLength(1)
  })

  it('follows each structure’s own notice time, inside its own tenant', async () => {
    expect(await notices(people.dole!, agentB)).toEqual([])
    at('2026-03-11T20:00:00+01:00')
    expect(await run()).toMatchObject({ sent: 1 })
    expect((await texts())[0]).toMatch(/^\+33633333333 CCAS de Dole : /)
    expect((await agent.get(`/api/domiciliations/${people.dole!.domiciliationId}/notices`)).status).toBe(404)
  })

  it('records a failed send without the number, and tries again the next day only', async () => {
    const failing: SmsProvider = {
      kind: 'http',
      send: async () => ({ sent: false, detail: 'échec : HTTP 503' }),
      outbox: async () => [],
    }
    at('2026-03-12T09:00:00+01:00')
    await post(agent, people.sms!, ['colis'])
    at('2026-03-12T18:05:00+01:00')
    expect(await run(failing)).toMatchObject({ sent: 0, failed: 1 })
    const recorded = await notices(people.sms!)
    expect(recorded[0]).toMatchObject({ channel: 'sms', outcome: 'échec : HTTP 503' })
    expect(JSON.stringify(recorded)).not.toContain('612345678')
    at('2026-03-12T18:20:00+01:00')
    expect(await run()).toMatchObject({ sent: 0 })
    at('2026-03-13T18:05:00+01:00')
    expect(await run()).toMatchObject({ sent: 1 })
    expect((await texts())[0]).toContain('(1 colis)')
  })

  it('writes each notice to the audit log under the job’s name', async () => {
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'domiciliation_notice'),
          eq(auditLog.organisationId, t.tenantA.organisationId),
        ),
      )
    expect(entries.length).toBe(5)
    expect(new Set(entries.map((e) => e.actorLabel))).toEqual(new Set(['Avis de courrier en attente']))
    expect(JSON.stringify(entries.map((e) => e.diff))).not.toMatch(/612345678|elise@/)
  })

  it('keeps mail registered after the notice time for the next day, even for a person not yet told today', async () => {
    const late = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Tardive', lastName: 'Texto', phone: '06 44 44 44 44', consentSms: true },
    })
    at('2026-03-13T19:00:00+01:00')
    await post(agent, late, ['courrier'])
    at('2026-03-13T19:15:00+01:00')
    expect(await run()).toMatchObject({ sent: 0 })
    expect(await notices(late)).toEqual([])
    at('2026-03-14T17:45:00+01:00')
    expect(await run()).toMatchObject({ sent: 0 })
    at('2026-03-14T18:00:00+01:00')
    expect(await run()).toMatchObject({ sent: 1, failed: 0 })
    expect((await texts())[0]).toMatch(/^\+33644444444 .*\(1 courrier\)/)
  })
})
