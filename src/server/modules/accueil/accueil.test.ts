import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { usagers } from '../usagers/usagers.table'
import { requests } from './accueil.table'

/** Monday 2 March 2026, 09:00 in Paris; tests move it forward. */
const start = new Date('2026-03-02T09:00:00+01:00')
const days = (n: number) => n * 86_400_000

describe.each(databaseKinds)('requests on every channel (%s)', (kind) => {
  let t: TestApp
  let now = start
  let accueil: TestClient
  let domiciliation: TestClient
  let services: { id: string; name: string }[]
  let accountIdOf: (email: string) => Promise<string>

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    accueil = await t.signIn(t.tenantA.accounts.agent_accueil)
    domiciliation = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    services = (await accueil.get('/api/services')).body
    accountIdOf = async (email) => {
      const [row] = await rows<{ id: string }>(
        t.database.db.owner,
        sql`select id from accounts where email = ${email}`,
      )
      return row!.id
    }
  })
  afterAll(async () => t?.close())

  const serviceId = (name: string) => services.find((s) => s.name === name)!.id
  const storedCount = async () =>
    Number(
      (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from requests`))[0]!.n,
    )

  it('logs a walk-in who gives no name, refuses "répondue" before the answer, then records it', async () => {
    now = start
    const created = await accueil.post('/api/requests', {
      channel: 'accueil_physique',
      themes: ['aide_alimentaire', 'logement'],
      contactName: 'Homme, la quarantaine',
      message: 'Demande un colis alimentaire et une adresse pour dormir ce soir.',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      channel: 'accueil_physique',
      state: 'nouvelle',
      usagerId: null,
      personLabel: 'Homme, la quarantaine',
      dueOn: '2026-03-02',
      overdue: false,
      assignee: { displayName: 'Démo agent accueil' },
      receivedBy: { displayName: 'Démo agent accueil' },
      allowedStates: ['en_cours', 'en_attente_usager', 'close'],
    })
    expect(created.body.reference).toMatch(/^2026-\d{6}$/)
    const id = created.body.id

    const early = await accueil.post(`/api/requests/${id}/state`, { state: 'repondue' })
    expect(early.status).toBe(409)
    expect(early.body.message).toMatch(/réponse/)

    now = new Date(start.getTime() + 20 * 60_000)
    const answered = await accueil.post(`/api/requests/${id}/answers`, {
      channel: 'accueil_physique',
      body: 'Colis remis ; orienté vers le 115 pour la nuit.',
    })
    expect(answered.status).toBe(201)
    expect(answered.body).toMatchObject({ state: 'repondue', firstAnsweredAt: now.toISOString() })
    expect(answered.body.answers).toEqual([
      expect.objectContaining({
        channel: 'accueil_physique',
        answeredBy: expect.objectContaining({ displayName: 'Démo agent accueil' }),
      }),
    ])
    expect(answered.body.events.map((e: { kind: string }) => e.kind)).toEqual(['creation', 'reponse', 'etat'])

    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get('/api/audit?entityType=request')
    const entries = log.body.entries.filter((e: { entityId: string }) => e.entityId === id)
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['create'])
    expect(JSON.stringify(log.body)).not.toMatch(/colis|Homme, la quarantaine|aide_alimentaire/i)
    const answers = await admin.get('/api/audit?entityType=request_answer')
    expect(answers.body.total).toBeGreaterThan(0)
    expect((await accueil.get(`/api/requests/${id}`)).status).toBe(200)
    const reads = await admin.get('/api/audit?entityType=request&action=read')
    expect(reads.body.entries.some((e: { entityId: string }) => e.entityId === id)).toBe(true)
  })

  it('logs a phone request for a known usager, due two working days later, and marks the contact', async () => {
    now = start
    const [helene] = await t.database.db.owner
      .insert(usagers)
      .values({
        organisationId: t.tenantA.organisationId,
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        email: 'helene.lefevre@exemple.test',
        lastContactAt: new Date('2025-01-01T00:00:00Z'),
      })
      .returning()
    const [outsider] = await t.database.db.owner
      .insert(usagers)
      .values({ organisationId: t.tenantB.organisationId, firstName: 'Paul' })
      .returning()
    const created = await accueil.post('/api/requests', {
      channel: 'telephone',
      themes: ['energie'],
      usagerId: helene!.id,
      subject: 'Facture de chauffage',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      usagerId: helene!.id,
      personLabel: 'Hélène LEFÈVRE',
      dueOn: '2026-03-04',
    })
    const [touched] = await t.database.db.owner.select().from(usagers).where(eq(usagers.id, helene!.id))
    expect(touched!.lastContactAt.toISOString()).toBe(start.toISOString())

    const foreign = await accueil.post('/api/requests', {
      channel: 'telephone',
      themes: ['energie'],
      usagerId: outsider!.id,
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.fields[0].field).toBe('usagerId')
  })

  it('takes a web-form request, assigns it, lets it fall late, shows it first, then answers it', async () => {
    now = start
    const visitor = await t.anonymous().init()
    const form = await visitor.get(`/api/public/organisations/${t.tenantA.organisationId}/contact-form`)
    expect(form.status).toBe(200)
    expect(form.body.announcedDelay).toEqual({ workingDays: 5, isDefault: true })
    const answer = form.body.question.id === 'numero-du-departement' ? '25' : 'le doubs'
    const sent = await visitor.post(`/api/public/organisations/${t.tenantA.organisationId}/contact`, {
      name: 'Awa Diallo',
      email: 'awa.diallo@exemple.test',
      message: 'Bonjour, <b>ma facture</b> d’électricité est trop élevée. <script>alert(1)</script>',
      themes: ['energie'],
      questionId: form.body.question.id,
      answer,
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(202)
    expect(sent.body).toMatchObject({ dueOn: '2026-03-09', announcedWorkingDays: 5 })
    const mail = (await t.mailer.outbox()).find((m) => m.to === 'awa.diallo@exemple.test')!
    expect(mail.subject).toContain(sent.body.reference)
    expect(mail.text).toContain('sous 5 jours ouvrés')
    expect(mail.text).toContain('lundi 9 mars 2026')

    const unassigned = await accueil.get('/api/requests?queue=unassigned')
    const item = unassigned.body.items.find((r: { reference: string }) => r.reference === sent.body.reference)
    expect(item).toMatchObject({
      channel: 'formulaire',
      personLabel: 'Awa Diallo',
      assignee: null,
      overdue: false,
    })
    const countersBefore = (await accueil.get('/api/requests/counters')).body
    expect(countersBefore.unassignedOpen).toBeGreaterThan(0)

    const domiciliationId = await accountIdOf(t.tenantA.accounts.agent_domiciliation)
    const assigned = await accueil.post(`/api/requests/${item.id}/assignment`, {
      serviceId: serviceId('Domiciliation'),
      assigneeId: domiciliationId,
    })
    expect(assigned.status).toBe(200)
    expect(assigned.body).toMatchObject({
      assignee: { id: domiciliationId },
      service: { name: 'Domiciliation' },
    })
    // The same agent holds a letter due much later.
    const letter = await domiciliation.post('/api/requests', {
      channel: 'courrier',
      themes: ['domiciliation'],
      subject: 'Attestation',
    })
    expect(letter.body.dueOn).toBe('2026-03-16') // the demo announces 10 working days for letters

    now = new Date('2026-03-10T10:00:00+01:00')
    const queue = await domiciliation.get('/api/requests?queue=mine')
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([item.id, letter.body.id])
    expect(queue.body.items[0]).toMatchObject({ overdue: true, dueOn: '2026-03-09' })
    expect(queue.body.items[0].subject).toBe('Formulaire de contact')
    expect((await domiciliation.get('/api/requests/counters')).body).toMatchObject({
      mineOpen: 2,
      mineOverdue: 1,
      serviceOpen: 2,
      serviceOverdue: 1,
    })
    const serviceQueue = await domiciliation.get(
      `/api/requests?queue=service&serviceId=${serviceId('Domiciliation')}`,
    )
    expect(serviceQueue.body.items[0].id).toBe(item.id)

    const detail = await domiciliation.get(`/api/requests/${item.id}`)
    // The message keeps its HTML as plain characters: the client shows it as text.
    expect(detail.body.message).toBe(
      'Bonjour, <b>ma facture</b> d’électricité est trop élevée. <script>alert(1)</script>',
    )
    expect(detail.body.replyTo).toBe('awa.diallo@exemple.test')

    const done = await domiciliation.post(`/api/requests/${item.id}/answers`, {
      channel: 'courriel',
      body: 'Dossier FSL à déposer ; rendez-vous proposé jeudi.',
    })
    expect(done.body).toMatchObject({ state: 'repondue', overdue: false })
    const after = await domiciliation.get('/api/requests?queue=mine')
    expect(after.body.items.map((r: { id: string }) => r.id)).toEqual([letter.body.id])
    expect((await domiciliation.get('/api/requests/counters')).body).toMatchObject({
      mineOpen: 1,
      mineOverdue: 0,
    })
  })

  it('keeps the history of every reassignment', async () => {
    now = start
    const created = await accueil.post('/api/requests', {
      channel: 'courriel',
      themes: ['numerique'],
      serviceId: serviceId('Accueil'),
    })
    const id = created.body.id
    const social = await accountIdOf(t.tenantA.accounts.travailleur_social)
    const first = await accueil.post(`/api/requests/${id}/assignment`, {
      serviceId: serviceId('Accompagnement social'),
      assigneeId: social,
    })
    expect(first.status).toBe(200)
    const second = await accueil.post(`/api/requests/${id}/assignment`, { assigneeId: null })
    expect(second.body.assignee).toBeNull()
    const me = await accountIdOf(t.tenantA.accounts.agent_accueil)
    const moves = second.body.events.filter((e: { kind: string }) => e.kind === 'attribution')
    expect(moves.map((e: { detail: unknown }) => e.detail)).toEqual([
      {
        from: { serviceId: serviceId('Accueil'), assigneeId: me },
        to: { serviceId: serviceId('Accompagnement social'), assigneeId: social },
      },
      {
        from: { serviceId: serviceId('Accompagnement social'), assigneeId: social },
        to: { serviceId: serviceId('Accompagnement social'), assigneeId: null },
      },
    ])
    expect(moves.every((e: { actor: { id: string } }) => e.actor.id === me)).toBe(true)
    const stranger = await accueil.post(`/api/requests/${id}/assignment`, {
      assigneeId: await accountIdOf(t.tenantB.accounts.agent_accueil),
    })
    expect(stranger.status).toBe(400)
    expect(stranger.body.fields[0].field).toBe('assigneeId')
  })

  it('orders a queue overdue first, then by due day', async () => {
    const instructeur = await t.signIn(t.tenantA.accounts.instructeur_aides)
    const make = async (at: string, channel: string) => {
      now = new Date(at)
      return (await instructeur.post('/api/requests', { channel, themes: ['autre'] })).body
    }
    const letter = await make('2026-03-02T10:00:00+01:00', 'courrier') // due 23 March
    const mail = await make('2026-03-03T10:00:00+01:00', 'courriel') // due 10 March
    const call = await make('2026-03-04T10:00:00+01:00', 'telephone') // due 6 March
    const walkIn = await make('2026-03-09T10:00:00+01:00', 'accueil_physique') // due 9 March
    now = new Date('2026-03-09T16:00:00+01:00')
    const queue = (await instructeur.get('/api/requests?queue=mine')).body
    expect(queue.items.map((r: { id: string }) => r.id)).toEqual([call.id, walkIn.id, mail.id, letter.id])
    expect(queue.items.map((r: { overdue: boolean }) => r.overdue)).toEqual([true, false, false, false])
    expect(queue.total).toBe(4)
    const closedOnly = (await instructeur.get('/api/requests?queue=mine&state=close')).body
    expect(closedOnly.total).toBe(0)
  })

  it('allocates consecutive references, once each, when requests arrive together', async () => {
    now = new Date('2026-06-01T10:00:00+02:00')
    const before = await rows<{ last: number }>(
      t.database.db.owner,
      sql`select last from request_counters where organisation_id = ${t.tenantA.organisationId} and year = 2026`,
    )
    const created = await Promise.all(
      Array.from({ length: 8 }, () =>
        accueil.post('/api/requests', { channel: 'telephone', themes: ['autre'] }),
      ),
    )
    const numbers = created.map((c) => Number(c.body.reference.slice(5))).sort((a, b) => a - b)
    const last = Number(before[0]!.last)
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => last + 1 + i))
  })

  it('orients a person to a partner and records what became of it', async () => {
    now = start
    const created = await accueil.post('/api/requests', { channel: 'accueil_physique', themes: ['emploi'] })
    const id = created.body.id
    expect((await accueil.post(`/api/requests/${id}/state`, { state: 'orientee' })).status).toBe(409)
    const oriented = await accueil.post(`/api/requests/${id}/orientations`, {
      partnerName: 'Mission locale du Grand Besançon',
      reason: 'Recherche d’apprentissage',
    })
    expect(oriented.status).toBe(201)
    expect(oriented.body.state).toBe('orientee')
    const orientation = oriented.body.orientations[0]
    expect(orientation).toMatchObject({
      partnerName: 'Mission locale du Grand Besançon',
      outcome: 'en_attente',
      outcomeAt: null,
      partnerId: null,
    })
    now = new Date(start.getTime() + days(7))
    const outcome = await accueil.patch(`/api/orientations/${orientation.id}`, { outcome: 'prise_en_charge' })
    expect(outcome.status).toBe(200)
    expect(outcome.body.orientations[0]).toMatchObject({
      outcome: 'prise_en_charge',
      outcomeAt: now.toISOString(),
    })
    expect(outcome.body.events.at(-1)).toMatchObject({
      kind: 'suite_orientation',
      detail: { from: 'en_attente', to: 'prise_en_charge' },
    })

    const closed = await accueil.post(`/api/requests/${id}/state`, { state: 'close' })
    expect(closed.body).toMatchObject({
      state: 'close',
      closedAt: now.toISOString(),
      allowedStates: ['en_cours'],
    })
    expect(
      (await accueil.post(`/api/requests/${id}/answers`, { channel: 'telephone', body: 'Rappel' })).status,
    ).toBe(409)
    const reopened = await accueil.post(`/api/requests/${id}/state`, { state: 'en_cours' })
    expect(reopened.body).toMatchObject({ state: 'en_cours', closedAt: null })
  })

  it('uses the announced delays the direction sets, and says which are defaults', async () => {
    now = start
    const defaults = (await accueil.get('/api/announced-delays')).body
    expect(defaults.delays.find((d: { channel: string }) => d.channel === 'telephone')).toEqual({
      channel: 'telephone',
      label: 'Téléphone',
      workingDays: 2,
      isDefault: true,
    })
    expect(defaults.note).toMatch(/par défaut/)
    expect((await accueil.request('PUT', '/api/announced-delays', { delays: { telephone: 1 } })).status).toBe(
      403,
    )
    const direction = await t.signIn(t.tenantA.accounts.direction)
    const tooLong = await direction.request('PUT', '/api/announced-delays', { delays: { courrier: 61 } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.fields[0].field).toBe('delays.courrier')
    expect(tooLong.body.message).toMatch(/^Courrier : /)
    const set = await direction.request('PUT', '/api/announced-delays', {
      delays: { telephone: 1, courrier: 10 },
    })
    expect(set.status).toBe(200)
    expect(
      set.body.delays
        .filter((d: { isDefault: boolean }) => !d.isDefault)
        .map((d: { channel: string }) => d.channel),
    ).toEqual(['telephone', 'courrier'])
    const call = await accueil.post('/api/requests', { channel: 'telephone', themes: ['sante'] })
    expect(call.body.dueOn).toBe('2026-03-03')
    // Tenant B keeps its own delays.
    const other = await t.signIn(t.tenantB.accounts.agent_accueil)
    const theirs = (await other.get('/api/announced-delays')).body.delays
    expect(theirs.find((d: { channel: string }) => d.channel === 'telephone')).toMatchObject({
      workingDays: 2,
      isDefault: true,
    })
  })

  it('answers 404 for another organisation’s request and 403 to roles without personal data', async () => {
    now = start
    const created = await accueil.post('/api/requests', { channel: 'telephone', themes: ['autre'] })
    const id = created.body.id
    const other = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await other.get(`/api/requests/${id}`)).status).toBe(404)
    expect(
      (await other.post(`/api/requests/${id}/answers`, { channel: 'telephone', body: 'Intrusion' })).status,
    ).toBe(404)
    expect((await other.post(`/api/requests/${id}/state`, { state: 'close' })).status).toBe(404)
    expect(
      (await other.get('/api/requests?queue=unassigned')).body.items.some((r: { id: string }) => r.id === id),
    ).toBe(false)
    const stats = await t.signIn(t.tenantA.accounts.lecture_statistiques)
    expect((await stats.get('/api/requests')).status).toBe(403)
    expect((await stats.get(`/api/requests/${id}`)).status).toBe(403)
    expect((await stats.post('/api/requests', { channel: 'telephone', themes: ['autre'] })).status).toBe(403)
    expect((await t.anonymous().get('/api/requests')).status).toBe(401)
    const [stored] = await t.database.db.owner.select().from(requests).where(eq(requests.id, id))
    expect(stored!.state).toBe('nouvelle')
  })

  it('refuses bad input field by field and stores nothing', async () => {
    const before = await storedCount()
    const cases: [unknown, string][] = [
      [{ channel: 'pigeon', themes: ['autre'] }, 'channel'],
      [{ channel: 'telephone', themes: [] }, 'themes'],
      [{ channel: 'telephone', themes: ['autre', 'autre'] }, 'themes'],
      [{ channel: 'telephone', themes: ['autre'], message: 'x'.repeat(20_001) }, 'message'],
      [{ channel: 'telephone', themes: ['autre'], subject: 'ligne\u0007' }, 'subject'],
      [
        { channel: 'telephone', themes: ['autre'], serviceId: '0190a000-0000-7000-8000-000000000000' },
        'serviceId',
      ],
      [{ channel: 'telephone', themes: ['autre'], usagerId: 'pas-un-uuid' }, 'usagerId'],
      [{ channel: 'telephone', themes: ['autre'], couleur: 'bleu' }, 'couleur'],
    ]
    for (const [body, field] of cases) {
      const res = await accueil.post('/api/requests', body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(res.body.fields[0].field).toBe(field)
      expect(res.body.message).toEqual(expect.any(String))
    }
    expect((await accueil.get('/api/requests?queue=partout')).body.fields[0].field).toBe('queue')
    expect(await storedCount()).toBe(before)
  })
})
