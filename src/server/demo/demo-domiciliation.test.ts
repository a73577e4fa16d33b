import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonths, parisDate } from '../../shared/dates'
import { createTestApp, type TestApp, type TestClient } from '../test/test-app'

describe('demo domiciliations', () => {
  let t: TestApp
  let agent: TestClient
  beforeAll(async () => {
    t = await createTestApp('pglite', { demoDomiciliations: true })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
  })
  afterAll(async () => t?.close())

  const labels = async (filter: string) =>
    (
      (await agent.get(`/api/domiciliations?filter=${filter}`)).body.items as { usager: { label: string } }[]
    ).map((i) => i.usager.label)

  it('puts each demo person in the list the agents should see them in', async () => {
    expect(await labels('toutes')).toHaveLength(5)
    expect(await labels('expire_sous_16_jours')).toEqual(['Mohamed BEN SAÏD'])
    expect(await labels('sans_contact_3_mois')).toEqual(['Gégé'])
    expect(await labels('attente_decision')).toEqual(['Fatoumata TRAORÉ'])
    const waiting = (await agent.get('/api/domiciliations?filter=attente_decision')).body.items[0]
    expect(waiting.pendingRequest.deadline).toBe('proche')
  })

  it('keeps a renewal and a refusal with its orientation in the history, with their documents', async () => {
    const noel = (await agent.get('/api/domiciliations?q=saint-just')).body.items[0]
    const file = (await agent.get(`/api/domiciliations/${noel.id}`)).body
    expect(file.decisions.map((d: { kind: string }) => d.kind)).toEqual(['RENOUVELLEMENT', 'ACCEPTATION'])
    expect(file.firstDomiciliationOn).toBe(file.decisions[1].validFrom)
    expect(file.firstDomiciliationOn < addMonths(parisDate(new Date()), -12)).toBe(true)
    expect(file.status).toBe('valide')

    const piotr = (await agent.get('/api/domiciliations?q=wisniewski')).body.items[0]
    const refused = (await agent.get(`/api/domiciliations/${piotr.id}`)).body
    expect(refused).toMatchObject({
      status: 'refus',
      decisions: [
        {
          kind: 'REFUS',
          motive: 'LIEN_COMMUNE',
          orientation: 'CCAS',
          orientationDetail: expect.stringContaining('Dijon'),
        },
      ],
    })
    const cookie = { cookie: `lien_session=${agent.cookie('lien_session')}` }
    const letter = await t.app.inject({
      method: 'GET',
      url: `/api/domiciliation-decisions/${refused.decisions[0].id}/letter.pdf`,
      headers: cookie,
    })
    expect(letter.statusCode).toBe(200)
    const attestation = await t.app.inject({
      method: 'GET',
      url: `/api/domiciliation-requests/${file.decisions[0].requestId}/attestation.pdf`,
      headers: cookie,
    })
    expect(attestation.statusCode).toBe(200)
  })
})
