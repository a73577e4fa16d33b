import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { organisations } from '../organisations'
import { sendDailyDigests, sendDueReminders, type ReminderDeps } from './accueil.reminders'

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
})
