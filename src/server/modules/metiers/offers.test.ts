import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { organisations } from '../organisations'
import { employerAnswerRates } from './applications.table'
import { jobProfiles } from './fiches.table'
import { expireOffers } from './offer-expiry'
import { jobOffers } from './offers.table'

/** A night post at the CCAS, public service: grade and DVE are asked at publication. */
const nightPost = {
  title: 'Aide-soignant(e) de nuit (H/F) — Résidence Les Tilleuls',
  codeRome: 'J1501',
  descriptionHtml:
    '<h2>Vos missions</h2><p onclick="alert(1)">Soins d’hygiène et de confort <script>alert("x")</script>la nuit.</p><img src=x onerror=alert(1)>',
  profileHtml: '<p>Diplôme d’État d’aide-soignant.</p>',
  contract: 'titulaire',
  workTime: 'temps_plein',
  weeklyHours: 35,
  patterns: ['nuit', 'week_end'],
  salaryMin: 1850,
  salaryMax: 2100.5,
  salaryPeriod: 'mois',
  address: '12 rue de la Viotte',
  postcode: '25000',
  commune: 'Besançon',
}

describe.each(databaseKinds)('employers and their offers (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-02T09:00:00Z')
  let recruiter: TestClient
  let otherRecruiter: TestClient
  let offerId: string
  let slug: string

  const put = (client: TestClient, url: string, body: unknown) => client.request('PUT', url, body)
  const stored = async (id: string) =>
    (await t.database.db.owner.select().from(jobOffers).where(eq(jobOffers.id, id)))[0]!

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    recruiter = await t.signIn(t.tenantB.accounts.recruteur)
    otherRecruiter = await t.signIn(t.tenantA.accounts.recruteur)
  })
  afterAll(async () => t?.close())

  it('saves the employer profile with its address located and its presentation cleaned', async () => {
    const saved = await put(recruiter, '/api/metiers/employeur', {
      employerType: 'ccas',
      sector: 'public',
      description: '<p>Le CCAS recrute <strong>toute l’année</strong>.</p><script>steal()</script>',
      website: 'https://ccas.example',
      address: '12 rue de la Viotte',
      postcode: '25000',
      commune: 'Besançon',
    })
    expect(saved.status).toBe(200)
    expect(saved.body.organisationName).toBe('CCAS de Dole')
    expect(saved.body.locationWarning).toBeNull()
    expect(saved.body.profile).toMatchObject({
      employerType: 'ccas',
      sector: 'public',
      description: '<p>Le CCAS recrute <strong>toute l’année</strong>.</p>',
      communeInsee: '25056',
      commune: 'Besançon',
    })
    expect(saved.body.profile.latitude).toBeCloseTo(47.2471, 2)
    const read = await recruiter.get('/api/metiers/employeur')
    expect(read.body.profile.website).toBe('https://ccas.example')
  })

  it('places the employer on its commune when the address service does not answer', async () => {
    t.fakeBan.fail(503)
    try {
      const saved = await put(recruiter, '/api/metiers/employeur', {
        employerType: 'ccas',
        sector: 'public',
        address: '1 place de l’Europe',
        postcode: '39100',
        commune: 'Dole',
      })
      expect(saved.status).toBe(200)
      expect(saved.body.profile).toMatchObject({ communeInsee: '39198', commune: 'Dole', postcode: '39100' })
      expect(saved.body.locationWarning).toMatch(/ne répond pas/)
    } finally {
      t.fakeBan.recover()
    }
  })

  it('refuses an unknown employer type and a salary minimum above the maximum, naming the field', async () => {
    const badType = await put(recruiter, '/api/metiers/employeur', {
      employerType: 'multinationale',
      sector: 'public',
      postcode: '39100',
      commune: 'Dole',
    })
    expect(badType.status).toBe(400)
    expect(badType.body.message).toMatch(/^Type d’employeur : /)

    const salary = await recruiter.post('/api/metiers/recrutement/offres', {
      ...nightPost,
      salaryMin: 2500,
      salaryMax: 1900,
    })
    expect(salary.status).toBe(400)
    expect(salary.body.message).toBe(
      'Salaire minimum : Le salaire minimum doit être inférieur ou égal au salaire maximum.',
    )
    expect(salary.body.fields).toEqual([
      { field: 'salaryMin', message: 'Le salaire minimum doit être inférieur ou égal au salaire maximum.' },
    ])
  })

  it('writes a draft: address from the title, HTML cleaned, search text without accents', async () => {
    const created = await recruiter.post('/api/metiers/recrutement/offres', nightPost)
    expect(created.status).toBe(201)
    offerId = created.body.id
    slug = created.body.slug
    expect(slug).toMatch(/^aide-soignant-e-de-nuit-h-f-residence-les-tilleuls-[0-9a-z]{6}$/)
    expect(created.body).toMatchObject({
      state: 'brouillon',
      salaryMin: 1850,
      salaryMax: 2100.5,
      weeklyHours: 35,
      communeInsee: '25056',
      actions: { edit: true, publish: true, fill: false, withdraw: true, duplicate: true },
    })
    expect(created.body.descriptionHtml).toBe(
      '<h2>Vos missions</h2><p>Soins d’hygiène et de confort la nuit.</p>',
    )
    const row = await stored(offerId)
    expect(row.salaryMaxCents).toBe(210050)
    expect(row.searchText).toContain('aide-soignant(e) de nuit')
    expect(row.searchText).toContain('soins d’hygiene et de confort la nuit')
    expect(row.searchText).toContain('besancon')
    expect(row.searchText).toContain('ccas de dole')
    expect(row.searchText).not.toMatch(/[A-ZÉéè]|alert/)
  })

  it('keeps a draft from the public and from other employers, at the route and in the database', async () => {
    expect((await t.anonymous().get(`/api/metiers/offres/${slug}`)).status).toBe(404)
    expect((await otherRecruiter.get(`/api/metiers/recrutement/offres/${offerId}`)).status).toBe(404)
    expect(
      (await otherRecruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, { title: 'Pris' })).status,
    ).toBe(404)
    expect((await otherRecruiter.post(`/api/metiers/recrutement/offres/${offerId}/publier`, {})).status).toBe(
      404,
    )
    const seenByA = await t.database.db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
      (tx) => rows<{ id: string }>(tx, sql`select id from job_offers where id = ${offerId}`),
    )
    expect(seenByA).toEqual([])
    const written = await t.database.db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
      (tx) =>
        rows<{ id: string }>(tx, sql`update job_offers set title = 'x' where id = ${offerId} returning id`),
    )
    expect(written).toEqual([])
    expect((await stored(offerId)).title).toBe(nightPost.title)
    // The public (no organisation) reads published, filled and expired offers only.
    const seenByPublic = await t.database.db.transaction(
      { organisationId: null, accountId: null, platformAdmin: false },
      (tx) => rows<{ state: string }>(tx, sql`select distinct state from job_offers`),
    )
    expect(seenByPublic.map((r) => r.state).sort()).toEqual(['publiee'])
  })

  it('asks for the grade and the DVE of a public post when it is published', async () => {
    const refused = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/publier`, {})
    expect(refused.status).toBe(400)
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'publicGrade',
      'dveReference',
      'dveUrl',
    ])
    expect(refused.body.message).toMatch(/^Grade : /)
    const completed = await recruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, {
      publicGrade: 'Aide-soignant de classe normale',
      dveReference: '039260300123456',
      dveUrl: 'https://place-emploi-public.gouv.fr/offre-emploi/aide-soignant-039260300123456',
    })
    expect(completed.status).toBe(200)
  })

  it('refuses an end of publication in the past or beyond six months', async () => {
    for (const expiresOn of ['2026-03-02', '2026-09-03']) {
      const res = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/publier`, { expiresOn })
      expect(res.status).toBe(400)
      expect(res.body.message).toMatch(/^Fin de publication : /)
    }
  })

  it('publishes for 60 days, and the public reads the offer with its employer', async () => {
    const published = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/publier`, {})
    expect(published.status).toBe(200)
    expect(published.body.state).toBe('publiee')
    expect(published.body.publishedAt).toBe(now.toISOString())
    // The end of the 60th day after today, in Paris (UTC+2 in May).
    expect(published.body.expiresAt).toBe('2026-05-01T21:59:59.999Z')

    const page = await t.anonymous().get(`/api/metiers/offres/${slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({
      state: 'publiee',
      open: true,
      title: nightPost.title,
      publicGrade: 'Aide-soignant de classe normale',
      employer: { name: 'CCAS de Dole', employerType: 'ccas', sector: 'public', answerRate: null },
    })
    await t.database.db.owner.insert(employerAnswerRates).values({
      organisationId: t.tenantB.organisationId,
      received: 40,
      answered: 36,
      rate: 90,
      medianAnswerDays: 3,
    })
    const withRate = await t.anonymous().get(`/api/metiers/offres/${slug}`)
    expect(withRate.body.employer.answerRate).toEqual({ rate: 90, received: 40, medianAnswerDays: 3 })
  })

  it('keeps the address when the title changes, rewrites the search text, and keeps a public post complete', async () => {
    await t.database.db.owner
      .update(organisations)
      .set({ name: 'CCAS de Dole et environs' })
      .where(eq(organisations.id, t.tenantB.organisationId))
    const renamed = await recruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, {
      title: 'Agent de soins de nuit',
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.slug).toBe(slug)
    expect((await stored(offerId)).searchText).toMatch(/^agent de soins de nuit .* ccas de dole et environs$/)
    const incomplete = await recruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, {
      dveReference: null,
    })
    expect(incomplete.status).toBe(400)
    expect(incomplete.body.fields[0].field).toBe('dveReference')
    const salary = await recruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, { salaryMin: 2200 })
    expect(salary.status).toBe(400)
    expect(salary.body.fields[0].field).toBe('salaryMin')
  })

  it('treats a published offer past its end as expired before the daily job, then the job records it', async () => {
    const later = now
    now = new Date('2026-05-02T08:00:00Z')
    try {
      const page = await t.anonymous().get(`/api/metiers/offres/${slug}`)
      expect(page.body).toMatchObject({ state: 'expiree', open: false })
      const list = await recruiter.get('/api/metiers/recrutement/offres?state=expiree')
      expect(list.body.items.map((o: { id: string }) => o.id)).toContain(offerId)
      expect(list.body.counts.publiee).toBe(0)
      expect((await stored(offerId)).state).toBe('publiee')
      expect(await expireOffers(t.database.db, now)).toBe(1)
      const row = await stored(offerId)
      expect(row.state).toBe('expiree')
      expect(row.closedAt?.toISOString()).toBe('2026-05-01T21:59:59.999Z')
      expect(await expireOffers(t.database.db, now)).toBe(0)
      // Published again for a chosen end: open once more.
      const again = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/publier`, {
        expiresOn: '2026-06-30',
      })
      expect(again.body).toMatchObject({ state: 'publiee', closedAt: null })
    } finally {
      now = later
    }
  })

  it('fills, duplicates and withdraws', async () => {
    now = new Date('2026-05-03T08:00:00Z')
    const filled = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/pourvoir`, {})
    expect(filled.status).toBe(200)
    expect(filled.body.actions).toMatchObject({ edit: false, publish: false, fill: false })
    const page = await t.anonymous().get(`/api/metiers/offres/${slug}`)
    expect(page.body).toMatchObject({ state: 'pourvue', open: false })
    const edit = await recruiter.patch(`/api/metiers/recrutement/offres/${offerId}`, { title: 'Autre' })
    expect(edit.status).toBe(409)

    const copy = await recruiter.post(`/api/metiers/recrutement/offres/${offerId}/dupliquer`, {})
    expect(copy.status).toBe(201)
    expect(copy.body).toMatchObject({
      state: 'brouillon',
      title: 'Agent de soins de nuit',
      publishedAt: null,
    })
    expect(copy.body.slug).not.toBe(slug)
    expect(copy.body.slug).toMatch(/^agent-de-soins-de-nuit-[0-9a-z]{6}$/)

    const withdrawn = await recruiter.post(`/api/metiers/recrutement/offres/${copy.body.id}/retirer`, {})
    expect(withdrawn.body.state).toBe('retiree')
    expect((await t.anonymous().get(`/api/metiers/offres/${copy.body.slug}`)).status).toBe(404)

    const list = await recruiter.get('/api/metiers/recrutement/offres')
    expect(list.body.counts).toMatchObject({ pourvue: 1, retiree: 1 })
    const drafts = await recruiter.get('/api/metiers/recrutement/offres?state=brouillon')
    expect(drafts.body.items).toEqual([])
  })

  it('refuses a public contract to a private employer', async () => {
    await put(otherRecruiter, '/api/metiers/employeur', {
      employerType: 'ehpad',
      sector: 'prive',
      postcode: '25000',
      commune: 'Besançon',
    })
    const refused = await otherRecruiter.post('/api/metiers/recrutement/offres', nightPost)
    expect(refused.status).toBe(400)
    expect(refused.body.fields).toEqual([
      { field: 'contract', message: 'Ce contrat n’existe que chez un employeur public.' },
    ])
    const cdi = await otherRecruiter.post('/api/metiers/recrutement/offres', {
      ...nightPost,
      contract: 'cdi',
    })
    expect(cdi.status).toBe(201)
  })

  it('links an offer to a published fiche, taking its ROME code and keywords', async () => {
    const [fiche, draftFiche] = await t.database.db.owner
      .insert(jobProfiles)
      .values([
        {
          slug: 'tisf-test',
          title: 'Technicien de l’intervention sociale et familiale',
          codeRome: 'K1305',
          codeOgr: '38669',
          romeVersion: '4.61',
          keywords: ['parentalité', 'TISF'],
          published: true,
        },
        {
          slug: 'brouillon-test',
          title: 'Fiche en cours',
          codeRome: 'K1201',
          romeVersion: '4.61',
          published: false,
        },
      ])
      .returning()
    const options = await recruiter.get('/api/metiers/recrutement/fiches')
    expect(options.body.map((f: { slug: string }) => f.slug)).toContain('tisf-test')
    expect(options.body.map((f: { slug: string }) => f.slug)).not.toContain('brouillon-test')
    const { codeRome: _c, ...withoutCode } = nightPost
    const linked = await recruiter.post('/api/metiers/recrutement/offres', {
      ...withoutCode,
      contract: 'cdd',
      jobId: fiche!.id,
    })
    expect(linked.status).toBe(201)
    expect(linked.body).toMatchObject({ codeRome: 'K1305', codeOgr: '38669', job: { slug: 'tisf-test' } })
    expect((await stored(linked.body.id)).searchText).toMatch(/ parentalite tisf$/)
    const refused = await recruiter.post('/api/metiers/recrutement/offres', {
      ...nightPost,
      jobId: draftFiche!.id,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/^Fiche métier : /)
  })

  it('opens the recruiters’ routes to recruiters and administrators only', async () => {
    expect((await t.anonymous().get('/api/metiers/recrutement/offres')).status).toBe(401)
    const agent = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await agent.get('/api/metiers/recrutement/offres')).status).toBe(403)
    const admin = await t.signIn(t.tenantB.accounts.administrateur)
    expect((await admin.get('/api/metiers/recrutement/offres')).status).toBe(200)
  })
})
