import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { directoryServices, directoryStructures } from './partenaires.table'
import { directoryEntry, expectNoPersonalData, personalDetails } from './referrals-fixtures'
import { DEMO_PARTNER_NAME } from './referrals.demo'

describe.each(databaseKinds)('orientations to partners with an account (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let partner: TestClient
  let glanes: { structureId: string; serviceId: string }
  let requestId: string
  let referralId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    partner = await t.signIn('association@demo-lien.test')
    const [structure] = await t.database.db.owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.name, DEMO_PARTNER_NAME))
    const [service] = await t.database.db.owner
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.structureId, structure!.id))
    glanes = { structureId: structure!.id, serviceId: service!.id }
    requestId = (
      await agent.post('/api/requests', {
        channel: 'accueil_physique',
        themes: ['aide_alimentaire'],
        contactName: 'Madame B.',
        message: 'Dossier confidentiel : dettes de loyer, suivi psychologique.',
      })
    ).body.id
  })
  afterAll(async () => t?.close())

  it('orients from a request with only what the person agreed to share, and tells the partner without personal data', async () => {
    const before = (await t.mailer.outbox()).length
    const res = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: glanes.serviceId,
      share: {
        firstName: personalDetails.firstName,
        phone: personalDetails.phone,
        message: personalDetails.message,
      },
      consent: true,
      reason: 'Aide alimentaire le temps de l’ouverture des droits.',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    referralId = res.body.id
    expect(res.body).toMatchObject({
      status: 'envoyee',
      channel: 'compte',
      shared: {
        firstName: personalDetails.firstName,
        phone: '+33611223344',
        message: personalDetails.message,
      },
      partnerOrganisation: { name: DEMO_PARTNER_NAME },
    })
    expect(res.body.shared.lastName).toBeUndefined()
    expect(res.body.consentRecordedAt).not.toBeNull()

    const request = await agent.get(`/api/requests/${requestId}`)
    const orientation = request.body.orientations.find(
      (o: { partnerId: string }) => o.partnerId === glanes.serviceId,
    )
    expect(orientation).toMatchObject({
      partnerName: `${DEMO_PARTNER_NAME} — Épicerie solidaire`,
      outcome: 'en_attente',
    })
    expect(request.body.state).toBe('orientee')

    const mails = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - before)
    expect(mails.map((m) => m.to)).toEqual(['association@demo-lien.test'])
    expect(mails[0]!.text).toContain(`http://localhost:3000/partenaire/orientations/${referralId}`)
    expect(expectNoPersonalData(mails)).toEqual([])
  })

  it('shows the partner only the shared data, never the person’s request or file', async () => {
    const list = await partner.get('/api/referrals/received')
    expect(list.status).toBe(200)
    expect(list.body.items[0].id).toBe(referralId)
    const one = await partner.get(`/api/referrals/received/${referralId}`)
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({
      service: { name: 'Épicerie solidaire' },
      sender: { organisation: { id: t.tenantA.organisationId }, agentFirstName: 'Démo' },
      shared: { firstName: personalDetails.firstName, phone: '+33611223344' },
      allowedActions: ['accepter', 'refuser', 'personne_recue', 'personne_absente'],
    })
    const body = JSON.stringify(one.body)
    expect(body).not.toContain(requestId)
    expect(body).not.toContain('Dossier confidentiel')
    expect((await partner.get(`/api/requests/${requestId}`)).status).toBe(403)
    expect((await partner.get(`/api/requests/${requestId}/referrals`)).status).toBe(403)
    expect((await partner.get('/api/referrals/sent')).status).toBe(403)
  })

  it('records the partner’s answers on the request’s orientation and in its history', async () => {
    const accepted = await partner.post(`/api/referrals/received/${referralId}/answer`, {
      action: 'accepter',
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body).toMatchObject({
      status: 'acceptee',
      allowedActions: ['personne_recue', 'personne_absente'],
    })
    let request = await agent.get(`/api/requests/${requestId}`)
    expect(
      request.body.orientations.find((o: { partnerId: string }) => o.partnerId === glanes.serviceId).outcome,
    ).toBe('prise_en_charge')

    const again = await partner.post(`/api/referrals/received/${referralId}/answer`, { action: 'accepter' })
    expect(again.status).toBe(409)
    expect(again.body.fields[0].field).toBe('action')

    const received = await partner.post(`/api/referrals/received/${referralId}/answer`, {
      action: 'personne_recue',
    })
    expect(received.body).toMatchObject({ status: 'personne_recue', allowedActions: [] })
    expect(received.body.closedAt).not.toBeNull()

    request = await agent.get(`/api/requests/${requestId}`)
    const history = request.body.events.filter(
      (e: { kind: string; detail: { referralId?: string } }) =>
        e.kind === 'suite_orientation' && e.detail.referralId === referralId,
    )
    expect(history.map((e: { detail: { referralStatus: string } }) => e.detail.referralStatus)).toEqual([
      'acceptee',
      'personne_recue',
    ])
    const mine = await agent.get(`/api/requests/${requestId}/referrals`)
    expect(mine.body).toHaveLength(1)
    expect(mine.body[0]).toMatchObject({ status: 'personne_recue', requestReference: request.body.reference })
    expect(mine.body[0].acceptedAt).not.toBeNull()

    const closed = await partner.post(`/api/referrals/received/${referralId}/answer`, {
      action: 'personne_absente',
    })
    expect(closed.status).toBe(409)
  })

  it('audits every read and write of an orientation', async () => {
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get(`/api/audit?entityType=referral`)
    expect(log.status).toBe(200)
    const actions = new Set(
      (log.body.entries as { action: string; entityId: string }[])
        .filter((e) => e.entityId === referralId)
        .map((e) => e.action),
    )
    expect(actions).toEqual(new Set(['create', 'read']))
    const logged = JSON.stringify(log.body)
    expect(logged).not.toContain(personalDetails.firstName)
  })

  it('requires the person’s consent to share anything, and shares nothing by default', async () => {
    const refused = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: glanes.serviceId,
      share: { lastName: 'Bouhired' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toContain('consent')
    expect(refused.body.message).toContain('consentement')

    const nothing = await agent.post(`/api/requests/${requestId}/referrals`, { serviceId: glanes.serviceId })
    expect(nothing.status).toBe(201)
    expect(nothing.body.shared).toEqual({})
    expect(nothing.body.consentRecordedAt).toBeNull()
  })

  it('answers bad input with a French message naming the field', async () => {
    const unknown = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: '01900000-0000-7000-8000-000000000000',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields[0]).toMatchObject({ field: 'serviceId' })
    expect(unknown.body.message).toContain('annuaire')

    const phone = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: glanes.serviceId,
      share: { phone: 'pas un numéro' },
      consent: true,
    })
    expect(phone.status).toBe(400)
    expect(phone.body.fields[0].field).toBe('share.phone')
    expect(phone.body.fields[0].message).toContain('téléphone')

    const extra = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: glanes.serviceId,
      share: { birthDate: '1980-01-01' },
      consent: true,
    })
    expect(extra.status).toBe(400)

    const noRequest = await agent.post(`/api/requests/01900000-0000-7000-8000-000000000000/referrals`, {
      serviceId: glanes.serviceId,
    })
    expect(noRequest.status).toBe(404)

    const unreachable = await directoryEntry(t.database.db.owner, t.tenantA.organisationId, {
      structure: 'Association sans adresse',
      service: 'Permanence',
    })
    const noAddress = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: unreachable.serviceId,
    })
    expect(noAddress.status).toBe(400)
    expect(noAddress.body.message).toContain('adresse e-mail')

    const refuse = await partner.post(`/api/referrals/received/${referralId}/answer`, { action: 'refuser' })
    expect(refuse.status).toBe(400)
    expect(refuse.body.fields[0].field).toBe('reason')
  })

  it('shows tenant B nothing, and does not let it orient to tenant A’s directory', async () => {
    const dole = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await dole.get(`/api/referrals/sent/${referralId}`)).status).toBe(404)
    expect((await dole.get('/api/referrals/sent')).body.items).toEqual([])
    expect((await dole.get(`/api/requests/${requestId}/referrals`)).status).toBe(404)
    expect(
      (await dole.post(`/api/requests/${requestId}/referrals`, { serviceId: glanes.serviceId })).status,
    ).toBe(404)
    const doleRequest = (await dole.post('/api/requests', { channel: 'telephone', themes: ['autre'] })).body
      .id
    const res = await dole.post(`/api/requests/${doleRequest}/referrals`, { serviceId: glanes.serviceId })
    expect(res.status).toBe(400)
    expect(res.body.fields[0].field).toBe('serviceId')
  })

  it('lists the orientations sent with filters, and a per-partner summary for both sides', async () => {
    const sent = await agent.get(`/api/referrals/sent?structureId=${glanes.structureId}`)
    expect(sent.status).toBe(200)
    expect(
      sent.body.items.every((r: { structure: { id: string } }) => r.structure.id === glanes.structureId),
    ).toBe(true)
    expect(sent.body.items[0].createdAt >= sent.body.items.at(-1).createdAt).toBe(true)
    const done = await agent.get('/api/referrals/sent?status=personne_recue')
    expect(done.body.items.map((r: { id: string }) => r.id)).toContain(referralId)
    expect(done.body.items.every((r: { status: string }) => r.status === 'personne_recue')).toBe(true)

    const keeper = await agent.get('/api/referrals/summary')
    const row = keeper.body.sent.find(
      (r: { counterpart: { id: string } }) => r.counterpart.id === glanes.structureId,
    )
    const total = (await agent.get(`/api/referrals/sent?structureId=${glanes.structureId}`)).body.total
    expect(row.total).toBe(total)
    expect(row.byStatus.personne_recue).toBe(done.body.items.length)
    expect(row.byMonth.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(total)

    const side = await partner.get('/api/referrals/summary')
    expect(side.body.sent).toEqual([])
    expect(side.body.received).toHaveLength(1)
    expect(side.body.received[0]).toMatchObject({
      counterpart: { id: t.tenantA.organisationId },
      total,
    })
    const bad = await agent.get('/api/referrals/summary?from=2026-05-01&to=2026-04-01')
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('to')
  })

  it('invites a structure: its own organisation, a partner account, and it sees nothing of another structure', async () => {
    const direction = await t.signIn(t.tenantA.accounts.direction)
    const entry = await directoryEntry(t.database.db.owner, t.tenantA.organisationId, {
      structure: 'Secours solidaire de Planoise',
      service: 'Vestiaire',
      email: 'contact@planoise.test',
    })
    expect(
      (
        await agent.post(`/api/directory/structures/${entry.structureId}/partner-invitation`, {
          email: 'a@b.test',
        })
      ).status,
    ).toBe(403)
    const before = (await t.mailer.outbox()).length
    const invited = await direction.post(
      `/api/directory/structures/${entry.structureId}/partner-invitation`,
      {
        email: 'benevole@planoise.test',
      },
    )
    expect(invited.status, JSON.stringify(invited.body)).toBe(201)
    expect(invited.body).toMatchObject({
      organisationCreated: true,
      partnerOrganisation: { name: 'Secours solidaire de Planoise' },
      invitation: { email: 'benevole@planoise.test' },
    })
    const [mail] = (await t.mailer.outbox()).slice(0, (await t.mailer.outbox()).length - before)
    expect(mail!.to).toBe('benevole@planoise.test')
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]
    const visitor = await t.anonymous().init()
    const accepted = await visitor.post('/api/invitations/accept', {
      token,
      displayName: 'Paul Bénévole',
      password: t.tenantA.password,
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)

    const again = await direction.post(`/api/directory/structures/${entry.structureId}/partner-invitation`, {
      email: 'second@planoise.test',
    })
    expect(again.body).toMatchObject({
      organisationCreated: false,
      partnerOrganisation: { id: invited.body.partnerOrganisation.id },
    })

    const other = await t.signIn('benevole@planoise.test')
    expect((await other.get('/api/referrals/received')).body.items).toEqual([])
    expect((await other.get(`/api/referrals/received/${referralId}`)).status).toBe(404)
    expect(
      (await other.post(`/api/referrals/received/${referralId}/answer`, { action: 'personne_absente' }))
        .status,
    ).toBe(404)

    // An orientation to the new partner reaches its member's space.
    const res = await agent.post(`/api/requests/${requestId}/referrals`, { serviceId: entry.serviceId })
    expect(res.body.channel).toBe('compte')
    const list = await other.get('/api/referrals/received')
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([res.body.id])

    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect(
      (
        await dole.post(`/api/directory/structures/${entry.structureId}/partner-invitation`, {
          email: 'x@y.test',
        })
      ).status,
    ).toBe(404)
  })
})
