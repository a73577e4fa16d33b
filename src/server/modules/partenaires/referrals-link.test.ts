import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { directoryEntry, expectNoPersonalData, linkIn, personalDetails } from './referrals-fixtures'

const DAY_MS = 86_400_000

describe.each(databaseKinds)('orientations by secure link, for a partner without an account (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-04-01T10:00:00+02:00')
  let agent: TestClient
  let visitor: TestClient
  let entry: { structureId: string; serviceId: string }
  let requestId: string

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.travailleur_social)
    visitor = await t.anonymous().init()
    entry = await directoryEntry(t.database.db.owner, t.tenantA.organisationId, {
      structure: 'Restos du Cœur — Besançon',
      service: 'Distribution alimentaire',
      email: 'accueil@restos-besancon.test',
      serviceEmail: 'distribution@restos-besancon.test',
    })
    requestId = (await agent.post('/api/requests', { channel: 'telephone', themes: ['aide_alimentaire'] }))
      .body.id
  })
  afterAll(async () => t?.close())

  async function orient() {
    const before = (await t.mailer.outbox()).length
    const res = await agent.post(`/api/requests/${requestId}/referrals`, {
      serviceId: entry.serviceId,
      share: personalDetails,
      consent: true,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const all = await t.mailer.outbox()
    const mails = all.slice(0, all.length - before)
    return { referral: res.body, mails }
  }

  it('sends the service’s address a secure link, and no personal data in the e-mail', async () => {
    const { referral, mails } = await orient()
    expect(referral.channel).toBe('lien')
    expect(mails.map((m) => m.to)).toEqual(['distribution@restos-besancon.test'])
    expect(expectNoPersonalData(mails)).toEqual([])
    const link = linkIn(mails[0]!)
    expect(link.organisationId).toBe(t.tenantA.organisationId)

    const read = await visitor.get(`/api/public/organisations/${link.organisationId}/referrals/${link.token}`)
    expect(read.status, JSON.stringify(read.body)).toBe(200)
    expect(read.body).toMatchObject({
      id: referral.id,
      shared: { lastName: personalDetails.lastName, email: personalDetails.email },
      service: { name: 'Distribution alimentaire' },
    })
  })

  it('refuses a wrong token, a token of another organisation, and a malformed one', async () => {
    const { mails } = await orient()
    const link = linkIn(mails[0]!)
    const wrong = `${link.token.slice(0, -4)}AAAA`
    expect(
      (await visitor.get(`/api/public/organisations/${link.organisationId}/referrals/${wrong}`)).status,
    ).toBe(404)
    expect(
      (await visitor.get(`/api/public/organisations/${t.tenantB.organisationId}/referrals/${link.token}`))
        .status,
    ).toBe(404)
    const malformed = await visitor.get(`/api/public/organisations/${link.organisationId}/referrals/court`)
    expect(malformed.status).toBe(400)
  })

  it('lets the partner answer through the link, follows the request, and closes the link', async () => {
    const { referral, mails } = await orient()
    const link = linkIn(mails[0]!)
    const base = `/api/public/organisations/${link.organisationId}/referrals/${link.token}`
    const noReason = await visitor.post(`${base}/answer`, { action: 'refuser' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fields[0].field).toBe('reason')

    const refused = await visitor.post(`${base}/answer`, {
      action: 'refuser',
      reason: 'Hors de notre secteur.',
    })
    expect(refused.status, JSON.stringify(refused.body)).toBe(200)
    expect(refused.body.status).toBe('refusee')

    const request = await agent.get(`/api/requests/${requestId}`)
    const event = request.body.events.find(
      (e: { kind: string; detail: { referralId?: string } }) => e.detail.referralId === referral.id,
    )
    expect(event).toMatchObject({
      kind: 'suite_orientation',
      detail: { to: 'refusee', reason: 'Hors de notre secteur.' },
    })
    const mine = await agent.get(`/api/referrals/sent/${referral.id}`)
    expect(mine.body).toMatchObject({ status: 'refusee', statusReason: 'Hors de notre secteur.' })

    const closed = await visitor.get(base)
    expect(closed.status).toBe(404)
    expect(closed.body.message).toContain('plus valable')
    expect((await visitor.post(`${base}/answer`, { action: 'accepter' })).status).toBe(404)
  })

  it('stops the link after 30 days', async () => {
    const { mails } = await orient()
    const link = linkIn(mails[0]!)
    const base = `/api/public/organisations/${link.organisationId}/referrals/${link.token}`
    const accepted = await visitor.post(`${base}/answer`, { action: 'accepter' })
    expect(accepted.body.status).toBe('acceptee')
    now = new Date(now.getTime() + 29 * DAY_MS)
    expect((await visitor.get(base)).status).toBe(200)
    now = new Date(now.getTime() + 2 * DAY_MS)
    expect((await visitor.get(base)).status).toBe(404)
    expect((await visitor.post(`${base}/answer`, { action: 'personne_recue' })).status).toBe(404)
  })

  it('keeps the partner without account from the agent’s routes', async () => {
    expect((await visitor.get('/api/referrals/received')).status).toBe(401)
    expect((await visitor.get(`/api/requests/${requestId}/referrals`)).status).toBe(401)
  })
})
