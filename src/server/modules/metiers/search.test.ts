import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OfferSearchAnswerView } from '../../../shared/modules/metiers/search.contract'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { insertEmployer, insertOffer, northOfBesancon, TEST_ROME } from './search.fixtures'

const now = new Date('2026-11-25T09:30:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

describe.each(databaseKinds)('public offer search (%s)', (kind) => {
  let t: TestApp
  let visitor: TestClient
  const slugs: Record<string, string> = {}

  const search = (query: string) => visitor.get<OfferSearchAnswerView>(`/api/metiers/offres?${query}`)
  /** Only this file's offers: they all carry the test ROME code. */
  const ours = (query: string) => search(`rome=${TEST_ROME}&taille=50&${query}`)
  const titles = (a: OfferSearchAnswerView) => a.results.map((r) => r.title)

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    visitor = t.anonymous()
    const db = t.database.db.owner
    const ehpad = await insertEmployer(db, { name: 'EHPAD Les Tilleuls' })
    const offer = async (
      key: string,
      input: Omit<Parameters<typeof insertOffer>[1], 'organisationId'> & { organisationId?: string },
    ) => {
      const made = await insertOffer(db, {
        organisationId: ehpad,
        employerName: 'EHPAD Les Tilleuls',
        ...input,
      })
      slugs[key] = made.slug
    }
    // Three offers near Besançon, one at 25 km, eight at 45 km: 20 km holds too few, 50 km enough.
    await offer('jour', {
      title: 'Aide-soignant de jour',
      position: northOfBesancon(2),
      publishedAt: daysAgo(3),
    })
    await offer('nuit', {
      title: 'Aide-soignante de nuit',
      patterns: ['nuit'],
      position: northOfBesancon(4),
      publishedAt: daysAgo(2),
    })
    await offer('educ', {
      title: 'Éducateur spécialisé en MECS',
      position: northOfBesancon(6),
      publishedAt: daysAgo(20),
      contract: 'cdd',
      housing: true,
      salaryMinCents: 210_000,
      salaryMaxCents: 250_000,
    })
    await offer('vingtCinq', {
      title: 'Agent de service hospitalier',
      position: northOfBesancon(25),
      publishedAt: daysAgo(5),
    })
    for (let i = 0; i < 8; i++)
      await offer(`loin${i}`, {
        title: `Accompagnant éducatif et social ${i + 1}`,
        position: northOfBesancon(45),
        publishedAt: daysAgo(1 + i),
        drivingLicence: i % 2 === 0,
      })
    // Never found: expired by date, expired by state, a draft, withdrawn.
    await offer('perimee', { title: 'Aide-soignant périmé', publishedAt: daysAgo(70), expiresAt: daysAgo(1) })
    await offer('expiree', { title: 'Aide-soignant expiré', publishedAt: daysAgo(10), state: 'expiree' })
    await offer('brouillon', {
      title: 'Aide-soignant brouillon',
      publishedAt: daysAgo(1),
      state: 'brouillon',
    })
    await offer('retiree', { title: 'Aide-soignant retiré', publishedAt: daysAgo(1), state: 'retiree' })
  })

  afterAll(async () => {
    await t?.close()
  })

  it('widens the radius by itself from 20 km until ten offers are in it, and says so', async () => {
    const answer = await ours('lieu=Besançon')
    expect(answer.status).toBe(200)
    expect(answer.body.lieu).toMatchObject({ name: 'Besançon', insee: '25056' })
    expect(answer.body.rayon).toBe(20)
    expect(answer.body.rayonEffectif).toBe(50)
    expect(answer.body.elargi).toBe(true)
    expect(answer.body.total).toBe(12)
    expect(answer.body.notices[0]).toContain('50 km')
    expect(Math.max(...answer.body.results.map((r) => r.distanceKm!))).toBeGreaterThan(40)
  })

  it('keeps the radius asked when widening is turned off, or when enough offers are near', async () => {
    const fixed = await ours('lieu=25000&elargir=false')
    expect(fixed.body).toMatchObject({ rayon: 20, rayonEffectif: 20, elargi: false, total: 3 })
    expect(fixed.body.results.every((r) => r.distanceKm! <= 20)).toBe(true)
    const wide = await ours('lieu=25056&rayon=60')
    expect(wide.body).toMatchObject({ rayon: 60, rayonEffectif: 60, elargi: false, total: 12 })
  })

  it('leaves out offers with night work when « nuit » is excluded, and says why the others came out', async () => {
    const answer = await ours('lieu=Besançon&exclure=nuit&elargir=false')
    expect(titles(answer.body).sort()).toEqual(['Aide-soignant de jour', 'Éducateur spécialisé en MECS'])
    expect(answer.body.results[0]!.reasons.map((r) => r.label)).toEqual(
      expect.arrayContaining(['sans travail de nuit', expect.stringMatching(/^à \d+ km de Besançon$/)]),
    )
    const onlyNights = await ours('lieu=Besançon&inclure=nuit&elargir=false')
    expect(titles(onlyNights.body)).toEqual(['Aide-soignante de nuit'])
  })

  it('applies the other filters: contract, housing, licence not required, salary, publication date', async () => {
    expect(titles((await ours('contrat=cdd')).body)).toEqual(['Éducateur spécialisé en MECS'])
    expect(titles((await ours('logement=true')).body)).toEqual(['Éducateur spécialisé en MECS'])
    expect(titles((await ours('salaireMin=2400')).body)).toEqual(['Éducateur spécialisé en MECS'])
    expect((await ours('salaireMin=2600')).body.total).toBe(0)
    const withoutLicence = (await ours('sansPermis=true')).body
    expect(withoutLicence.results.every((r) => !r.drivingLicence)).toBe(true)
    expect(withoutLicence.total).toBe(12 - 4)
    const recent = (await ours('depuis=2')).body
    expect(recent.results.every((r) => Date.parse(r.publishedAt) > daysAgo(2).getTime())).toBe(true)
    expect(titles(recent)).toContain('Accompagnant éducatif et social 1')
    expect(titles(recent)).not.toContain('Aide-soignant de jour')
  })

  it('forgives typos, accents, capitals and plurals', async () => {
    expect(titles((await ours('q=aide%20soigant')).body)).toEqual(
      expect.arrayContaining(['Aide-soignant de jour', 'Aide-soignante de nuit']),
    )
    expect(titles((await ours('q=EDUCATEUR%20SPECIALISE')).body)).toEqual(['Éducateur spécialisé en MECS'])
    expect(titles((await ours('q=éducatrices%20spécialisées')).body)).toEqual([
      'Éducateur spécialisé en MECS',
    ])
    expect(titles((await ours('q=aides-soignantes%20de%20nuit')).body)).toEqual(['Aide-soignante de nuit'])
    const none = await ours('q=plombier')
    expect(none.body.total).toBe(0)
    const reasons = (await ours('q=aide%20soigant')).body.results[0]!.reasons
    expect(reasons[0]).toEqual({ kind: 'texte', label: 'mots : aide, soigant' })
  })

  it('finds an offer by its ROME code typed among the words', async () => {
    const answer = await search(`q=${TEST_ROME.toLowerCase()}&taille=50`)
    expect(answer.body.total).toBe(12)
    expect(answer.body.results[0]!.reasons).toContainEqual({ kind: 'rome', label: `code ROME ${TEST_ROME}` })
  })

  it('never lists an expired, withdrawn or draft offer', async () => {
    const answer = await ours('q=aide%20soignant')
    const found = answer.body.results.map((r) => r.slug)
    for (const key of ['perimee', 'expiree', 'brouillon', 'retiree']) expect(found).not.toContain(slugs[key])
    expect(found).toContain(slugs.jour)
  })

  it('sorts by distance or by date when asked', async () => {
    const byDistance = (await ours('lieu=Besançon&tri=distance')).body.results.map((r) => r.distanceKm!)
    expect(byDistance).toEqual([...byDistance].sort((a, b) => a - b))
    const byDate = (await ours('tri=date')).body.results.map((r) => r.publishedAt)
    expect(byDate).toEqual([...byDate].sort().reverse())
  })

  it('pages the results and keeps the total', async () => {
    const first = await search(`rome=${TEST_ROME}&taille=5&page=1&tri=date`)
    const third = await search(`rome=${TEST_ROME}&taille=5&page=3&tri=date`)
    expect(first.body.results).toHaveLength(5)
    expect(third.body.results).toHaveLength(2)
    expect(third.body.total).toBe(12)
    expect(new Set([...first.body.results, ...third.body.results].map((r) => r.id)).size).toBe(7)
  })

  it('refuses bad values with a French message naming the field', async () => {
    const cases: [string, string][] = [
      ['rayon=abc', 'rayon'],
      ['rayon=500', 'rayon'],
      ['exclure=soir', 'exclure'],
      ['contrat=stage', 'contrat'],
      ['tri=prix', 'tri'],
      ['rome=12345', 'rome'],
      ['taille=500', 'taille'],
      ['salaireMin=-3', 'salaireMin'],
      ['vehicule=oui', 'vehicule'],
      ['inconnu=1', 'inconnu'],
    ]
    for (const [query, field] of cases) {
      const answer = await search(query)
      expect(answer.status, query).toBe(400)
      expect((answer.body as unknown as { fields: { field: string }[] }).fields[0]!.field, query).toMatch(
        new RegExp(`^${field}`),
      )
      expect((answer.body as unknown as { message: string }).message, query).toMatch(/[a-zé]/)
    }
    const place = await search('lieu=Zzyzzyville-sur-Rien')
    expect(place.status).toBe(400)
    expect(place.body).toMatchObject({ fields: [{ field: 'lieu' }] })
    expect((place.body as unknown as { message: string }).message).toContain('Lieu introuvable')
    const fiche = await search('fiche=pas-une-fiche')
    expect(fiche.status).toBe(400)
    expect(fiche.body).toMatchObject({ fields: [{ field: 'fiche' }] })
  })

  it('answers any free text without failing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (text) => {
        const answer = await search(`q=${encodeURIComponent(text)}&rome=${TEST_ROME}`)
        expect(answer.status).toBe(200)
        expect(answer.body.total).toBeGreaterThanOrEqual(answer.body.results.length)
      }),
      { numRuns: 40 },
    )
  })
})

