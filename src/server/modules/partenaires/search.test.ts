import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../../shared/dates'
import {
  weekDays,
  type HoursException,
  type TimeRange,
  type WeeklyHours,
} from '../../../shared/modules/partenaires/directory.constants'
import { hoursOn } from '../../../shared/modules/partenaires/opening-hours'
import { searchQuery, type SearchAnswerView } from '../../../shared/modules/partenaires/search.contract'
import { rows } from '../../db/client'
import { GeocoderUnavailable, type Geocoder } from '../../platform/geocoding/geocoder'
import { GARE_VIOTTE } from '../../test/fake-ban'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { insertEntry } from './search.fixtures'
import { searchService } from './search.service'

// Wednesday 25 November 2026, 10:30 in Paris.
const now = new Date('2026-11-25T09:30:00Z')
const saturday = '2026-11-28'

/** A geocoder that knows two places of Besançon, or is down. */
function memoryGeocoder(state: { down: boolean }): Geocoder {
  const known: Record<string, { label: string; latitude: number; longitude: number }> = {
    'la gare': { label: 'Gare Viotte', ...GARE_VIOTTE },
    'grande rue': { label: 'Grande Rue, Besançon', latitude: 47.2375, longitude: 6.024 },
  }
  return {
    async geocode(query) {
      if (state.down) throw new GeocoderUnavailable()
      const hit = known[query.text.toLowerCase()]
      if (!hit || query.citycode !== '25056') return null
      return {
        ...hit,
        score: 0.9,
        type: 'street',
        postcode: '25000',
        city: 'Besançon',
        citycode: '25056',
        banId: null,
      }
    },
  }
}

const fixtureNames: Record<string, string> = {
  epicerie: 'Épicerie solidaire de la Viotte',
  colis: 'Colis alimentaires de la rue de Vesoul',
  restaurant: 'Restaurant social',
  planoise: 'Distribution de Planoise',
  numerique: 'Accompagnement numérique',
  brouillon: 'Aide alimentaire en préparation',
  structureFermee: 'Aide alimentaire ancienne',
  dole: 'Épicerie solidaire de Dole',
}

/** The names of this file's services among the results (the demonstration has its own entries). */
const names = (a: SearchAnswerView) =>
  a.items.map((i) => i.service.name).filter((n) => Object.values(fixtureNames).includes(n))

