import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { auditLog } from '../../platform/audit/audit.table'
import { directoryServices, directoryStructures, referrals } from './partenaires.table'

const foodService = {
  name: 'Distribution de colis',
  description: 'Colis alimentaires chaque semaine pour les foyers aux faibles ressources.',
  themes: ['aide_alimentaire'],
  subThemes: ['colis_alimentaire'],
  publics: ['familles', 'personnes_sans_domicile'],
  languages: ['fr', 'ar'],
  referralMode: 'sans_rdv',
  whatToBring: 'Une pièce d’identité.',
}

describe.each(databaseKinds)('directory entries kept by the CCAS (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let structureId: string
  let placeId: string
  let serviceId: string

  const searchTextOf = async (id: string) =>
    (await t.database.db.owner.select().from(directoryServices).where(eq(directoryServices.id, id)))[0]!
      .searchText

  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
  })
  afterAll(async () => t?.close())

  it('creates a structure, a place located at its address and a service, shown on the structure page', async () => {
    const created = await agent.post('/api/directory/structures', {
      kind: 'association',
      name: 'Quokka solidaire de la Gare',
      description: 'Association de quartier.',
      phone: '03 81 11 22 33',
      website: 'https://entraide-gare.example',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'Quokka solidaire de la Gare',
      status: 'publiee',
      source: 'saisie',
      phone: '+33381112233',
      needsUpdate: false,
      abilities: { edit: true, proposeChanges: false, confirm: true },
    })
    structureId = created.body.id

    const place = await agent.post(`/api/directory/structures/${structureId}/places`, {
      name: 'Local de la Viotte',
      addressInput: '12 rue de la Viotte, 25000 Besançon',
      openingHours: {
        samedi: [['09:00', '12:00']],
        mardi: [
          ['14:00', '17:00'],
          ['09:00', '12:00'],
        ],
      },
      hoursExceptions: [{ from: '2026-08-01', to: '2026-08-31', closed: true, message: 'Fermé en août' }],
      wheelchairAccessible: true,
      access: 'Bus 3, arrêt Viotte.',
    })
    expect(place.status).toBe(201)
    expect(place.body.warning).toBeNull()
    expect(place.body.place).toMatchObject({
      geocodeStatus: 'adresse',
      city: 'Besançon',
      citycode: '25056',
      // Spans come back in the order of the day.
      openingHours: {
        mardi: [
          ['09:00', '12:00'],
          ['14:00', '17:00'],
        ],
        samedi: [['09:00', '12:00']],
      },
    })
    expect(place.body.place.latitude).toBeCloseTo(47.247, 2)
    placeId = place.body.place.id

    const service = await agent.post(`/api/directory/structures/${structureId}/services`, {
      ...foodService,
      placeId,
    })
    expect(service.status).toBe(201)
    expect(service.body).toMatchObject({ name: 'Distribution de colis', placeId, openingHours: null })
    serviceId = service.body.id

    const page = await agent.get(`/api/directory/structures/${structureId}`)
    expect(page.status).toBe(200)
    expect(page.body.places.map((p: { id: string }) => p.id)).toEqual([placeId])
    expect(page.body.services.map((s: { id: string }) => s.id)).toEqual([serviceId])
    expect(page.body).toMatchObject({ placeCount: 1, serviceCount: 1, cities: ['Besançon'] })
  })

  it('keeps the search text of a service free of accents and case, and current after each write', async () => {
    const text = await searchTextOf(serviceId)
    for (const word of [
      'distribution de colis',
      'quokka solidaire de la gare',
      'aide alimentaire',
      'colis alimentaires',
      'familles',
      'personnes sans domicile',
      'besancon',
    ])
      expect(text).toContain(word)
    expect(text).toBe(text.toLowerCase())

    await agent.patch(`/api/directory/structures/${structureId}`, { name: 'Quokka Solidarité Gare' })
    expect(await searchTextOf(serviceId)).toContain('quokka solidarite gare')

    await agent.patch(`/api/directory/services/${serviceId}`, {
      themes: ['aide_alimentaire', 'sante'],
      subThemes: ['colis_alimentaire', 'hygiene'],
    })
    expect(await searchTextOf(serviceId)).toContain('hygiene, douches')

    await agent.patch(`/api/directory/places/${placeId}`, {
      addressInput: '3 rue de Besançon, 25480 École-Valentin',
    })
    const moved = await searchTextOf(serviceId)
    expect(moved).toContain('ecole-valentin')
    expect(moved).not.toContain('besancon ')
  })

  it('keeps an address the address service does not know, with a warning and no position', async () => {
    const res = await agent.post(`/api/directory/structures/${structureId}/places`, {
      addressInput: '3 impasse des Licornes, 25000 Besançon',
    })
    expect(res.status).toBe(201)
    expect(res.body.place).toMatchObject({ geocodeStatus: 'inconnue', latitude: null, longitude: null })
    expect(res.body.place.addressInput).toBe('3 impasse des Licornes, 25000 Besançon')
    expect(res.body.warning).toMatch(/Adresse inconnue/)
  })

  it('lists the structures with filters and pages', async () => {
    await agent.post('/api/directory/structures', {
      kind: 'service_public',
      name: 'Maison Wombat Services (test)',
      status: 'brouillon',
    })
    const byKind = await agent.get('/api/directory/structures?kind=service_public&q=wombat')
    expect(byKind.status).toBe(200)
    expect(byKind.body.items.map((s: { name: string }) => s.name)).toEqual(['Maison Wombat Services (test)'])
    const drafts = await agent.get('/api/directory/structures?status=brouillon')
    expect(drafts.body.items.every((s: { status: string }) => s.status === 'brouillon')).toBe(true)
    const mine = await agent.get('/api/directory/structures?q=quokka')
    expect(mine.body).toMatchObject({ page: 1, pageSize: 50, total: 1 })
    expect(mine.body.items[0]).toMatchObject({ id: structureId, placeCount: 2, serviceCount: 1 })
    const bad = await agent.get('/api/directory/structures?kind=club')
    expect(bad.status).toBe(400)
  })

  it('flags the entries not confirmed for longer than their period, until the keeper confirms them', async () => {
    await t.database.db.owner
      .update(directoryStructures)
      .set({ confirmedAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(eq(directoryStructures.id, structureId))
    const stale = await agent.get('/api/directory/structures?needsUpdate=true&q=quokka')
    expect(stale.body.items.map((s: { id: string }) => s.id)).toEqual([structureId])
    expect(stale.body.items[0].needsUpdate).toBe(true)
    const confirm = await agent.post(`/api/directory/structures/${structureId}/confirm`)
    expect(confirm.status).toBe(200)
    const after = await agent.get('/api/directory/structures?needsUpdate=true&q=quokka')
    expect(after.body.items).toEqual([])
  })

  it('refuses to delete an entry that orientations point at, and closes it with its services instead', async () => {
    await t.database.db.owner.insert(referrals).values({
      organisationId: t.tenantA.organisationId,
      serviceId,
      structureId,
    })
    const del = await agent.delete(`/api/directory/services/${serviceId}`)
    expect(del.status).toBe(409)
    expect(del.body.message).toMatch(/fermez-le/)
    expect((await agent.delete(`/api/directory/structures/${structureId}`)).status).toBe(409)

    const closed = await agent.post(`/api/directory/structures/${structureId}/close`)
    expect(closed.status).toBe(200)
    expect(closed.body.status).toBe('fermee')
    expect(closed.body.services.map((s: { status: string }) => s.status)).toEqual(['fermee'])
  })

  it('deletes a place (its services stay, without a place) and a structure entered by mistake', async () => {
    const s = (await agent.post('/api/directory/structures', { kind: 'autre', name: 'Doublon à supprimer' }))
      .body
    const p = (
      await agent.post(`/api/directory/structures/${s.id}/places`, {
        addressInput: '5 rue Battant, 25000 Besançon',
      })
    ).body.place
    const v = (
      await agent.post(`/api/directory/structures/${s.id}/services`, {
        name: 'Permanence',
        themes: ['autre'],
        placeId: p.id,
      })
    ).body
    expect((await agent.delete(`/api/directory/places/${p.id}`)).status).toBe(200)
    expect((await agent.get(`/api/directory/structures/${s.id}`)).body.services[0]).toMatchObject({
      id: v.id,
      placeId: null,
    })
    expect((await agent.delete(`/api/directory/structures/${s.id}`)).status).toBe(200)
    expect((await agent.get(`/api/directory/structures/${s.id}`)).status).toBe(404)
  })

  it('traces every write in the audit log', async () => {
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, structureId))
    const actions = entries.map((e) => `${e.action}:${e.entityType}`)
    expect(actions).toEqual(
      expect.arrayContaining(['create:directory_structure', 'update:directory_structure']),
    )
    const serviceEntries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, serviceId))
    expect(serviceEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']))
  })

  it('lets every member read but only administration, direction and reception edit', async () => {
    const stats = await t.signIn(t.tenantA.accounts.lecture_statistiques)
    const read = await stats.get(`/api/directory/structures/${structureId}`)
    expect(read.status).toBe(200)
    expect(read.body.abilities).toEqual({ edit: false, proposeChanges: false, confirm: false })
    const social = await t.signIn(t.tenantA.accounts.travailleur_social)
    expect((await social.post('/api/directory/structures', { kind: 'autre', name: 'Non' })).status).toBe(403)
    expect((await social.patch(`/api/directory/structures/${structureId}`, { name: 'Non' })).status).toBe(403)
    const direction = await t.signIn(t.tenantA.accounts.direction)
    expect(
      (await direction.patch(`/api/directory/structures/${structureId}`, { description: 'Mise à jour.' }))
        .status,
    ).toBe(200)
  })

  it('never lets another CCAS write the directory, nor open an entry’s page (it searches the directory)', async () => {
    const dole = await t.signIn(t.tenantB.accounts.administrateur)
    const attempts = [
      await dole.get(`/api/directory/structures/${structureId}`),
      await dole.patch(`/api/directory/structures/${structureId}`, { name: 'Piratée' }),
      await dole.post(`/api/directory/structures/${structureId}/places`, {
        addressInput: '1 rue Battant, 25000 Besançon',
      }),
      await dole.post(`/api/directory/structures/${structureId}/services`, {
        name: 'Intrus',
        themes: ['autre'],
      }),
      await dole.patch(`/api/directory/places/${placeId}`, { access: 'Piraté' }),
      await dole.patch(`/api/directory/services/${serviceId}`, { name: 'Piraté' }),
      await dole.delete(`/api/directory/services/${serviceId}`),
      await dole.delete(`/api/directory/structures/${structureId}`),
      await dole.post(`/api/directory/structures/${structureId}/close`),
      await dole.post(`/api/directory/structures/${structureId}/confirm`),
    ]
    expect(attempts.map((a) => a.status)).toEqual(attempts.map(() => 404))
    const [row] = await t.database.db.owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.id, structureId))
    expect(row!.name).toBe('Quokka Solidarité Gare')
    // Dole's own list shows only Dole's directory.
    const list = await dole.get('/api/directory/structures?q=quokka')
    expect(list.body.total).toBe(0)
  })

  it('refuses, under row-level security itself, a write to another keeper’s entry', async () => {
    const update = await t.database.db.transaction(
      { organisationId: t.tenantB.organisationId, accountId: null, platformAdmin: false },
      async (tx) =>
        rows<{ id: string }>(
          tx,
          sql`update directory_structures set name = 'Piratée' where id = ${structureId} returning id`,
        ),
    )
    expect(update).toEqual([])
  })
})

