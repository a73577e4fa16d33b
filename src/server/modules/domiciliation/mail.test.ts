import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { auditLog } from '../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciledPerson, type DomiciledPerson } from './mail.fixtures'

describe.each(databaseKinds)('domiciliation mail: arrival, hand-over, proxies, contacts (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-10T10:00:00+01:00')
  let agent: TestClient
  let social: TestClient
  let outsider: TestClient
  let aides: TestClient
  let helene: DomiciledPerson
  let karim: DomiciledPerson
  let radiated: DomiciledPerson

  const at = (iso: string) => (now = new Date(iso))
  const waiting = async (p: DomiciledPerson) =>
    (await agent.get(`/api/domiciliations/${p.domiciliationId}/mail`)).body
  const mailCount = async () =>
    Number(
      (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from mail_items`))[0]!.n,
    )

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    aides = await t.signIn(t.tenantA.accounts.instructeur_aides)
    outsider = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    const org = t.tenantA.organisationId
    helene = await domiciledPerson(t, agent, {
      organisationId: org,
      usager: { firstName: 'Hélène', lastName: 'Dufour', birthDate: '1962-04-01' },
    })
    karim = await domiciledPerson(t, agent, {
      organisationId: org,
      usager: { firstName: 'Karim', lastName: 'Benali' },
    })
    radiated = await domiciledPerson(t, agent, {
      organisationId: org,
      usager: { firstName: 'Paul', lastName: 'Radié' },
      status: 'radie',
    })
  })
  afterAll(async () => t?.close())

  it('finds a domiciled person by number or by name without accents, in the own structure only', async () => {
    const byNumber = await agent.get(
      `/api/domiciliation/desk?q=${encodeURIComponent(`n° ${karim.fileNumber}`)}`,
    )
    expect(byNumber.status).toBe(200)
    expect(byNumber.body.files.map((f: { id: string }) => f.id)).toEqual([karim.domiciliationId])
    const byName = await agent.get('/api/domiciliation/desk?q=helene%20dufour')
    expect(byName.body.files[0]).toMatchObject({
      id: helene.domiciliationId,
      fileNumber: helene.fileNumber,
      personLabel: 'Hélène DUFOUR',
      birthDate: '1962-04-01',
      active: true,
      waitingCount: 0,
    })
    const radie = await agent.get('/api/domiciliation/desk?q=paul%20radie')
    expect(radie.body.files[0]).toMatchObject({ status: 'radie', active: false })
    const elsewhere = await outsider.get(`/api/domiciliation/desk?q=${helene.fileNumber}`)
    expect(elsewhere.body.files).toEqual([])
    expect((await outsider.get('/api/domiciliation/desk?q=helene%20dufour')).body.files).toEqual([])
  })

  it('finds a domiciled person by name even behind more than a hundred namesakes who are not domiciled', async () => {
    for (let i = 0; i < 120; i++) {
      const created = await agent.post('/api/usagers', {
        firstName: 'Martine',
        lastName: 'Lacroix',
        confirmNotDuplicate: true,
      })
      expect(created.status).toBe(201)
    }
    const domiciled = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { firstName: 'Martine', lastName: 'Lacroix-Vernet' },
    })
    const found = await agent.get('/api/domiciliation/desk?q=martine%20lacroix')
    expect(found.body.files.map((f: { id: string }) => f.id)).toEqual([domiciled.domiciliationId])
  })

  it('registers a morning’s post in one call, by id or by number; arrival is not a contact', async () => {
    const res = await agent.post('/api/domiciliation/mail', {
      items: [
        { domiciliationId: helene.domiciliationId, kind: 'courrier', sender: 'CAF du Doubs' },
        { fileNumber: helene.fileNumber, kind: 'recommande' },
        { fileNumber: helene.fileNumber, kind: 'colis' },
        { fileNumber: karim.fileNumber, kind: 'courrier' },
      ],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.items.map((i: { kind: string; state: string }) => `${i.kind}:${i.state}`)).toEqual([
      'courrier:en_attente',
      'recommande:en_attente',
      'colis:en_attente',
      'courrier:en_attente',
    ])
    const file = await waiting(helene)
    expect(file.items).toHaveLength(3)
    expect(file.file).toMatchObject({ waitingCount: 3, lastContactAt: null })
  })

  it('refuses the whole batch when one line is wrong, and names every bad line', async () => {
    const before = await mailCount()
    const res = await agent.post('/api/domiciliation/mail', {
      items: [
        { fileNumber: karim.fileNumber, kind: 'courrier' },
        { fileNumber: 99_999, kind: 'courrier' },
        { fileNumber: radiated.fileNumber, kind: 'colis' },
      ],
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/2 plis à corriger.*Rien n’a été enregistré/)
    expect(res.body.fields).toEqual([
      { field: 'items.1.fileNumber', message: 'Aucun dossier ne porte le numéro 99999.' },
      expect.objectContaining({
        field: 'items.2.returnReason',
        message: expect.stringMatching(/personne radiée.*motif du retour/),
      }),
    ])
    const unknownKind = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'lettre' }],
    })
    expect(unknownKind.status).toBe(400)
    expect(unknownKind.body.fields[0].field).toBe('items.0.kind')
    const both = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, domiciliationId: karim.domiciliationId, kind: 'courrier' }],
    })
    expect(both.status).toBe(400)
    expect(await mailCount()).toBe(before)
  })

  it('logs mail for a radiated person as returned to its sender', async () => {
    const res = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: radiated.fileNumber, kind: 'courrier', returnReason: 'radiation' }],
    })
    expect(res.status).toBe(201)
    expect(res.body.items[0]).toMatchObject({ state: 'retourne', returnReason: 'radiation' })
    expect((await waiting(radiated)).file).toMatchObject({ waitingCount: 0, npaiSince: null })
  })

  it('hands items over to the person: a contact that moves the last-contact date', async () => {
    at('2026-03-12T15:30:00+01:00')
    const items = (await waiting(helene)).items as { id: string; kind: string }[]
    const two = items.filter((i) => i.kind !== 'colis').map((i) => i.id)
    const res = await agent.post(`/api/domiciliations/${helene.domiciliationId}/mail/handover`, {
      itemIds: two,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(
      res.body.items.every((i: { state: string; proxy: unknown }) => i.state === 'remis' && i.proxy === null),
    ).toBe(true)
    expect(res.body.file).toMatchObject({ waitingCount: 1, lastContactAt: now.toISOString() })
    const again = await agent.post(`/api/domiciliations/${helene.domiciliationId}/mail/handover`, {
      itemIds: [two[0]],
    })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/déjà été remis le 12 mars 2026/)
    const notHers = (await waiting(karim)).items[0].id
    const wrongFile = await agent.post(`/api/domiciliations/${helene.domiciliationId}/mail/handover`, {
      itemIds: [notHers],
    })
    expect(wrongFile.status).toBe(400)
    const contacts = await agent.get(`/api/domiciliations/${helene.domiciliationId}/contacts`)
    expect(contacts.body.contacts).toEqual([
      expect.objectContaining({
        kind: 'remise_courrier',
        at: now.toISOString(),
        agent: expect.objectContaining({ displayName: expect.any(String) }),
      }),
    ])
  })

  it('moves the last-contact date on contacts only: new mail leaves it, a visit or a call moves it', async () => {
    const contactAt = '2026-03-12T14:30:00.000Z'
    at('2026-03-20T09:00:00+01:00')
    await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: helene.fileNumber, kind: 'courrier' }],
    })
    expect((await waiting(helene)).file.lastContactAt).toBe(contactAt)
    const call = await agent.post(`/api/domiciliations/${helene.domiciliationId}/contacts`, {
      kind: 'appel',
      note: 'Appelle depuis l’hôpital',
    })
    expect(call.status).toBe(201)
    expect(call.body.file.lastContactAt).toBe(now.toISOString())
    // A visit noted afterwards, earlier than the call, is recorded but does not move the date back.
    const earlier = await agent.post(`/api/domiciliations/${helene.domiciliationId}/contacts`, {
      kind: 'visite',
      occurredAt: '2026-03-19T10:00:00+01:00',
    })
    expect(earlier.status).toBe(201)
    expect(earlier.body.file.lastContactAt).toBe(now.toISOString())
    const future = await agent.post(`/api/domiciliations/${helene.domiciliationId}/contacts`, {
      kind: 'visite',
      occurredAt: '2026-03-21T10:00:00+01:00',
    })
    expect(future.status).toBe(400)
    expect(future.body.message).toMatch(/futur/)
    const arrivalAsContact = await agent.post(`/api/domiciliations/${helene.domiciliationId}/contacts`, {
      kind: 'remise_courrier',
    })
    expect(arrivalAsContact.status).toBe(400)
    const record = (await agent.get(`/api/domiciliations/${helene.domiciliationId}/contacts`)).body.contacts
    expect(record.map((c: { kind: string }) => c.kind)).toEqual(['appel', 'visite', 'remise_courrier'])
    expect(record[0].note).toBe('Appelle depuis l’hôpital')
  })

  it('hands over to a proxy valid today, and refuses an expired, revoked or foreign one', async () => {
    const url = `/api/domiciliations/${karim.domiciliationId}/proxies`
    const valid = await agent.post(url, {
      firstName: 'Samira',
      lastName: 'Benali',
      validFrom: '2026-03-01',
      validUntil: '2026-06-30',
    })
    expect(valid.status, JSON.stringify(valid.body)).toBe(201)
    expect(valid.body.usable).toBe(true)
    const expired = await agent.post(url, {
      firstName: 'Omar',
      lastName: 'Haddad',
      validFrom: '2026-01-01',
      validUntil: '2026-03-19',
    })
    const revoked = await agent.post(url, {
      firstName: 'Léa',
      lastName: 'Morel',
      validFrom: '2026-03-01',
      validUntil: '2026-12-31',
    })
    expect((await agent.post(`/api/domiciliation-proxies/${revoked.body.id}/revoke`)).body.usable).toBe(false)
    const foreign = await agent.post(`/api/domiciliations/${helene.domiciliationId}/proxies`, {
      firstName: 'Anne',
      lastName: 'Dufour',
      validFrom: '2026-03-01',
      validUntil: '2026-12-31',
    })
    const backwards = await agent.post(url, {
      firstName: 'X',
      lastName: 'Y',
      validFrom: '2026-05-01',
      validUntil: '2026-04-01',
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.fields[0].field).toBe('validUntil')

    const item = (await waiting(karim)).items[0].id
    const handover = (proxyId: string) =>
      agent.post(`/api/domiciliations/${karim.domiciliationId}/mail/handover`, { itemIds: [item], proxyId })
    const late = await handover(expired.body.id)
    expect(late.status).toBe(400)
    expect(late.body.message).toBe(
      'La procuration de Omar HADDAD a pris fin le 19 mars 2026 : elle ne permet plus de retirer le courrier.',
    )
    expect(late.body.fields[0].field).toBe('proxyId')
    expect((await handover(revoked.body.id)).body.message).toMatch(/révoquée le 20 mars 2026/)
    expect((await handover(foreign.body.id)).body.message).toMatch(/n’appartient pas à ce dossier/)
    expect((await waiting(karim)).file.lastContactAt).toBeNull()
    const ok = await handover(valid.body.id)
    expect(ok.status).toBe(200)
    expect(ok.body.items[0].proxy).toEqual({ id: valid.body.id, name: 'Samira BENALI' })
    expect(ok.body.file.lastContactAt).toBe(now.toISOString())
    // A proxy that served keeps its trace: it can be revoked, not deleted.
    expect((await agent.delete(`/api/domiciliation-proxies/${valid.body.id}`)).status).toBe(409)
    expect((await agent.delete(`/api/domiciliation-proxies/${expired.body.id}`)).status).toBe(200)
    const left = (await agent.get(url)).body.proxies.map((p: { firstName: string }) => p.firstName)
    expect(left.sort()).toEqual(['Léa', 'Samira'])
  })

  it('forwards what arrives while forwarding is active, and keeps mail again once it stops', async () => {
    const url = `/api/domiciliations/${karim.domiciliationId}/forwarding`
    const set = await agent.request('PUT', url, {
      forwardAddress: '12 rue des Tilleuls, 39100 Dole',
      forwardFrom: '2026-03-20',
      forwardUntil: '2026-04-30',
    })
    expect(set.status).toBe(200)
    expect(set.body.file.forwarding).toEqual({
      address: '12 rue des Tilleuls, 39100 Dole',
      from: '2026-03-20',
      until: '2026-04-30',
    })
    const forwarded = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'courrier' }],
    })
    expect(forwarded.body.items[0]).toMatchObject({ state: 'reexpedie', forwardedAt: now.toISOString() })
    at('2026-05-02T09:00:00+02:00')
    const after = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'courrier' }],
    })
    expect(after.body.items[0].state).toBe('en_attente')
    await agent.request('PUT', url, { forwardAddress: 'Chez M. Haddad, Dole', forwardFrom: '2026-05-01' })
    expect((await agent.delete(url)).body.file.forwarding).toBeNull()
    const kept = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'colis' }],
    })
    expect(kept.body.items[0].state).toBe('en_attente')
  })

  it('returns mail to its sender (NPAI): the file is marked and what arrives next must go back too', async () => {
    const items = (await waiting(karim)).items as { id: string }[]
    const res = await agent.post(`/api/domiciliations/${karim.domiciliationId}/mail/return`, {
      itemIds: [items[0]!.id],
      reason: 'inconnu',
    })
    expect(res.status).toBe(200)
    expect(res.body.items[0]).toMatchObject({ state: 'retourne', returnReason: 'inconnu' })
    expect(res.body.file.npaiSince).toBe('2026-05-02')
    const refused = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'courrier' }],
    })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/n’habite pas à l’adresse indiquée » depuis le 2 mai 2026/)
    const returned = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'courrier', returnReason: 'inconnu' }],
    })
    expect(returned.body.items[0].state).toBe('retourne')
    expect(
      (await agent.delete(`/api/domiciliations/${karim.domiciliationId}/npai`)).body.file.npaiSince,
    ).toBeNull()
    const kept = await agent.post('/api/domiciliation/mail', {
      items: [{ fileNumber: karim.fileNumber, kind: 'courrier' }],
    })
    expect(kept.body.items[0].state).toBe('en_attente')
    const gone = await agent.post(`/api/domiciliations/${karim.domiciliationId}/mail/return`, {
      itemIds: [items[0]!.id],
      reason: 'deces',
    })
    expect(gone.status).toBe(409)
  })

  it('writes every read and write to the audit log, without the personal data', async () => {
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, t.tenantA.organisationId),
          sql`${auditLog.entityType} like 'domiciliation%'`,
        ),
      )
    const kinds = new Set(entries.map((e) => `${e.action} ${e.entityType}`))
    for (const expected of [
      'read domiciliation',
      'create domiciliation_mail',
      'update domiciliation_mail',
      'create domiciliation_contact',
      'create domiciliation_proxy',
      'update domiciliation_proxy',
      'delete domiciliation_proxy',
      'update domiciliation',
    ]) {
      expect(kinds, expected).toContain(expected)
    }
    const logged = JSON.stringify(entries.map((e) => e.diff))
    for (const secret of ['Samira', 'Haddad', 'Tilleuls', 'hôpital', 'CAF du Doubs'])
      expect(logged).not.toContain(secret)
  })

  it('lets social workers read but not register; other roles and other tenants see nothing', async () => {
    expect((await social.get(`/api/domiciliations/${helene.domiciliationId}/mail?state=tous`)).status).toBe(
      200,
    )
    expect(
      (
        await social.post('/api/domiciliation/mail', {
          items: [{ fileNumber: helene.fileNumber, kind: 'courrier' }],
        })
      ).status,
    ).toBe(403)
    expect((await aides.get(`/api/domiciliations/${helene.domiciliationId}/mail`)).status).toBe(403)
    for (const url of ['mail', 'contacts', 'proxies', 'notices']) {
      expect((await outsider.get(`/api/domiciliations/${helene.domiciliationId}/${url}`)).status, url).toBe(
        404,
      )
    }
    const item = (await waiting(helene)).items[0].id
    expect(
      (
        await outsider.post(`/api/domiciliations/${helene.domiciliationId}/mail/handover`, {
          itemIds: [item],
        })
      ).status,
    ).toBe(404)
    const foreign = await outsider.post('/api/domiciliation/mail', {
      items: [{ domiciliationId: helene.domiciliationId, kind: 'courrier' }],
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.fields[0].message).toBe('Dossier de domiciliation introuvable.')
    expect((await waiting(helene)).items.map((i: { id: string }) => i.id)).toContain(item)
  })
})
