import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { purgeListeningCallbacks } from './listening.service'
import { listeningCallbacks } from './retention.table'

const place = (extra: Record<string, unknown> = {}) => ({
  name: 'Mairie de test',
  kind: 'mairie',
  address: '12 Grande Rue',
  postcode: '25000',
  commune: 'Besançon',
  openingHours: { lundi: [['08:00', '12:00']] },
  accessInstructions: 'Entrée à gauche.',
  accessCode: 'A1B2C3',
  facilities: ['toilettes', 'salle_pause'],
  audience: 'Intervenants à domicile',
  ...extra,
})

const housing = (extra: Record<string, unknown> = {}) => ({
  category: 'logement',
  kind: 'fjt',
  name: 'Foyer de test',
  commune: 'Besançon',
  postcode: '25000',
  audiences: ['apprentis'],
  rentMin: 300,
  rentMax: 400,
  published: true,
  ...extra,
})

describe.each(databaseKinds)('reasons to stay (%s)', (kind) => {
  let t: TestApp
  let anonymous: TestClient
  let editorA: TestClient
  let editorB: TestClient
  let directionA: TestClient
  let directionB: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind)
    anonymous = await t.anonymous().init()
    editorA = await t.signIn(t.tenantA.accounts.editeur)
    editorB = await t.signIn(t.tenantB.accounts.editeur)
    directionA = await t.signIn(t.tenantA.accounts.direction)
    directionB = await t.signIn(t.tenantB.accounts.direction)
  })
  afterAll(async () => t?.close())

  const audited = async (entityId: string, action: string) =>
    t.database.db.owner
      .select({ entityType: auditLog.entityType })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))

  it('shows the published network to anyone, never a door code', async () => {
    const network = await anonymous.get('/api/metiers/point-de-chute')
    expect(network.status).toBe(200)
    expect(network.body.places.length).toBeGreaterThanOrEqual(25)
    const communes = new Set(network.body.places.map((p: { commune: string }) => p.commune))
    expect(communes).toContain('Besançon')
    expect(communes).toContain('Bourg-en-Bresse')
    const tilleuls = network.body.places.find((p: { name: string }) => p.name === 'EHPAD Les Tilleuls')
    expect(tilleuls).toMatchObject({ hasAccessCode: true, communeInsee: '25056' })
    expect(tilleuls).not.toHaveProperty('accessCode')
    expect(JSON.stringify(network.body)).not.toContain('4721')
    expect(Date.parse(network.body.generatedAt)).not.toBeNaN()
  })

  it('gives a door code to signed-in professionals only, and logs the reading', async () => {
    const { places } = (await anonymous.get('/api/metiers/point-de-chute')).body
    const tilleuls = places.find((p: { name: string }) => p.name === 'EHPAD Les Tilleuls')
    expect((await anonymous.get(`/api/metiers/point-de-chute/${tilleuls.id}/code`)).status).toBe(401)
    // A professional of another organisation reads it: the network serves every home-care worker.
    const code = await directionB.get(`/api/metiers/point-de-chute/${tilleuls.id}/code`)
    expect(code).toMatchObject({ status: 200, body: { accessCode: '4721' } })
    expect(await audited(tilleuls.id, 'read')).toEqual([{ entityType: 'point_de_chute_access_code' }])
  })

  it('lets the organisation’s editors write their places, no one else', async () => {
    expect((await anonymous.post('/api/metiers/point-de-chute-gestion', place())).status).toBe(401)
    expect((await directionA.post('/api/metiers/point-de-chute-gestion', place())).status).toBe(403)
    const created = await editorA.post('/api/metiers/point-de-chute-gestion', place())
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ accessCode: 'A1B2C3', published: false, commune: 'Besançon' })
    expect(created.body.latitude).toBeTypeOf('number')
    const id = created.body.id as string
    expect(await audited(id, 'create')).toEqual([{ entityType: 'point_de_chute_place' }])

    // A draft is not public, and its code is not given either.
    const publicIds = async () =>
      (await anonymous.get('/api/metiers/point-de-chute')).body.places.map((p: { id: string }) => p.id)
    expect(await publicIds()).not.toContain(id)
    expect((await directionB.get(`/api/metiers/point-de-chute/${id}/code`)).status).toBe(404)

    // Another tenant neither sees nor touches it.
    expect(
      (await editorB.get('/api/metiers/point-de-chute-gestion')).body.map((p: { id: string }) => p.id),
    ).not.toContain(id)
    expect((await editorB.request('PUT', `/api/metiers/point-de-chute-gestion/${id}`, place())).status).toBe(
      404,
    )
    expect((await editorB.delete(`/api/metiers/point-de-chute-gestion/${id}`)).status).toBe(404)

    const published = await editorA.request(
      'PUT',
      `/api/metiers/point-de-chute-gestion/${id}`,
      place({ published: true }),
    )
    expect(published.status).toBe(200)
    expect(await publicIds()).toContain(id)
    expect((await editorA.delete(`/api/metiers/point-de-chute-gestion/${id}`)).status).toBe(200)
    expect(await publicIds()).not.toContain(id)
  })

  it('refuses bad input with a French message naming the field, and saves nothing', async () => {
    const before = (await editorA.get('/api/metiers/point-de-chute-gestion')).body.length
    const badFacility = await editorA.post(
      '/api/metiers/point-de-chute-gestion',
      place({ facilities: ['piscine'] }),
    )
    expect(badFacility.status).toBe(400)
    expect(JSON.stringify(badFacility.body)).toContain('Équipement inconnu')
    const overlap = await editorA.post(
      '/api/metiers/point-de-chute-gestion',
      place({
        openingHours: {
          lundi: [
            ['08:00', '12:00'],
            ['11:00', '14:00'],
          ],
        },
      }),
    )
    expect(overlap.status).toBe(400)
    expect(JSON.stringify(overlap.body)).toContain('chevauchent')
    const noName = await editorA.post('/api/metiers/point-de-chute-gestion', place({ name: '  ' }))
    expect(noName.status).toBe(400)
    expect(noName.body.fields.map((f: { field: string }) => f.field)).toContain('name')
    expect((await editorA.get('/api/metiers/point-de-chute-gestion')).body.length).toBe(before)
  })

  it('lists housing and childcare, with the staggered hours read from the week', async () => {
    const childcare = await anonymous.get('/api/metiers/vivre-ici?category=garde')
    expect(childcare.status).toBe(200)
    const early = childcare.body.find((c: { name: string }) => c.name.startsWith('Crèche Les Petits Loups'))
    expect(early.staggered).toEqual(['tot', 'tard'])
    const mam = childcare.body.find((c: { name: string }) => c.name.includes('Lucioles'))
    expect(mam.staggered).toEqual(['tot', 'tard', 'week_end'])
    expect((await anonymous.get('/api/metiers/vivre-ici?category=piscine')).status).toBe(400)

    const bad = await editorA.post('/api/metiers/vivre-ici-gestion', housing({ rentMin: 500, rentMax: 400 }))
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0]).toMatchObject({ field: 'rentMax' })
    const mismatch = await editorA.post('/api/metiers/vivre-ici-gestion', housing({ kind: 'creche' }))
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.fields[0]).toMatchObject({ field: 'kind' })

    const created = await editorA.post('/api/metiers/vivre-ici-gestion', housing({ ageMinMonths: 3 }))
    expect(created.status).toBe(201)
    // Childcare fields are not kept on housing.
    expect(created.body).toMatchObject({ rentMin: 300, rentMax: 400, ageMinMonths: null, staggered: [] })
    const homes = (await anonymous.get('/api/metiers/vivre-ici?category=logement')).body
    expect(homes.map((h: { id: string }) => h.id)).toContain(created.body.id)
    expect((await editorB.delete(`/api/metiers/vivre-ici-gestion/${created.body.id}`)).status).toBe(404)
    expect((await directionA.get('/api/metiers/vivre-ici-gestion')).status).toBe(403)
  })

  describe('listening line', () => {
    let organisationId: string
    let times: { slotId: string; startsAt: string }[]
    const book = (
      client: TestClient,
      time: { slotId: string; startsAt: string },
      extra: Record<string, unknown> = {},
    ) =>
      client.post(`/api/metiers/ligne-ecoute/${organisationId}/rappels`, {
        slotId: time.slotId,
        startsAt: time.startsAt,
        firstName: 'Nadia',
        phone: '06 12 34 56 78',
        email: 'nadia@example.test',
        topic: 'Fatigue après une fin de vie difficile',
        consent: true,
        ...extra,
      })

    beforeAll(async () => {
      organisationId = t.tenantA.organisationId
      const lines = await anonymous.get('/api/metiers/ligne-ecoute')
      expect(lines.body.map((l: { organisationId: string }) => l.organisationId)).toContain(organisationId)
      const free = await anonymous.get(`/api/metiers/ligne-ecoute/${organisationId}/creneaux`)
      expect(free.status).toBe(200)
      times = free.body.times
      expect(times.length).toBeGreaterThan(6)
    })

    it('books a callback once: the same time again, even at the same moment, is refused', async () => {
      const booked = await book(anonymous, times[0]!)
      expect(booked.status).toBe(201)
      expect(booked.body.reference).toMatch(/^R-[A-Z2-9]{6}$/)
      const mail = (await t.mailer.outbox()).find((m) => m.subject.includes(booked.body.reference))
      expect(mail?.to).toBe('nadia@example.test')
      expect(mail?.text).toContain(booked.body.cancelPath)
      expect(mail?.subject).not.toContain('Nadia')

      const again = await book(await t.anonymous().init(), times[0]!)
      expect(again.status).toBe(409)
      expect(again.body.fields[0]).toMatchObject({ field: 'startsAt' })

      const racers = await Promise.all([1, 2, 3].map(async () => book(await t.anonymous().init(), times[1]!)))
      expect(racers.map((r) => r.status).sort()).toEqual([201, 409, 409])
      const free = (await anonymous.get(`/api/metiers/ligne-ecoute/${organisationId}/creneaux`)).body.times
      expect(free.map((x: { startsAt: string }) => x.startsAt)).not.toContain(times[0]!.startsAt)
    })

    it('refuses times the line does not offer, and a booking without consent', async () => {
      const odd = {
        slotId: times[2]!.slotId,
        startsAt: new Date(Date.parse(times[2]!.startsAt) + 60_000).toISOString(),
      }
      const wrong = await book(anonymous, odd)
      expect(wrong.status).toBe(400)
      expect(wrong.body.fields[0]).toMatchObject({ field: 'startsAt' })
      const noConsent = await book(anonymous, times[2]!, { consent: false })
      expect(noConsent.status).toBe(400)
      expect(JSON.stringify(noConsent.body)).toContain('accord')
      const badPhone = await book(anonymous, times[2]!, { phone: '12' })
      expect(badPhone.status).toBe(400)
      expect(badPhone.body.fields[0]).toMatchObject({ field: 'phone' })
    })

    it('shows the week’s callbacks to the line only, audited, and notes the call back', async () => {
      const booked = await book(anonymous, times[3]!)
      const week = times[3]!.startsAt.slice(0, 10)
      const list = await directionA.get(`/api/metiers/ligne-ecoute-gestion/rappels?week=${week}`)
      expect(list.status).toBe(200)
      const mine = list.body.callbacks.find((c: { id: string }) => c.id === booked.body.id)
      expect(mine).toMatchObject({ firstName: 'Nadia', phone: '+33612345678', state: 'reserve' })
      expect(await audited(booked.body.id, 'read')).toEqual([{ entityType: 'listening_callback' }])

      // Another organisation sees none of it.
      const other = await directionB.get(`/api/metiers/ligne-ecoute-gestion/rappels?week=${week}`)
      expect(other.body.callbacks).toEqual([])
      expect(
        (await directionB.post(`/api/metiers/ligne-ecoute-gestion/rappels/${booked.body.id}/rappele`)).status,
      ).toBe(404)
      // A member who is not the listener sees only their own callbacks (none).
      const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
      expect(
        (await agent.get(`/api/metiers/ligne-ecoute-gestion/rappels?week=${week}`)).body.callbacks,
      ).toEqual([])
      expect((await anonymous.get(`/api/metiers/ligne-ecoute-gestion/rappels?week=${week}`)).status).toBe(401)

      const done = await directionA.post(
        `/api/metiers/ligne-ecoute-gestion/rappels/${booked.body.id}/rappele`,
      )
      expect(done).toMatchObject({ status: 200, body: { state: 'rappele' } })
    })

    it('cancels with the link only, and the time is free again', async () => {
      const booked = await book(anonymous, times[4]!)
      const token = new URL(`http://x${booked.body.cancelPath}`).searchParams.get('t')!
      const cancel = (value: string) =>
        anonymous.post(`/api/metiers/ligne-ecoute/${organisationId}/rappels/${booked.body.id}/annulation`, {
          token: value,
        })
      expect((await cancel('x'.repeat(32))).status).toBe(404)
      const ok = await cancel(token)
      expect(ok).toMatchObject({ status: 200, body: { cancelled: true } })
      const free = (await anonymous.get(`/api/metiers/ligne-ecoute/${organisationId}/creneaux`)).body.times
      expect(free.map((x: { startsAt: string }) => x.startsAt)).toContain(times[4]!.startsAt)
      expect((await book(anonymous, times[4]!)).status).toBe(201)
    })

    it('lets managers set the weekly slots, checks the call fits, and erases personal data after the delay', async () => {
      const setup = await directionA.get('/api/metiers/ligne-ecoute-gestion/creneaux')
      expect(setup.status).toBe(200)
      expect(setup.body.slots.length).toBe(3)
      expect((await editorA.get('/api/metiers/ligne-ecoute-gestion/creneaux')).status).toBe(403)
      const tooLong = await directionA.post('/api/metiers/ligne-ecoute-gestion/creneaux', {
        weekday: 1,
        startTime: '09:00',
        endTime: '09:20',
        slotMinutes: 30,
      })
      expect(tooLong.status).toBe(400)
      expect(tooLong.body.fields[0]).toMatchObject({ field: 'slotMinutes' })
      const slot = await directionA.post('/api/metiers/ligne-ecoute-gestion/creneaux', {
        weekday: 1,
        startTime: '09:00',
        endTime: '10:00',
        slotMinutes: 20,
      })
      expect(slot.status).toBe(201)
      expect(
        (
          await directionB.request('PUT', `/api/metiers/ligne-ecoute-gestion/creneaux/${slot.body.id}`, {
            weekday: 1,
            startTime: '09:00',
            endTime: '10:00',
            slotMinutes: 20,
            active: false,
          })
        ).status,
      ).toBe(404)

      const last = times.at(-1)!
      const booked = await book(anonymous, last)
      const later = new Date(Date.parse(last.startsAt) + 31 * 86_400_000)
      expect((await purgeListeningCallbacks({ db: t.database.db }, later)).purged).toBeGreaterThan(0)
      const [row] = await t.database.db.owner
        .select()
        .from(listeningCallbacks)
        .where(eq(listeningCallbacks.id, booked.body.id))
      expect(row).toMatchObject({ firstName: null, phone: null, email: null, topic: null })
      expect(row!.purgedAt).not.toBeNull()
    })
  })
})
