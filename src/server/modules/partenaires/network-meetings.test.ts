import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { parseIcs } from './network-ics-reader'
import { createNetworkFixture, type NetworkFixture } from './network.fixtures'

interface Invitation {
  structureId: string
  response: string
  participants: number
  attended: boolean | null
}

describe.each(databaseKinds)('network meetings (%s)', (kind) => {
  let now = new Date('2026-02-02T09:00:00Z')
  let t: TestApp
  let f: NetworkFixture
  let direction: TestClient
  let agent: TestClient
  let tilleuls: TestClient
  let abri: TestClient
  let meetingId: string
  const seen = new Set<string>()

  const newMails = async () => {
    const all = await t.mailer.outbox()
    const fresh = all.filter((m) => !seen.has(m.id))
    for (const m of all) seen.add(m.id)
    return fresh
  }
  const invitationOf = (detail: { invitations: Invitation[] }, structureId: string) =>
    detail.invitations.find((i) => i.structureId === structureId)

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    f = await createNetworkFixture(t, now)
    direction = await t.signIn(t.tenantA.accounts.direction)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    tilleuls = await t.signIn(f.tilleulsMember)
    abri = await t.signIn(f.abriMember)
    await newMails()
  })
  afterAll(async () => t?.close())

  it('creates a meeting, refusing bad input with the field named', async () => {
    const body = {
      kind: 'coordination_aide_alimentaire',
      title: 'Coordination de l’aide alimentaire — 1er trimestre',
      startsAt: '2026-03-12T14:00:00+01:00',
      endsAt: '2026-03-12T16:00:00+01:00',
      location: 'CCAS, salle Proudhon, 1 rue Mégevand, Besançon',
      agenda: 'Bilan des colis; stocks, dons\nHoraires d’été',
      capacity: 5,
    }
    expect((await agent.post('/api/network/meetings', body)).status).toBe(403)
    const backwards = await direction.post('/api/network/meetings', {
      ...body,
      endsAt: '2026-03-12T13:00:00+01:00',
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.fields[0].field).toBe('endsAt')
    const badKind = await direction.post('/api/network/meetings', { ...body, kind: 'apero' })
    expect(badKind.status).toBe(400)
    expect(badKind.body.fields[0].field).toBe('kind')
    const noCapacity = await direction.post('/api/network/meetings', { ...body, capacity: 0 })
    expect(noCapacity.body.fields[0].field).toBe('capacity')

    const created = await direction.post('/api/network/meetings', body)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      kind: 'coordination_aide_alimentaire',
      startsAt: '2026-03-12T13:00:00.000Z',
      endsAt: '2026-03-12T15:00:00.000Z',
      capacity: 5,
      invited: 0,
      minutes: null,
    })
    meetingId = created.body.id
    const upcoming = (await agent.get('/api/network/meetings')).body
    expect(upcoming.map((m: { id: string }) => m.id)).toContain(meetingId)
  })

  it('invites by theme: each structure is e-mailed the calendar file, those without an address are listed', async () => {
    const res = await direction.post(`/api/network/meetings/${meetingId}/invitations`, {
      target: { kind: 'theme', theme: 'aide_alimentaire' },
    })
    expect(res.status).toBe(200)
    // Les Tilleuls (partner account) and the Secours (e-mail); the draft épicerie is not invited.
    const detail = (await agent.get(`/api/network/meetings/${meetingId}`)).body
    const invited = detail.invitations.map((i: Invitation) => i.structureId)
    expect(invited).toEqual(expect.arrayContaining([f.tilleuls, f.secours]))
    expect(invited).not.toContain(f.brouillon)
    expect(invited).not.toContain(f.abri)

    const mails = (await newMails()).filter((m) => m.subject.startsWith('Invitation'))
    const toPartner = mails.find((m) => m.to === 'benevole@tilleuls.test')!
    // The partner's members are written to, not the structure's public address.
    expect(mails.map((m) => m.to)).not.toContain('contact@tilleuls.test')
    expect(mails.map((m) => m.to)).toContain('secours@quartier.test')
    expect(toPartner.text).toContain('http://localhost:3000/partenaire/reseau')
    expect(toPartner.attachments?.[0]?.filename).toBe('rencontre.ics')
    const { event } = parseIcs(toPartner.attachments![0]!.content)
    expect(event).toMatchObject({
      UID: `${meetingId}@lien`,
      DTSTART: '20260312T130000Z',
      DTEND: '20260312T150000Z',
      SUMMARY: 'Coordination de l’aide alimentaire — 1er trimestre',
      LOCATION: 'CCAS, salle Proudhon, 1 rue Mégevand, Besançon',
    })
    expect(event.DESCRIPTION).toContain('Bilan des colis; stocks, dons\nHoraires d’été')

    // Picked by hand: the mission locale (no address) and the Tilleuls again.
    const picked = await direction.post(`/api/network/meetings/${meetingId}/invitations`, {
      target: { kind: 'choix', structureIds: [f.missionLocale, f.tilleuls] },
    })
    expect(picked.body).toEqual({
      invited: 1,
      alreadyInvited: 1,
      emailed: 0,
      withoutAddress: [{ structureId: f.missionLocale, name: 'Mission locale (antenne)' }],
    })
    const unknown = await direction.post(`/api/network/meetings/${meetingId}/invitations`, {
      target: { kind: 'choix', structureIds: ['01900000-0000-7000-8000-000000000000'] },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields[0].field).toBe('target.structureIds.0')

    const ics = await agent.get(`/api/network/meetings/${meetingId}/ics`)
    expect(ics.headers['content-type']).toContain('text/calendar')
    expect(parseIcs(ics.body as string).event.UID).toBe(`${meetingId}@lien`)
  })

  it('lets an invited partner answer within the capacity, and no one else', async () => {
    const mine = (await tilleuls.get('/api/network/partner/meetings')).body
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ meetingId, response: 'invitee', placesLeft: 5, minutes: null })
    // L'Abri is not invited: it does not see the meeting, cannot answer it nor download it.
    expect((await abri.get('/api/network/partner/meetings')).body).toEqual([])
    const intruder = await abri.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.abri,
      response: 'excusee',
    })
    expect(intruder.status).toBe(404)
    expect((await abri.get(`/api/network/partner/meetings/${meetingId}/ics`)).status).toBe(404)
    // Nor for another's structure.
    const forOther = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.secours,
      response: 'excusee',
    })
    expect(forOther.status).toBe(404)

    const three = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.tilleuls,
      response: 'inscrite',
      participants: 3,
    })
    expect(three.status).toBe(200)
    expect(three.body).toMatchObject({ response: 'inscrite', participants: 3, placesLeft: 2 })
    // The Secours answered by phone: the keeper records it, and the capacity holds.
    const tooMany = await direction.post(`/api/network/meetings/${meetingId}/answers`, {
      structureId: f.secours,
      response: 'inscrite',
      participants: 3,
    })
    expect(tooMany.status).toBe(409)
    expect(tooMany.body.message).toContain('il reste 2 places')
    expect(tooMany.body.fields[0].field).toBe('participants')
    const two = await direction.post(`/api/network/meetings/${meetingId}/answers`, {
      structureId: f.secours,
      response: 'inscrite',
      participants: 2,
    })
    expect(two.status).toBe(200)
    expect(two.body).toMatchObject({ registered: 2, participants: 5 })
    // Full: the Tilleuls may still change their own number downwards, not upwards.
    const more = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.tilleuls,
      response: 'inscrite',
      participants: 4,
    })
    expect(more.status).toBe(409)
    expect(more.body.message).toBe(
      'Participants : 3 au plus pour votre structure (la rencontre est complète).',
    )
    const fewer = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.tilleuls,
      response: 'inscrite',
      participants: 2,
    })
    expect(fewer.body).toMatchObject({ participants: 2, placesLeft: 1 })
    const bad = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.tilleuls,
      response: 'inscrite',
      participants: 0,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('participants')
  })

  it('takes attendance and publishes minutes after the meeting, read by the invited partners only', async () => {
    const early = await direction.request('PUT', `/api/network/meetings/${meetingId}/attendance`, {
      items: [{ structureId: f.tilleuls, attended: true }],
    })
    expect(early.status).toBe(409)
    now = new Date('2026-03-12T16:00:00Z')
    const late = await tilleuls.post(`/api/network/partner/meetings/${meetingId}/answer`, {
      structureId: f.tilleuls,
      response: 'excusee',
    })
    expect(late.status).toBe(409)
    const notInvited = await direction.request('PUT', `/api/network/meetings/${meetingId}/attendance`, {
      items: [{ structureId: f.abri, attended: true }],
    })
    expect(notInvited.status).toBe(400)
    expect(notInvited.body.fields[0].field).toBe('items.0.structureId')
    const attendance = await direction.request('PUT', `/api/network/meetings/${meetingId}/attendance`, {
      items: [
        { structureId: f.tilleuls, attended: true },
        { structureId: f.secours, attended: false },
      ],
    })
    expect(attendance.status).toBe(200)
    expect(attendance.body.attended).toBe(1)
    expect(invitationOf(attendance.body, f.tilleuls)?.attended).toBe(true)
    expect(invitationOf(attendance.body, f.missionLocale)?.attended).toBeNull()

    const minutes = 'Présentes : 1 structure.\nDécision : collecte commune en juin.'
    const published = await direction.request('PUT', `/api/network/meetings/${meetingId}/minutes`, {
      minutes,
    })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ minutes, minutesPublished: true })
    const read = (await tilleuls.get('/api/network/partner/meetings')).body
    expect(read[0]).toMatchObject({ meetingId, minutes })
    expect((await abri.get('/api/network/partner/meetings')).body).toEqual([])

    const past = (await agent.get('/api/network/meetings?period=passees')).body
    expect(past.map((m: { id: string }) => m.id)).toContain(meetingId)
    const view = (await agent.get(`/api/network/structures/${f.tilleuls}`)).body
    expect(view).toMatchObject({ invitedCount: 1, attendedCount: 1 })
    expect(view.meetings[0]).toMatchObject({ meetingId, response: 'inscrite', attended: true })
  })

  it('plans the next three quarterly coordinations at the same Paris time', async () => {
    const next = await direction.post(`/api/network/meetings/${meetingId}/repeat`, { count: 3 })
    expect(next.status).toBe(201)
    expect(next.body.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      // 14:00 in Paris each time: summer time in June and September, winter time in December.
      '2026-06-12T12:00:00.000Z',
      '2026-09-12T12:00:00.000Z',
      '2026-12-12T13:00:00.000Z',
    ])
    expect(next.body[0]).toMatchObject({
      kind: 'coordination_aide_alimentaire',
      endsAt: '2026-06-12T14:00:00.000Z',
      capacity: 5,
      invited: 0,
    })
    expect((await direction.post(`/api/network/meetings/${meetingId}/repeat`, { count: 13 })).status).toBe(
      400,
    )
  })

  it('shows another organisation nothing', async () => {
    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect((await dole.get(`/api/network/meetings/${meetingId}`)).status).toBe(404)
    expect((await dole.get(`/api/network/meetings/${meetingId}/ics`)).status).toBe(404)
    const lists = [
      ...(await dole.get('/api/network/meetings')).body,
      ...(await dole.get('/api/network/meetings?period=passees')).body,
    ]
    expect(lists.map((m: { id: string }) => m.id)).not.toContain(meetingId)
    const invite = await dole.post(`/api/network/meetings/${meetingId}/invitations`, {
      target: { kind: 'toutes' },
    })
    expect(invite.status).toBe(404)
    const minutes = await dole.request('PUT', `/api/network/meetings/${meetingId}/minutes`, {
      minutes: 'Réécrit',
    })
    expect(minutes.status).toBe(404)
  })
})