describe.each(databaseKinds)('directory search (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let orgA: string
  const ids: Record<string, string> = {}
  const geo = { down: false }
  const service = searchService({ clock: () => now, geocoder: memoryGeocoder(geo) })
  const search = (input: Record<string, unknown>, organisationId = orgA) =>
    t.database.db.transaction({ organisationId, accountId: null, platformAdmin: false }, (tx) =>
      service.search(tx, organisationId, searchQuery.parse({ pageSize: 100, ...input })),
    )

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    orgA = t.tenantA.organisationId
    const owner = t.database.db.owner
    const add = async (key: string, entry: Parameters<typeof insertEntry>[2], organisationId = orgA) => {
      ids[key] = (await insertEntry(owner, organisationId, entry)).serviceId
    }
    await add('epicerie', {
      structure: { name: 'Entraide de la Viotte' },
      place: {
        address: '4 Rue de la Viotte, 25000 Besançon',
        latitude: 47.2471,
        longitude: 6.0216,
        wheelchair: true,
        hours: { mercredi: [['14:00', '17:00']], samedi: [['09:00', '12:00']] },
      },
      service: {
        name: 'Épicerie solidaire de la Viotte',
        themes: ['aide_alimentaire'],
        subThemes: ['epicerie_sociale'],
        publics: ['familles'],
        languages: ['fr', 'ar'],
      },
    })
    await add('colis', {
      structure: { name: 'Secours populaire' },
      place: {
        address: '20 Rue de Vesoul, 25000 Besançon',
        latitude: 47.258,
        longitude: 6.017,
        hours: { samedi: [['14:00', '17:00']] },
      },
      service: {
        name: 'Colis alimentaires de la rue de Vesoul',
        themes: ['aide_alimentaire'],
        languages: ['fr', 'en'],
        referralMode: 'sur_rdv',
      },
    })
    await add('restaurant', {
      structure: { name: 'Restaurant du cœur de ville' },
      place: {
        address: '12 Grande Rue, 25000 Besançon',
        latitude: 47.2375,
        longitude: 6.024,
        hours: Object.fromEntries(weekDays.map((d) => [d, [['11:30', '13:30']]])),
        exceptions: [{ from: saturday, to: saturday, closed: true, message: 'Inventaire' }],
      },
      service: { name: 'Restaurant social', themes: ['aide_alimentaire'], subThemes: ['repas'] },
    })
    await add('planoise', {
      structure: { name: 'Banque alimentaire de Planoise' },
      place: {
        address: 'Rue de Cologne',
        latitude: 47.22,
        longitude: 5.96,
        hours: { samedi: [['09:00', '12:00']] },
      },
      service: { name: 'Distribution de Planoise', themes: ['aide_alimentaire'] },
    })
    await add('numerique', {
      structure: { name: 'Point numérique Carnot' },
      place: {
        address: 'Avenue Carnot',
        latitude: 47.245,
        longitude: 6.032,
        hours: { lundi: [['09:00', '12:00']] },
      },
      service: {
        name: 'Accompagnement numérique',
        themes: ['numerique'],
        languages: ['fr', 'en'],
        hours: { mercredi: [['09:00', '12:00']] },
      },
    })
    await add('brouillon', {
      structure: { name: 'Entraide de la Viotte, brouillon' },
      place: {
        address: 'Rue de la Viotte',
        latitude: 47.247,
        longitude: 6.022,
        hours: { samedi: [['09:00', '12:00']] },
      },
      service: { name: 'Aide alimentaire en préparation', themes: ['aide_alimentaire'], status: 'brouillon' },
    })
    await add('structureFermee', {
      structure: { name: 'Association dissoute', status: 'fermee' },
      place: {
        address: 'Rue de la Viotte',
        latitude: 47.247,
        longitude: 6.022,
        hours: { samedi: [['09:00', '12:00']] },
      },
      service: { name: 'Aide alimentaire ancienne', themes: ['aide_alimentaire'] },
    })
    await add(
      'dole',
      {
        structure: { name: 'Épicerie de Dole' },
        place: {
          address: 'Rue des Arènes, Dole',
          latitude: 47.0937,
          longitude: 5.4899,
          hours: { samedi: [['09:00', '12:00']] },
        },
        service: { name: 'Épicerie solidaire de Dole', themes: ['aide_alimentaire'] },
      },
      t.tenantB.organisationId,
    )
  })
  afterAll(async () => t?.close())

  it('answers "aide alimentaire ouvert samedi près de la gare" with what is open on Saturday, nearest first, and says why', async () => {
    const answer = await search({ q: 'aide alimentaire ouvert samedi près de la gare' })
    expect(answer.understood.map((c) => c.label)).toEqual([
      'Aide alimentaire',
      'ouvert samedi',
      'près de la gare',
    ])
    expect(answer.applied).toMatchObject({
      q: '',
      themes: ['aide_alimentaire'],
      openOn: saturday,
      near: 'la gare',
    })
    expect(answer.origin).toMatchObject({ label: 'Gare Viotte', radius: 10_000 })
    const mine = names(answer)
    // The restaurant is closed for its inventory that Saturday; drafts and closed structures never show.
    expect(mine).toEqual([
      'Épicerie solidaire de la Viotte',
      'Colis alimentaires de la rue de Vesoul',
      'Distribution de Planoise',
    ])
    const first = answer.items.find((i) => i.service.name === 'Épicerie solidaire de la Viotte')!
    expect(first.service.name).toBe('Épicerie solidaire de la Viotte')
    expect(first.reasons.map((r) => r.label)).toEqual([
      'thème : Aide alimentaire',
      'ouvert samedi 9 h–12 h',
      'à 80 m de Gare Viotte',
    ])
    expect(first.hours).toMatchObject({ openNow: false, description: 'Ouvert aujourd’hui de 14 h à 17 h' })
    expect(first.hours.onRequestedDay).toEqual([['09:00', '12:00']])
    expect(first.place).toMatchObject({ latitude: 47.2471, longitude: 6.0216, wheelchairAccessible: true })
    const distances = answer.items.map((i) => i.distanceMeters!)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  })

  it('forgives typos and accents in the words it searches', async () => {
    expect(names(await search({ q: 'epicerie solidair viote', interpret: false }))).toContain(
      'Épicerie solidaire de la Viotte',
    )
    const restaurant = await search({ q: 'restaurent sociale', interpret: false })
    expect(names(restaurant)[0]).toBe('Restaurant social')
    expect(restaurant.items.find((i) => i.service.name === 'Restaurant social')!.reasons[0]).toEqual({
      kind: 'texte',
      label: 'mots : restaurent, sociale',
    })
    expect(names(await search({ q: 'Secour populair', interpret: false }))).toEqual([
      'Colis alimentaires de la rue de Vesoul',
    ])
  })

  it('filters on language, accessibility, referral mode and public', async () => {
    const english = names(await search({ language: 'en' }))
    expect(english).toContain('Colis alimentaires de la rue de Vesoul')
    expect(english).toContain('Accompagnement numérique')
    expect(english).not.toContain('Épicerie solidaire de la Viotte')
    expect(names(await search({ q: 'parle arabe' }))).toContain('Épicerie solidaire de la Viotte')
    expect(names(await search({ q: 'parle arabe' }))).not.toContain('Restaurant social')
    expect(names(await search({ wheelchair: 'true', themes: 'aide_alimentaire' }))).toEqual([
      'Épicerie solidaire de la Viotte',
    ])
    expect(names(await search({ referralModes: ['sur_rdv'] }))).toContain(
      'Colis alimentaires de la rue de Vesoul',
    )
    expect(names(await search({ referralModes: ['sur_rdv'] }))).not.toContain('Restaurant social')
    // A service for everyone serves families too; one for families only is not for students.
    const families = names(await search({ publics: 'familles', themes: 'aide_alimentaire' }))
    expect(families).toEqual(expect.arrayContaining(['Épicerie solidaire de la Viotte', 'Restaurant social']))
    expect(names(await search({ publics: 'etudiants' }))).not.toContain('Épicerie solidaire de la Viotte')
  })

  it('leaves out the services whose age limits exclude the person, and says why the others fit', async () => {
    const owner = t.database.db.owner
    const limit = (id: string, min: number | null, max: number | null) =>
      owner.execute(sql`update directory_services set age_min = ${min}, age_max = ${max} where id = ${id}`)
    await limit(ids.colis!, 18, null)
    await limit(ids.numerique!, 16, 25)
    try {
      const seventeen = await search({ age: '17' })
      expect(names(seventeen)).toEqual(
        expect.arrayContaining(['Accompagnement numérique', 'Épicerie solidaire de la Viotte']),
      )
      expect(names(seventeen)).not.toContain('Colis alimentaires de la rue de Vesoul')
      expect(seventeen.applied.age).toBe(17)
      const young = seventeen.items.find((i) => i.service.id === ids.numerique)!
      expect(young.reasons).toContainEqual({ kind: 'public', label: 'pour 17 ans : de 16 à 25 ans' })
      const open = seventeen.items.find((i) => i.service.id === ids.epicerie)!
      expect(open.reasons).toContainEqual({ kind: 'public', label: 'pour 17 ans : sans limite d’âge' })

      const thirty = names(await search({ age: 30 }))
      expect(thirty).toContain('Colis alimentaires de la rue de Vesoul')
      expect(thirty).not.toContain('Accompagnement numérique')
      // The limits are inclusive: 18 and 25 are in.
      expect(names(await search({ age: 18 }))).toEqual(
        expect.arrayContaining(['Colis alimentaires de la rue de Vesoul', 'Accompagnement numérique']),
      )
      expect(names(await search({ age: 25 }))).toContain('Accompagnement numérique')
      expect(names(await search({ age: 26 }))).not.toContain('Accompagnement numérique')

      for (const bad of ['dix-sept', '17.5', '-1', '130']) {
        const res = await agent.get(`/api/directory/search?age=${encodeURIComponent(bad)}`)
        expect(res.status).toBe(400)
        expect(res.body.fields).toEqual([{ field: 'age', message: expect.stringMatching(/^Âge : /) }])
      }
      // An empty age field is no age: the services for adults only stay.
      const blank = await agent.get('/api/directory/search?age=&themes=aide_alimentaire')
      expect(blank.status).toBe(200)
      expect(blank.body.applied.age).toBeNull()
      expect(blank.body.items.map((i: { service: { id: string } }) => i.service.id)).toContain(ids.colis)
      const http = await agent.get('/api/directory/search?age=17&themes=numerique')
      expect(http.status).toBe(200)
      expect(http.body.items.map((i: { service: { id: string } }) => i.service.id)).toContain(ids.numerique)
    } finally {
      await limit(ids.colis!, null, null)
      await limit(ids.numerique!, null, null)
    }
  })

  it('knows what is open now, following a service’s own hours over its place’s', async () => {
    const open = await search({ q: 'ouvert maintenant' })
    expect(names(open)).toContain('Accompagnement numérique') // its own hours: Wednesday morning
    expect(names(open)).not.toContain('Épicerie solidaire de la Viotte') // Wednesday afternoon only
    const numerique = open.items.find((i) => i.service.name === 'Accompagnement numérique')!
    expect(numerique.reasons).toContainEqual({ kind: 'horaires', label: 'ouvert maintenant, jusqu’à 12 h' })
    expect(numerique.hours.openNow).toBe(true)
    const tonight = names(await search({ openOn: '2026-11-25', openAfter: '13:00' }))
    expect(tonight).toContain('Épicerie solidaire de la Viotte')
    expect(tonight).not.toContain('Accompagnement numérique')
  })

  it('pages the results in one stable order', async () => {
    const all = await search({ themes: 'aide_alimentaire', near: 'la gare', pageSize: 100 })
    const pages = []
    for (let page = 1; page <= all.total; page++)
      pages.push(...names(await search({ themes: 'aide_alimentaire', near: 'la gare', pageSize: 1, page })))
    expect(pages).toEqual(names(all))
    expect(all.total).toBe(all.items.length)
  })

  it('searches without distance, and says so, when the address service is down or the place unknown', async () => {
    geo.down = true
    const down = await search({ q: 'aide alimentaire près de la gare' })
    geo.down = false
    expect(down.origin).toBeNull()
    expect(down.notices).toEqual([
      'Le service d’adresses ne répond pas : les résultats ne tiennent pas compte de la distance.',
    ])
    expect(names(down)).toContain('Distribution de Planoise')
    expect(down.items.every((i) => i.distanceMeters === null)).toBe(true)
    const unknown = await search({ q: 'aide alimentaire près du château de Moulinsart' })
    expect(unknown.notices).toEqual([
      'Lieu « château de Moulinsart » introuvable : les résultats ne tiennent pas compte de la distance.',
    ])
  })

  it('keeps the radius: a place 5 km away is out of a 2 km search', async () => {
    const near = await search({ themes: 'aide_alimentaire', near: 'la gare', radius: 2000 })
    expect(names(near)).toContain('Restaurant social')
    expect(names(near)).not.toContain('Distribution de Planoise')
    expect(near.items.every((i) => i.distanceMeters! <= 2000)).toBe(true)
  })

  it('serves agents and residents without an account, over HTTP, with the address service of the app', async () => {
    const q = encodeURIComponent('aide alimentaire samedi près de la rue de la Viotte')
    const asAgent = await agent.get<SearchAnswerView>(`/api/directory/search?q=${q}`)
    expect(asAgent.status).toBe(200)
    expect(asAgent.body.origin?.label).toMatch(/Rue de la Viotte/)
    expect(names(asAgent.body)[0]).toBe('Épicerie solidaire de la Viotte')
    expect(names(asAgent.body)).not.toContain('Épicerie solidaire de Dole')

    const resident = t.anonymous()
    const publicAnswer = await resident.get<SearchAnswerView>(
      `/api/public/organisations/${orgA}/directory/search?q=${q}`,
    )
    expect(publicAnswer.status).toBe(200)
    expect(names(publicAnswer.body)).toEqual(names(asAgent.body))
    const dole = await resident.get<SearchAnswerView>(
      `/api/public/organisations/${t.tenantB.organisationId}/directory/search?q=solidaire`,
    )
    expect(names(dole.body)).toEqual(['Épicerie solidaire de Dole'])
    expect((await resident.get(`/api/directory/search?q=${q}`)).status).toBe(401)
    expect(
      (await resident.get(`/api/public/organisations/01900000-0000-7000-8000-000000000999/directory/search`))
        .status,
    ).toBe(404)

    t.fakeBan.fail(503)
    const down = await resident.get<SearchAnswerView>(
      `/api/public/organisations/${orgA}/directory/search?q=${encodeURIComponent('repas près de la rue Battant')}`,
    )
    t.fakeBan.recover()
    expect(down.status).toBe(200)
    expect(down.body.origin).toBeNull()
    expect(down.body.notices[0]).toMatch(/ne répond pas/)
    expect(names(down.body)).toContain('Restaurant social')
  })

  it('shows one published service with its coming days and closures, and nothing else', async () => {
    const resident = t.anonymous()
    const details = await resident.get(
      `/api/public/organisations/${orgA}/directory/services/${ids.restaurant}`,
    )
    expect(details.status).toBe(200)
    expect(details.body.days).toHaveLength(14)
    expect(details.body.days[3]).toEqual({ date: saturday, ranges: [], note: 'Inventaire' })
    expect(details.body.days[0]).toEqual({ date: '2026-11-25', ranges: [['11:30', '13:30']], note: null })
    expect(details.body.upcomingExceptions).toEqual([
      { from: saturday, to: saturday, closed: true, ranges: [], message: 'Inventaire' },
    ])
    expect((await agent.get(`/api/directory/search/services/${ids.numerique}`)).body.hours.openNow).toBe(true)
    for (const hidden of [ids.brouillon, ids.structureFermee, ids.dole])
      expect(
        (await resident.get(`/api/public/organisations/${orgA}/directory/services/${hidden}`)).status,
      ).toBe(404)
  })

  it('refuses unknown codes with a French message naming the field', async () => {
    const bad = await agent.get('/api/directory/search?themes=cuisine&radius=5')
    expect(bad.status).toBe(400)
    const fields = (bad.body.fields as { field: string; message: string }[]).map((f) => f.field)
    expect(fields).toEqual(expect.arrayContaining(['themes', 'radius']))
    expect(JSON.stringify(bad.body)).toContain('Thème inconnu')
  })

  it('computes a day’s hours in SQL exactly as the shared rule does', async () => {
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    const spans = fc.uniqueArray(fc.integer({ min: 0, max: 47 }), { maxLength: 4 }).map((points) => {
      const sorted = [...points].sort((a, b) => a - b)
      const out: TimeRange[] = []
      for (let i = 0; i + 1 < sorted.length; i += 2)
        out.push([hhmm(sorted[i]! * 30), hhmm(sorted[i + 1]! * 30)])
      return out
    })
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-07-01', n))
    const exception = fc
      .tuple(day, fc.integer({ min: 0, max: 20 }), fc.boolean(), spans)
      .map(([from, length, closed, hours]): HoursException => ({
        from,
        to: addDays(from, length),
        closed: closed || hours.length === 0,
        ...(closed || hours.length === 0 ? {} : { hours }),
      }))
    const weekly = fc.record(Object.fromEntries(weekDays.map((d) => [d, spans])), {
      requiredKeys: [],
    }) as fc.Arbitrary<WeeklyHours>
    await fc.assert(
      fc.asyncProperty(
        weekly,
        fc.array(exception, { maxLength: 3 }),
        fc.boolean(),
        day,
        async (w, e, own, d) => {
          const [row] = await rows<{ hours: TimeRange[] }>(
            t.database.db.owner,
            sql`select directory_hours_on(${JSON.stringify(w)}::jsonb, ${JSON.stringify(e)}::jsonb, ${own}, ${d}::date) as hours`,
          )
          expect(row!.hours).toEqual(hoursOn({ weekly: w, exceptions: e, ownHours: own }, d).ranges)
        },
      ),
      { numRuns: 60 },
    )
  })
})