describe.each(databaseKinds)('offer ranking (%s)', (kind) => {
  let t: TestApp
  let visitor: TestClient
  const rome = 'N9902'
  const rank = async (query: string) =>
    (await visitor.get<OfferSearchAnswerView>(`/api/metiers/offres?rome=${rome}&${query}`)).body.results.map(
      (r) => r.employer.name,
    )

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    visitor = t.anonymous()
    const db = t.database.db.owner
    // Inserted in the order the ranking must undo: without the answer rate or the distance, the
    // earlier offer (smaller id) would come first.
    const silent = await insertEmployer(db, { name: 'Répond peu', rate: 10 })
    const unknown = await insertEmployer(db, { name: 'Taux inconnu' })
    const answers = await insertEmployer(db, { name: 'Répond souvent', rate: 90 })
    for (const [organisationId, name] of [
      [silent, 'Répond peu'],
      [unknown, 'Taux inconnu'],
      [answers, 'Répond souvent'],
    ] as const)
      await insertOffer(db, {
        organisationId,
        employerName: name,
        codeRome: rome,
        title: 'Auxiliaire de vie sociale',
        position: northOfBesancon(8),
        publishedAt: daysAgo(4),
      })
    const far = await insertEmployer(db, { name: 'Loin', rate: 60 })
    const near = await insertEmployer(db, { name: 'Près', rate: 60 })
    await insertOffer(db, {
      organisationId: far,
      employerName: 'Loin',
      codeRome: 'N9903',
      title: 'Moniteur éducateur',
      position: northOfBesancon(15),
      publishedAt: daysAgo(4),
    })
    await insertOffer(db, {
      organisationId: near,
      employerName: 'Près',
      codeRome: 'N9903',
      title: 'Moniteur éducateur',
      position: northOfBesancon(2),
      publishedAt: daysAgo(4),
    })
  })

  afterAll(async () => {
    await t?.close()
  })

  it('ranks employers who answer above those who do not, an unknown rate in between', async () => {
    expect(await rank('q=auxiliaire%20de%20vie&lieu=Besançon')).toEqual([
      'Répond souvent',
      'Taux inconnu',
      'Répond peu',
    ])
    const answer = await visitor.get<OfferSearchAnswerView>(`/api/metiers/offres?rome=${rome}`)
    expect(answer.body.results.map((r) => r.answerRate)).toEqual([90, null, 10])
  })

  it('ranks nearer offers first when all else is equal', async () => {
    const answer = await visitor.get<OfferSearchAnswerView>('/api/metiers/offres?rome=N9903&lieu=Besançon')
    expect(answer.body.results.map((r) => r.employer.name)).toEqual(['Près', 'Loin'])
    expect(answer.body.results.map((r) => Math.round(r.distanceKm!))).toEqual([2, 15])
  })
})
