import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'

describe('decisions: bad input gets a French message naming the field', () => {
  const now = new Date('2026-04-15T10:00:00+02:00')
  let t: TestApp
  let agent: TestClient
  let direction: TestClient
  let fileId: string
  let requestId: string

  beforeAll(async () => {
    t = await createTestApp('pglite', { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantA.accounts.direction)
    const usagerId = (
      await agent.post('/api/usagers', { firstName: 'Léon', lastName: 'Saisie', confirmNotDuplicate: true })
    ).body.id
    fileId = (await agent.post('/api/domiciliations', { usagerId })).body.id
    requestId = (
      await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE', filedOn: '2026-04-01' })
    ).body.pendingRequest.id
    await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      linkWithCommune: 'FAMILIAL',
    })
  })
  afterAll(async () => t?.close())

  const decide = (body: object) => direction.post(`/api/domiciliation-requests/${requestId}/decision`, body)

  it('refuses a refusal without motive, orientation or named organisation', async () => {
    const noMotive = await decide({
      decision: 'refuse',
      orientation: 'CCAS',
      orientationDetail: 'CCAS de Dole',
    })
    expect(noMotive.status).toBe(400)
    expect(noMotive.body.message).toBe(
      'Motif : Indiquez le motif du refus : un refus doit être motivé (article L264-4 du CASF).',
    )
    expect(noMotive.body.fields).toEqual([
      { field: 'motive', message: expect.stringContaining('motif du refus') },
    ])

    const noOrientation = await decide({ decision: 'refuse', motive: 'LIEN_COMMUNE' })
    expect(noOrientation.status).toBe(400)
    expect(noOrientation.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'orientation',
      'orientationDetail',
    ])
    expect(noOrientation.body.message).toBe(
      'Orientation : Indiquez vers quel organisme la personne est orientée : c’est obligatoire après un refus (article L264-4 du CASF).',
    )

    const unknown = await decide({
      decision: 'refuse',
      motive: 'HUMEUR',
      orientation: 'CCAS',
      orientationDetail: 'CCAS de Dole',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields[0].field).toBe('motive')

    const other = await decide({
      decision: 'refuse',
      motive: 'AUTRE',
      orientation: 'AUTRE',
      orientationDetail: 'Association X',
    })
    expect(other.body.message).toBe('Précision sur le motif : Précisez le motif choisi (« Autre »).')

    const granted = await decide({ decision: 'accepte', motive: 'LIEN_COMMUNE' })
    expect(granted.status).toBe(400)
    expect(granted.body.message).toBe(
      'Motif : Un accord ne porte ni motif ni orientation : ils accompagnent un refus.',
    )

    const missing = await decide({})
    expect(missing.body.message).toBe('Décision : Choisissez la décision : accepter ou refuser.')
  })

  it('refuses impossible, future and out-of-order dates, and unknown fields', async () => {
    const impossible = await decide({ decision: 'accepte', decidedOn: '2026-02-30' })
    expect(impossible.status).toBe(400)
    expect(impossible.body.message).toBe(
      'Date de la décision : Date invalide : jour, mois et année (AAAA-MM-JJ) d’un jour qui existe.',
    )
    const future = await decide({ decision: 'accepte', decidedOn: '2026-04-16' })
    expect(future.status).toBe(400)
    expect(future.body.message).toBe(
      'Date de la décision : La date ne peut pas être postérieure à aujourd’hui.',
    )
    const beforeFiling = await decide({ decision: 'accepte', decidedOn: '2026-03-31' })
    expect(beforeFiling.body.message).toBe(
      'Date de la décision : La décision ne peut pas précéder le dépôt de la demande.',
    )
    const ack = await agent.post(`/api/domiciliation-requests/${requestId}/acknowledgement`, {
      acknowledgedOn: '2026-03-01',
    })
    expect(ack.body.message).toBe(
      'Date de l’accusé de réception : L’accusé de réception ne peut pas précéder le dépôt de la demande.',
    )
    const extra = await decide({ decision: 'accepte', validUntil: '2030-01-01' })
    expect(extra.status).toBe(400)
    expect(extra.body.fields[0].field).toBe('validUntil')
    const settings = await direction.request('PUT', '/api/domiciliation-settings', { postalCode: '250' })
    expect(settings.body.message).toBe('Code postal : Le code postal compte 5 chiffres.')
  })

  it('refuses a renewal with nothing to renew, and leaves the request waiting after every refusal', async () => {
    const usagerId = (
      await agent.post('/api/usagers', { firstName: 'Rose', lastName: 'Neuve', confirmNotDuplicate: true })
    ).body.id
    const other = (await agent.post('/api/domiciliations', { usagerId })).body.id
    const renewal = await agent.post(`/api/domiciliations/${other}/requests`, { kind: 'RENOUVELLEMENT' })
    expect(renewal.status).toBe(409)
    expect(renewal.body.message).toBe(
      'Aucune domiciliation en cours ou expirée depuis moins de 3 mois à renouveler : enregistrez une première demande.',
    )
    const file = (await agent.get(`/api/domiciliations/${fileId}`)).body
    expect(file).toMatchObject({ status: 'instruction', decisions: [], pendingRequest: { id: requestId } })
  })
})