describe.each(databaseKinds)('directory: bad input gets a French message naming the field (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let structureId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    structureId = (
      await agent.post('/api/directory/structures', { kind: 'association', name: 'Structure de test' })
    ).body.id
  })
  afterAll(async () => t?.close())

  const cases: [string, () => Promise<{ status: number; body: any }>, string, RegExp][] = [
    [
      'overlapping hours',
      () =>
        agent.post(`/api/directory/structures/${structureId}/places`, {
          addressInput: '1 rue Battant, 25000 Besançon',
          openingHours: {
            lundi: [
              ['09:00', '12:00'],
              ['11:00', '14:00'],
            ],
          },
        }),
      'openingHours.lundi',
      /chevauchent/,
    ],
    [
      'an hour out of the clock',
      () =>
        agent.post(`/api/directory/structures/${structureId}/places`, {
          addressInput: '1 rue Battant, 25000 Besançon',
          openingHours: { mardi: [['25:00', '26:00']] },
        }),
      'openingHours.mardi.0.0',
      /HH:MM/,
    ],
    [
      'an end before its start',
      () =>
        agent.post(`/api/directory/structures/${structureId}/places`, {
          addressInput: '1 rue Battant, 25000 Besançon',
          openingHours: { jeudi: [['17:00', '09:00']] },
        }),
      'openingHours.jeudi.0',
      /précéder/,
    ],
    [
      'an unknown day',
      () =>
        agent.post(`/api/directory/structures/${structureId}/places`, {
          addressInput: '1 rue Battant, 25000 Besançon',
          openingHours: { funday: [['09:00', '12:00']] },
        }),
      'openingHours.funday',
      /funday/,
    ],
    [
      'a closure ending before it starts',
      () =>
        agent.post(`/api/directory/structures/${structureId}/places`, {
          addressInput: '1 rue Battant, 25000 Besançon',
          hoursExceptions: [{ from: '2026-08-31', to: '2026-08-01', closed: true }],
        }),
      'hoursExceptions.0.to',
      /précéder/,
    ],
    [
      'no address',
      () => agent.post(`/api/directory/structures/${structureId}/places`, { name: 'Sans adresse' }),
      'addressInput',
      /.+/,
    ],
    [
      'a sub-theme outside the themes',
      () =>
        agent.post(`/api/directory/structures/${structureId}/services`, {
          name: 'X',
          themes: ['logement'],
          subThemes: ['repas'],
        }),
      'subThemes',
      /sous-thème/,
    ],
    [
      'ages upside down',
      () =>
        agent.post(`/api/directory/structures/${structureId}/services`, {
          name: 'X',
          themes: ['emploi'],
          ageMin: 25,
          ageMax: 16,
        }),
      'ageMax',
      /âge maximum/,
    ],
    [
      'no theme',
      () => agent.post(`/api/directory/structures/${structureId}/services`, { name: 'X', themes: [] }),
      'themes',
      /au moins un thème/,
    ],
    [
      'an unknown language',
      () =>
        agent.post(`/api/directory/structures/${structureId}/services`, {
          name: 'X',
          themes: ['autre'],
          languages: ['klingon'],
        }),
      'languages.0',
      /.+/,
    ],
    [
      'an invalid SIRET',
      () =>
        agent.post('/api/directory/structures', { kind: 'association', name: 'X', siret: '12345678901234' }),
      'siret',
      /SIRET/,
    ],
    [
      'an invalid RNA number',
      () => agent.post('/api/directory/structures', { kind: 'association', name: 'X', rnaId: '251000123' }),
      'rnaId',
      /RNA/,
    ],
    [
      'an unknown field',
      () => agent.post('/api/directory/structures', { kind: 'association', name: 'X', couleur: 'rouge' }),
      'couleur',
      /.+/,
    ],
    [
      'a service at another structure’s place',
      () =>
        agent.post(`/api/directory/structures/${structureId}/services`, {
          name: 'X',
          themes: ['autre'],
          placeId: '0190a5c8-1c1e-7000-8000-000000000000',
        }),
      'placeId',
      /lieu/,
    ],
  ]

  it.each(cases.map(([name, ...rest]) => [name, ...rest] as const))(
    'refuses %s',
    async (_name, send, field, message) => {
      const res = await send()
      expect(res.status).toBe(400)
      expect(res.body.fields?.map((f: { field: string }) => f.field)).toContain(field)
      expect(res.body.message).toMatch(message)
    },
  )

  it('refuses a partial update that breaks a rule with the stored service', async () => {
    const service = (
      await agent.post(`/api/directory/structures/${structureId}/services`, {
        name: 'Jeunes',
        themes: ['emploi'],
        ageMin: 16,
        ageMax: 25,
      })
    ).body
    const res = await agent.patch(`/api/directory/services/${service.id}`, { ageMin: 30 })
    expect(res.status).toBe(400)
    expect(res.body.fields).toEqual([{ field: 'ageMax', message: expect.stringMatching(/âge maximum/) }])
    const stored = await agent.get(`/api/directory/structures/${structureId}`)
    expect(stored.body.services[0]).toMatchObject({ ageMin: 16, ageMax: 25 })
  })
})
