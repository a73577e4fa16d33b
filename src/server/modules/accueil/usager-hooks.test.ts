import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { requestAnswers, requests } from './accueil.table'
import { accueilUsagerHooks } from './usager-hooks'

describe.each(databaseKinds)('requests follow their usager (%s)', (kind) => {
  let t: TestApp
  let admin: TestClient
  beforeAll(async () => {
    t = await createTestApp(kind)
    admin = await t.signIn(t.tenantA.accounts.administrateur)
  })
  afterAll(async () => t?.close())

  const newUsager = async (firstName: string) =>
    (await admin.post('/api/usagers', { firstName, lastName: 'Fusion', confirmNotDuplicate: true })).body
      .id as string

  it('moves the absorbed file’s requests to the kept file on a merge, and says so in their history', async () => {
    const kept = await newUsager('Gardée')
    const absorbed = await newUsager('Absorbée')
    const request = (
      await admin.post('/api/requests', { channel: 'telephone', themes: ['logement'], usagerId: absorbed })
    ).body.id
    const merged = await admin.post(`/api/usagers/${kept}/merge`, { absorbedId: absorbed })
    expect(merged.status, JSON.stringify(merged.body)).toBe(200)
    const detail = (await admin.get(`/api/requests/${request}`)).body
    expect(detail.usagerId).toBe(kept)
    expect(detail.personLabel).toBe('Gardée FUSION')
    expect(detail.events.at(-1)).toMatchObject({
      kind: 'fusion_usager',
      detail: { from: absorbed, to: kept },
    })
  })

  it('erases what the requests say of an anonymised person, and keeps the rest', async () => {
    const person = await newUsager('Effacée')
    const created = (
      await admin.post('/api/requests', {
        channel: 'courriel',
        themes: ['sante'],
        usagerId: person,
        subject: 'Mon traitement',
        replyTo: 'effacee@exemple.test',
        message: 'Détails de santé',
      })
    ).body
    await admin.post(`/api/requests/${created.id}/answers`, {
      channel: 'courriel',
      body: 'Réponse détaillée',
    })
    const other = (
      await admin.post('/api/requests', { channel: 'courriel', themes: ['sante'], message: 'Reste intact' })
    ).body.id
    await t.database.db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
      (tx) => accueilUsagerHooks.onAnonymise!(tx, [person]),
    )
    const [row] = await t.database.db.owner.select().from(requests).where(eq(requests.id, created.id))
    expect(row).toMatchObject({
      subject: null,
      replyTo: null,
      message: '',
      channel: 'courriel',
      themes: ['sante'],
      reference: created.reference,
    })
    const [answer] = await t.database.db.owner
      .select()
      .from(requestAnswers)
      .where(eq(requestAnswers.requestId, created.id))
    expect(answer!.body).not.toMatch(/détaillée/)
    const [kept] = await t.database.db.owner.select().from(requests).where(eq(requests.id, other))
    expect(kept!.message).toBe('Reste intact')
  })
})
