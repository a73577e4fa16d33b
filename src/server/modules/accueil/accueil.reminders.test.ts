import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { organisations } from '../organisations'
import { sendDailyDigests, sendDueReminders, type ReminderDeps } from './accueil.reminders'
import { requests } from './accueil.table'

describe.each(databaseKinds)('morning digest and reminders (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-02T09:00:00+01:00')
  let deps: ReminderDeps
  let domiciliation: TestClient
  let instructeur: TestClient
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }
    await t.database.db.owner
      .update(organisations)
      .set({ name: 'CCAS <Besançon> & environs' })
      .where(eq(organisations.id, t.tenantA.organisationId))
    domiciliation = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    instructeur = await t.signIn(t.tenantA.accounts.instructeur_aides)
    ids.call = (
      await domiciliation.post('/api/requests', {
        channel: 'telephone',
        themes: ['domiciliation'],
        subject: 'Sujet confidentiel',
      })
    ).body.id // due 4 March
    ids.mail = (
      await domiciliation.post('/api/requests', { channel: 'courriel', themes: ['logement'] })
    ).body.id // due 9 March
    now = new Date('2026-02-27T09:00:00+01:00')
    ids.walkIn = (
      await instructeur.post('/api/requests', {
        channel: 'accueil_physique',
        themes: ['sante'],
        contactName: 'Madame X',
      })
    ).body.id // due 27 February
    const answered = (
      await instructeur.post('/api/requests', { channel: 'accueil_physique', themes: ['autre'] })
    ).body.id
    await instructeur.post(`/api/requests/${answered}/answers`, {
      channel: 'accueil_physique',
      body: 'Réponse donnée sur place.',
    })
  })
  afterAll(async () => t?.close())

  const mailsTo = async (role: 'agent_domiciliation' | 'instructeur_aides') =>
    (await t.mailer.outbox()).filter((m) => m.to === t.tenantA.accounts[role])

  it('sends each agent one e-mail with what is late, due today or due next working day; none on a day off', async () => {
    expect(await sendDailyDigests(deps, new Date('2026-03-07T07:30:00+01:00'))).toBe(0)
    const sent = await sendDailyDigests(deps, new Date('2026-03-03T07:30:00+01:00'))
    expect(sent).toBeGreaterThanOrEqual(2)
    const [toDomiciliation] = await mailsTo('agent_domiciliation')
    expect((await mailsTo('agent_domiciliation')).length).toBe(1)
    expect(toDomiciliation!.subject).toBe('Vos demandes du mardi 3 mars 2026 : 1 à traiter')
    expect(toDomiciliation!.text).toContain('À traiter pour le mercredi 4 mars 2026 (1)')
    expect(toDomiciliation!.text).toContain(`http://localhost:3000/accueil/demandes/${ids.call}`)
    expect(toDomiciliation!.text).not.toContain(ids.mail!)
    expect(toDomiciliation!.text).not.toContain('Sujet confidentiel')
    expect(toDomiciliation!.html).toContain('CCAS &lt;Besançon&gt; &amp; environs')
    expect(toDomiciliation!.html).not.toContain('<Besançon>')
    const [toInstructeur] = await mailsTo('instructeur_aides')
    expect(toInstructeur!.text).toContain('En retard (1)')
    expect(toInstructeur!.text).toContain(ids.walkIn)
    expect(toInstructeur!.text).not.toContain('Madame X')
  })

  it('reminds the day before and once late, each only once, and records it in the history', async () => {
    const tuesday = new Date('2026-03-03T10:00:00+01:00')
    const before = (await mailsTo('agent_domiciliation')).length
    expect(await sendDueReminders(deps, tuesday)).toBeGreaterThanOrEqual(2)
    const reminder = (await mailsTo('agent_domiciliation'))[0]!
    expect((await mailsTo('agent_domiciliation')).length).toBe(before + 1)
    expect(reminder.subject).toBe('Rappel : 1 demande à traiter au prochain jour ouvré')
    expect(reminder.text).toContain(ids.call)
    expect((await mailsTo('instructeur_aides'))[0]!.subject).toBe('Rappel : 1 demande en retard')

    expect(await sendDueReminders(deps, new Date('2026-03-03T15:00:00+01:00'))).toBe(0)
    expect((await mailsTo('agent_domiciliation')).length).toBe(before + 1)

    now = new Date('2026-03-05T10:00:00+01:00')
    expect(await sendDueReminders(deps, now)).toBeGreaterThanOrEqual(1)
    expect((await mailsTo('agent_domiciliation'))[0]!.subject).toBe('Rappel : 1 demande en retard')
    const history = (await domiciliation.get(`/api/requests/${ids.call}`)).body.events.map(
      (e: { kind: string }) => e.kind,
    )
    expect(history).toEqual(['creation', 'rappel_veille', 'rappel_retard'])
    expect(await sendDueReminders(deps, now)).toBe(0)
  })
  it('sends late requests nobody holds to their service, or to the administration and direction, once a day', async () => {
    now = new Date('2026-03-09T09:00:00+01:00')
    const accueil = await t.signIn(t.tenantA.accounts.agent_accueil)
    const services = (await accueil.get('/api/services')).body as { id: string; name: string }[]
    const domiciliationService = services.find((s) => s.name === 'Domiciliation')!.id
    const toService = (
      await accueil.post('/api/requests', {
        channel: 'telephone',
        themes: ['domiciliation'],
        contactName: 'Monsieur Y',
        serviceId: domiciliationService,
        assigneeId: null,
      })
    ).body // due 11 March
    const toNobody = (
      await accueil.post('/api/requests', {
        channel: 'telephone',
        themes: ['autre'],
        serviceId: null,
        assigneeId: null,
      })
    ).body
    const late = new Date('2026-03-12T07:30:00+01:00')
    const before = await t.mailer.outbox()
    await sendDailyDigests(deps, late)
    const fresh = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - before.length)
    const to = (role: 'agent_domiciliation' | 'administrateur' | 'direction' | 'agent_accueil') =>
      fresh.filter((m) => m.to === t.tenantA.accounts[role])

    const [domiciliationMail] = to('agent_domiciliation')
    expect(to('agent_domiciliation')).toHaveLength(1)
    expect(domiciliationMail!.text).toContain('En retard et confiées à personne : à attribuer (1)')
    expect(domiciliationMail!.text).toContain(toService.id)
    expect(domiciliationMail!.text).not.toContain(toNobody.id)
    expect(domiciliationMail!.text).not.toContain('Monsieur Y')
    for (const role of ['administrateur', 'direction'] as const) {
      expect(to(role)).toHaveLength(1)
      expect(to(role)[0]!.text).toContain(toNobody.id)
      expect(to(role)[0]!.text).not.toContain(toService.id)
      expect(to(role)[0]!.subject).toBe('Vos demandes du jeudi 12 mars 2026 : 1 à traiter')
    }
    // The reception agent logged them but is not in those services.
    expect(
      to('agent_accueil').some((m) => m.text.includes(toService.id) || m.text.includes(toNobody.id)),
    ).toBe(false)
    const history = (await accueil.get(`/api/requests/${toService.id}`)).body.events as {
      kind: string
      detail: { to: string }
    }[]
    const domiciliationId = (await domiciliation.get('/api/auth/session')).body.account.id
    expect(history.filter((e) => e.kind === 'rappel_sans_agent').map((e) => e.detail.to)).toEqual([
      domiciliationId,
    ])

    // Once a day: a second run the same morning leaves them out, the next working day lists them again.
    const count = (await t.mailer.outbox()).length
    await sendDailyDigests(deps, new Date('2026-03-12T11:00:00+01:00'))
    const again = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - count)
    expect(again.some((m) => m.text.includes(toService.id) || m.text.includes(toNobody.id))).toBe(false)
    const next = (await t.mailer.outbox()).length
    await sendDailyDigests(deps, new Date('2026-03-13T07:30:00+01:00'))
    const friday = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - next)
    expect(friday.filter((m) => m.text.includes(toService.id)).map((m) => m.to)).toEqual([
      t.tenantA.accounts.agent_domiciliation,
    ])

    // Once someone takes it, it is no longer sent as unheld.
    await domiciliation.post(`/api/requests/${toService.id}/assignment`, { assigneeId: domiciliationId })
    const monday = (await t.mailer.outbox()).length
    await sendDailyDigests(deps, new Date('2026-03-16T07:30:00+01:00'))
    const mails = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - monday)
    const mine = mails.find((m) => m.text.includes(toService.id))!
    expect(mine.to).toBe(t.tenantA.accounts.agent_domiciliation)
    expect(mine.text).not.toContain('à attribuer')
  })

  it('reminds on the working day before the due day in the Alsace-Moselle calendar', async () => {
    // Dole becomes a town of Moselle (Metz): Good Friday, 3 April 2026, is a day off there.
    await t.database.db.owner
      .update(organisations)
      .set({ communeInsee: '57463' })
      .where(eq(organisations.id, t.tenantB.organisationId))
    const moselle = await t.signIn(t.tenantB.accounts.agent_accueil)
    now = new Date('2026-03-20T10:00:00+01:00')
    const dueOnTuesday = (await moselle.post('/api/requests', { channel: 'telephone', themes: ['autre'] }))
      .body.id
    await t.database.db.owner
      .update(requests)
      .set({ dueOn: '2026-04-07' })
      .where(eq(requests.id, dueOnTuesday))
    const toMoselle = async () =>
      (await t.mailer.outbox()).filter((m) => m.to === t.tenantB.accounts.agent_accueil)

    // Thursday 2 April: the next working day in Moselle is Tuesday 7 April.
    await sendDueReminders(deps, new Date('2026-04-02T10:00:00+02:00'))
    const [reminder] = await toMoselle()
    expect(reminder!.subject).toBe('Rappel : 1 demande à traiter au prochain jour ouvré')
    expect(reminder!.text).toContain(dueOnTuesday)
    // No digest on Good Friday there; the rest of France works.
    const sent = (await toMoselle()).length
    await sendDailyDigests(deps, new Date('2026-04-03T07:30:00+02:00'))
    expect((await toMoselle()).length).toBe(sent)
  })
})
