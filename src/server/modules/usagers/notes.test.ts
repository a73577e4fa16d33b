import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

/** The demo gives each role its own service: the social worker "Accompagnement social", the reception agent "Accueil". */
describe.each(databaseKinds)('notes stay inside their team (%s)', (kind) => {
  let t: TestApp
  let social: TestClient
  let reception: TestClient
  let usagerId: string
  let socialService: string
  let receptionService: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    reception = await t.signIn(t.tenantA.accounts.agent_accueil)
    const services = (await social.get('/api/services')).body as { id: string; name: string }[]
    socialService = services.find((s) => s.name === 'Accompagnement social')!.id
    receptionService = services.find((s) => s.name === 'Accueil')!.id
    usagerId = (await reception.post('/api/usagers', { firstName: 'Noël', lastName: 'Benhaïm' })).body.id
  })
  afterAll(async () => t?.close())

  it('shows a note restricted to a service to its members only, and answers 404 to the others', async () => {
    const secret = await social.post(`/api/usagers/${usagerId}/notes`, {
      text: 'Violences conjugales évoquées.',
      serviceId: socialService,
    })
    expect(secret.status, JSON.stringify(secret.body)).toBe(201)
    expect(secret.body).toMatchObject({
      serviceId: socialService,
      privateToAuthor: false,
      authorName: 'Démo travailleur social',
    })
    const shared = await reception.post(`/api/usagers/${usagerId}/notes`, {
      text: 'Passé à l’accueil ce matin.',
    })
    expect(shared.status).toBe(201)

    const seenByReception = (await reception.get(`/api/usagers/${usagerId}/notes`)).body.map(
      (n: { text: string }) => n.text,
    )
    expect(seenByReception).toEqual(['Passé à l’accueil ce matin.'])
    expect((await reception.get(`/api/usager-notes/${secret.body.id}`)).status).toBe(404)
    const seenBySocial = (await social.get(`/api/usagers/${usagerId}/notes`)).body.map(
      (n: { text: string }) => n.text,
    )
    expect(seenBySocial).toEqual(
      expect.arrayContaining(['Violences conjugales évoquées.', 'Passé à l’accueil ce matin.']),
    )
    expect((await social.get(`/api/usager-notes/${secret.body.id}`)).body.text).toBe(
      'Violences conjugales évoquées.',
    )
    // Even the administrator, outside the service, does not read it.
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    expect((await admin.get(`/api/usager-notes/${secret.body.id}`)).status).toBe(404)
  })

  it('keeps a private note to its author', async () => {
    const mine = await reception.post(`/api/usagers/${usagerId}/notes`, {
      text: 'À rappeler discrètement.',
      privateToAuthor: true,
    })
    expect(mine.status).toBe(201)
    expect((await reception.get(`/api/usager-notes/${mine.body.id}`)).status).toBe(200)
    expect((await social.get(`/api/usager-notes/${mine.body.id}`)).status).toBe(404)
    const both = await reception.post(`/api/usagers/${usagerId}/notes`, {
      text: 'x',
      privateToAuthor: true,
      serviceId: receptionService,
    })
    expect(both.status).toBe(400)
    expect(both.body.fields[0].field).toBe('serviceId')
  })

  it('refuses to share a note with a service the author does not belong to', async () => {
    const res = await reception.post(`/api/usagers/${usagerId}/notes`, {
      text: 'Pour le service social.',
      serviceId: socialService,
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^Service : .*membre/)
    expect(
      (await social.get(`/api/usagers/${usagerId}/notes`)).body.map((n: { text: string }) => n.text),
    ).not.toContain('Pour le service social.')
  })

  it('returns HTML in a note as the text it is', async () => {
    const html = '<script>alert("x")</script><b>gras</b>'
    const res = await reception.post(`/api/usagers/${usagerId}/notes`, { text: html })
    expect(res.body.text).toBe(html)
    expect((await reception.get(`/api/usager-notes/${res.body.id}`)).body.text).toBe(html)
  })

  it('answers 404 for the notes of another organisation’s file and audits every read', async () => {
    const other = await t.signIn(t.tenantB.accounts.travailleur_social)
    expect((await other.get(`/api/usagers/${usagerId}/notes`)).status).toBe(404)
    expect((await other.post(`/api/usagers/${usagerId}/notes`, { text: 'intrus' })).status).toBe(404)
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get('/api/audit?entityType=usager_note')
    const actions = log.body.entries.map((e: { action: string }) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['read', 'create']))
    expect(JSON.stringify(log.body)).not.toMatch(/Violences/)
  })
})
