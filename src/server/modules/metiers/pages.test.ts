import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { organisations } from '../organisations'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { jobProfiles } from './fiches.table'
import { offerSearchText } from './offer-search-text'
import { employerProfiles, jobOffers } from './offers.table'

const day = 24 * 60 * 60 * 1000

/** Everything between `open` and `close`, or null. */
const between = (html: string, open: string, close: string): string | null => {
  const start = html.indexOf(open)
  if (start === -1) return null
  const end = html.indexOf(close, start + open.length)
  return end === -1 ? null : html.slice(start + open.length, end)
}
const jsonLdOf = (html: string) => {
  const block = between(html, '<script type="application/ld+json">', '</script>')
  return block === null ? null : (JSON.parse(block) as Record<string, any>)
}
const initialDataOf = (html: string) =>
  JSON.parse(
    between(html, '<script type="application/json" id="donnees-initiales">', '</script>')!,
  ) as Record<string, any>
const mainOf = (html: string) => between(html, '<main', '</main>') ?? ''
const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null

describe.each(databaseKinds)('server-rendered portal pages (%s)', (kind) => {
  let t: TestApp
  const now = Date.now()
  const offer = (slug: string, values: Partial<typeof jobOffers.$inferInsert>) => ({
    organisationId: t.tenantB.organisationId,
    slug,
    codeRome: 'K1302',
    title: 'Aide à domicile de jour',
    descriptionHtml: '<p>Vous accompagnez des personnes âgées chez elles, dans le Jura.</p>',
    profileHtml: '<p>Permis B apprécié.</p>',
    contract: 'cdi',
    workTime: 'temps_partiel',
    weeklyHours: '28.0',
    patterns: ['week_end'],
    serviceCar: true,
    salaryMinCents: 190_000,
    salaryMaxCents: 220_000,
    salaryPeriod: 'mois',
    address: '2 rue des Arènes',
    postcode: '39100',
    commune: 'Dole',
    state: 'publiee',
    publishedAt: new Date(now - 3 * day),
    expiresAt: new Date(now + 30 * day),
    ...values,
  })
  /** What the offers part writes on every save: the words the search finds the offer by. */
  const searchable = (values: typeof jobOffers.$inferInsert) => ({
    ...values,
    searchText: offerSearchText({ ...values, employerName: 'CCAS de Dole', jobKeywords: [] }),
  })

  beforeAll(async () => {
    t = await createTestApp(kind)
    const owner = t.database.db.owner
    await owner.insert(employerProfiles).values({
      organisationId: t.tenantB.organisationId,
      employerType: 'saad',
      sector: 'public',
      description: '<p>Le service d’aide à domicile du CCAS de Dole.</p>',
      website: 'https://dole.example',
      postcode: '39100',
      commune: 'Dole',
    })
    await owner.insert(jobProfiles).values([
      {
        slug: 'technicien-intervention-sociale-familiale-test',
        title: 'Technicien de l’intervention sociale et familiale (essai)',
        summary: 'Soutenir les familles chez elles, au quotidien.',
        codeRome: 'K1305',
        romeVersion: '4.0',
        whatHtml: '<p>Le TISF aide les parents <strong>dans leur rôle</strong>.</p><script>alert(4)</script>',
        dayHtml: '<p>Une matinée chez une famille, l’après-midi en équipe.</p>',
        diplomas: [{ name: 'DE de TISF', rncpLevel: 4, routes: ['apprentissage', 'vae'], note: '' }],
        published: true,
      },
      {
        slug: 'fiche-non-publiee-test',
        title: 'Fiche en préparation',
        codeRome: 'K1305',
        romeVersion: '4.0',
        published: false,
      },
    ])
    await owner.insert(jobOffers).values(
      [
        offer('aide-a-domicile-de-jour-pub1', {}),
        offer('aide-a-domicile-expiree-exp1', {
          title: 'Aide à domicile (expirée)',
          publishedAt: new Date(now - 90 * day),
          expiresAt: new Date(now - day),
        }),
        offer('aide-a-domicile-pourvue-pou1', {
          title: 'Aide à domicile (pourvue)',
          state: 'pourvue',
          closedAt: new Date(now - day),
        }),
        offer('aide-a-domicile-brouillon-bro1', {
          title: 'Brouillon secret',
          state: 'brouillon',
          publishedAt: null,
          expiresAt: null,
        }),
        offer('auxiliaire-de-vie-xss1', {
          title: 'Auxiliaire </script><script>alert(1)</script> de vie',
          descriptionHtml: '<p>Travail <img src=x onerror=alert(2)> en équipe</p><script>alert(3)</script>',
          contract: 'apprentissage',
          salaryMinCents: null,
          salaryMaxCents: null,
          salaryPeriod: null,
        }),
      ].map(searchable),
    )
  })
  afterAll(async () => t?.close())

  const get = (url: string) => t.app.inject({ method: 'GET', url })

  it('serves an offer with its title, its text in <main>, Open Graph tags and a valid JobPosting', async () => {
    const res = await get('/metiers/offres/aide-a-domicile-de-jour-pub1')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.headers['cache-control']).toBe('public, max-age=60')
    const html = res.body
    expect(html).toMatch(/<html lang="fr"/)
    expect(between(html, '<title>', '</title>')).toContain('Aide à domicile de jour')
    const main = mainOf(html)
    expect(main).toContain('<h1>Aide à domicile de jour</h1>')
    expect(main).toContain('Vous accompagnez des personnes âgées chez elles, dans le Jura.')
    expect(main).toContain('Permis B apprécié.')
    expect(main).toMatch(/De 1\s900\s€ à 2\s200\s€ brut par mois/)
    expect(metaContent(html, 'description')).toContain('Dole')
    expect(metaContent(html, 'og:title')).toContain('Aide à domicile de jour')
    expect(metaContent(html, 'og:url')).toBe(
      'http://localhost:3000/metiers/offres/aide-a-domicile-de-jour-pub1',
    )
    expect(metaContent(html, 'og:image')).toMatch(/^http:\/\/localhost:3000\//)
    expect(metaContent(html, 'og:type')).toBe('website')
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image')
    expect(metaContent(html, 'og:image')).toBe('http://localhost:3000/metiers-partage.png')
    expect(html).toContain(
      '<link rel="canonical" href="http://localhost:3000/metiers/offres/aide-a-domicile-de-jour-pub1" />',
    )
    expect(metaContent(html, 'robots')).toBeNull()

    const posting = jsonLdOf(html)!
    // Google's required fields, then the recommended ones.
    expect(posting['@context']).toBe('https://schema.org/')
    expect(posting['@type']).toBe('JobPosting')
    expect(posting.title).toBe('Aide à domicile de jour')
    expect(posting.description).toContain(
      '<p>Vous accompagnez des personnes âgées chez elles, dans le Jura.</p>',
    )
    expect(new Date(posting.datePosted).getTime()).toBeCloseTo(now - 3 * day, -4)
    expect(posting.hiringOrganization).toMatchObject({
      '@type': 'Organization',
      name: expect.any(String),
      sameAs: 'https://dole.example',
    })
    expect(posting.jobLocation.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '2 rue des Arènes',
      addressLocality: 'Dole',
      postalCode: '39100',
      addressCountry: 'FR',
    })
    expect(new Date(posting.validThrough).getTime()).toBeGreaterThan(now)
    expect(posting.employmentType).toEqual(['PART_TIME'])
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 1900, maxValue: 2200, unitText: 'MONTH' },
    })
    expect(posting.identifier).toMatchObject({ '@type': 'PropertyValue', value: expect.any(String) })
    expect(posting.directApply).toBe(true)
    expect(posting.occupationalCategory).toEqual({
      '@type': 'CategoryCode',
      codeValue: 'K1302',
      inCodeSet: 'ROME 4.0',
    })
    expect(posting.jobBenefits).toContain('Véhicule de service')

    const initial = initialDataOf(html)
    expect(initial).toMatchObject({
      page: 'offre',
      status: 200,
      url: '/metiers/offres/aide-a-domicile-de-jour-pub1',
    })
    expect(initial.data.slug).toBe('aide-a-domicile-de-jour-pub1')
    expect(initial.data.open).toBe(true)
  })

  it('sends pages gzipped to browsers that accept it, with the same content', async () => {
    const url = '/metiers/offres/aide-a-domicile-de-jour-pub1'
    const plain = await get(url)
    const zipped = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toContain('accept-encoding')
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2)
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body)
  })

  it('shares the employer’s logo as an image file when it is a bitmap, the default card when it is SVG or absent', async () => {
    const owner = t.database.db.owner
    const id = t.tenantB.organisationId
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    await owner
      .update(organisations)
      .set({ logoDataUrl: `data:image/png;base64,${png.toString('base64')}` })
      .where(eq(organisations.id, id))
    const page = await get('/metiers/offres/aide-a-domicile-de-jour-pub1')
    expect(metaContent(page.body, 'og:image')).toBe(`http://localhost:3000/metiers/logos/employeurs/${id}`)
    expect(metaContent(page.body, 'twitter:card')).toBe('summary')
    const image = await get(`/metiers/logos/employeurs/${id}`)
    expect(image.statusCode).toBe(200)
    expect(image.headers['content-type']).toBe('image/png')
    expect(image.rawPayload.equals(png)).toBe(true)

    await owner
      .update(organisations)
      .set({
        logoDataUrl: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`,
      })
      .where(eq(organisations.id, id))
    const svgPage = await get('/metiers/offres/aide-a-domicile-de-jour-pub1')
    expect(metaContent(svgPage.body, 'og:image')).toBe('http://localhost:3000/metiers-partage.png')
    expect((await get(`/metiers/logos/employeurs/${id}`)).statusCode).toBe(404)
    await owner.update(organisations).set({ logoDataUrl: null }).where(eq(organisations.id, id))
  })

  it('still shows an expired or filled offer, saying so, without JobPosting', async () => {
    for (const [slug, said] of [
      ['aide-a-domicile-expiree-exp1', 'Cette offre a expiré'],
      ['aide-a-domicile-pourvue-pou1', 'Ce poste est pourvu'],
    ]) {
      const res = await get(`/metiers/offres/${slug}`)
      expect(res.statusCode, slug).toBe(200)
      expect(mainOf(res.body)).toContain(said)
      expect(jsonLdOf(res.body), slug).toBeNull()
      expect(res.body).not.toContain('application/ld+json')
    }
  })

  it('answers 404 for a draft and an unknown offer, with a page that helps and is not indexed', async () => {
    for (const slug of ['aide-a-domicile-brouillon-bro1', 'aucune-offre-zzz9']) {
      const res = await get(`/metiers/offres/${slug}`)
      expect(res.statusCode, slug).toBe(404)
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.body).not.toContain('Brouillon secret')
      expect(mainOf(res.body)).toContain('Page introuvable')
      expect(mainOf(res.body)).toContain('href="/metiers/offres"')
      expect(metaContent(res.body, 'robots')).toBe('noindex')
      expect(initialDataOf(res.body)).toMatchObject({ page: 'introuvable', status: 404 })
    }
  })

  it('renders a title and a text full of markup inert, and the data blocks read back unchanged', async () => {
    const res = await get('/metiers/offres/auxiliaire-de-vie-xss1')
    expect(res.statusCode).toBe(200)
    const html = res.body
    expect(html).not.toMatch(/<script>alert/)
    // The data blocks carry the text as stored, as JSON strings (inert); what the browser renders has none of it.
    const rendered = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '')
    expect(rendered).not.toContain('onerror')
    expect(rendered).not.toContain('<img')
    expect(mainOf(html)).toContain(
      '<h1>Auxiliaire &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; de vie</h1>',
    )
    expect(mainOf(html)).toContain('Travail  en équipe')
    // No `</script>` inside a data block can close it: the JSON reads back to the true title.
    expect(initialDataOf(html).data.title).toBe('Auxiliaire </script><script>alert(1)</script> de vie')
    const posting = jsonLdOf(html)!
    expect(posting.title).toBe('Auxiliaire </script><script>alert(1)</script> de vie')
    expect(posting.description).not.toContain('<script')
    // Apprenticeship is OTHER for Google, and the description says what it is.
    expect(posting.employmentType).toEqual(['OTHER'])
    expect(posting.description).toContain('Contrat d’apprentissage')
    expect(posting.baseSalary).toBeUndefined()
  })

  it('lists open offers, fiches and campaign pages in the sitemap, never expired, filled or draft offers', async () => {
    const res = await get('/sitemap.xml')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/xml')
    const xml = res.body
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toMatch(
      /<url><loc>http:\/\/localhost:3000\/metiers\/offres\/aide-a-domicile-de-jour-pub1<\/loc><lastmod>\d{4}-\d\d-\d\dT[^<]+<\/lastmod><\/url>/,
    )
    expect(xml).toContain('<loc>http://localhost:3000/metiers</loc>')
    for (const absent of [
      'aide-a-domicile-expiree-exp1',
      'aide-a-domicile-pourvue-pou1',
      'aide-a-domicile-brouillon-bro1',
    ])
      expect(xml).not.toContain(absent)
  })

  it('serves the files a sitemap index points to once the sitemap outgrows 50,000 addresses', async () => {
    const pages = await get('/sitemaps/offres-0.xml')
    expect(pages.statusCode).toBe(200)
    expect(pages.body).toContain('<loc>http://localhost:3000/metiers</loc>')
    expect(pages.body).toContain('/metiers/fiches/technicien-intervention-sociale-familiale-test</loc>')
    expect(pages.body).not.toContain('/metiers/offres/')
    const offers = await get('/sitemaps/offres-1.xml')
    expect(offers.statusCode).toBe(200)
    expect(offers.body).toContain('/metiers/offres/aide-a-domicile-de-jour-pub1</loc>')
    expect(offers.body).not.toContain('aide-a-domicile-expiree-exp1')
    expect(offers.body).not.toContain('<loc>http://localhost:3000/metiers</loc>')
    expect((await get('/sitemaps/offres-2.xml')).statusCode).toBe(404)
  })

  it('tells robots to index the portal, not the API nor the personal pages, and where the sitemap is', async () => {
    const res = await get('/robots.txt')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/plain')
    const lines = res.body.split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Allow: /metiers',
        'Disallow: /api/',
        'Disallow: /metiers/compte',
        'Disallow: /metiers/candidatures/',
        'Disallow: /metiers/alertes/',
        'Sitemap: http://localhost:3000/sitemap.xml',
      ]),
    )
  })

  it('serves personal pages (follow-up, alerts, account) as the portal shell, never indexed, no token in the head', async () => {
    for (const [url, page] of [
      ['/metiers/candidatures/suivi/jeton-secret-de-suivi-123456', 'suivi'],
      ['/metiers/alertes/confirmer/jeton-secret-alerte-123456', 'alerte'],
      ['/metiers/compte/candidatures', 'compte'],
    ] as const) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['cache-control']).toBe('no-store')
      expect(metaContent(res.body, 'robots')).toBe('noindex')
      const head = between(res.body, '<head>', '</head>')!
      expect(head).not.toContain('jeton-secret')
      expect(initialDataOf(res.body)).toMatchObject({ page, status: 200, data: null })
    }
    const unknown = await get('/metiers/nulle-part')
    expect(unknown.statusCode).toBe(404)
  })

  it('serves the pathways’ pages with their own title, and an employer’s welcome kit never indexed', async () => {
    for (const [url, title] of [
      ['/metiers/formations', 'Se former aux métiers du lien'],
      ['/metiers/mallette', 'Mallette de l’alternance'],
      ['/metiers/apprentissage', 'L’apprentissage dans les métiers du lien'],
      ['/metiers/immersions', 'Immersions'],
      ['/metiers/assistant-familial', 'Devenir assistant familial'],
    ] as const) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(200)
      expect(between(res.body, '<main', '</main>'), url).toContain(title)
      expect(metaContent(res.body, 'robots'), url).toBeNull()
    }
    const kit = await get('/metiers/employeurs/01900000-0000-7000-8000-000000000000/accueil-apprentis?cle=x')
    expect(kit.statusCode).toBe(200)
    expect(metaContent(kit.body, 'robots')).toBe('noindex')
  })

  it('serves the accessibility statement with its content', async () => {
    const res = await get('/metiers/accessibilite')
    expect(res.statusCode).toBe(200)
    expect(between(res.body, '<main', '</main>')).toContain('Défenseur des droits')
    expect(metaContent(res.body, 'robots')).toBeNull()
  })

  it('serves the home page with the territories, and a campaign page with its message', async () => {
    const home = await get('/metiers')
    expect(home.statusCode).toBe(200)
    const data = initialDataOf(home.body)
    expect(data.page).toBe('accueil')
    expect(mainOf(home.body)).toContain('<h1>Les métiers du lien</h1>')
    for (const territory of data.data.territories as { slug: string; title: string }[]) {
      expect(mainOf(home.body)).toContain(`href="/metiers/territoires/${territory.slug}"`)
      const page = await get(`/metiers/territoires/${territory.slug}`)
      expect(page.statusCode).toBe(200)
      expect(metaContent(page.body, 'og:url')).toBe(
        `http://localhost:3000/metiers/territoires/${territory.slug}`,
      )
      expect(initialDataOf(page.body)).toMatchObject({ page: 'territoire', data: { slug: territory.slug } })
    }
    expect((await get('/metiers/territoires/aucun-territoire')).statusCode).toBe(404)
  })

  it('serves a published fiche with its texts, diplomas and a link to its offers; an unpublished one is 404', async () => {
    const res = await get('/metiers/fiches/technicien-intervention-sociale-familiale-test')
    expect(res.statusCode).toBe(200)
    const main = mainOf(res.body)
    expect(main).toContain('<h1>Technicien de l’intervention sociale et familiale (essai)</h1>')
    expect(main).toContain('<p>Le TISF aide les parents <strong>dans leur rôle</strong>.</p>')
    expect(main).not.toContain('alert(4)')
    expect(main).toContain('Une matinée chez une famille')
    expect(main).toContain(
      'DE de TISF (niveau 4 – par apprentissage, validation des acquis de l’expérience (vae))',
    )
    expect(main).toContain('href="/metiers/offres?fiche=technicien-intervention-sociale-familiale-test"')
    expect(metaContent(res.body, 'description')).toBe('Soutenir les familles chez elles, au quotidien.')
    expect(jsonLdOf(res.body)).toBeNull()
    expect(initialDataOf(res.body)).toMatchObject({
      page: 'fiche',
      data: { slug: 'technicien-intervention-sociale-familiale-test' },
    })
    expect((await get('/metiers/fiches/fiche-non-publiee-test')).statusCode).toBe(404)
    const sitemap = (await get('/sitemap.xml')).body
    expect(sitemap).toContain('/metiers/fiches/technicien-intervention-sociale-familiale-test</loc><lastmod>')
    expect(sitemap).not.toContain('fiche-non-publiee-test')
  })

  it('serves the search page with the first page of results for its query string, and says why a query is refused', async () => {
    const res = await get(`/metiers/offres?q=${encodeURIComponent('aide à domicile de jour')}`)
    expect(res.statusCode).toBe(200)
    const main = mainOf(res.body)
    expect(main).toMatch(/<h1>Offres d’emploi : \d+ offres?/)
    expect(main).toContain(
      '<a href="/metiers/offres/aide-a-domicile-de-jour-pub1">Aide à domicile de jour</a>',
    )
    expect(main).not.toContain('aide-a-domicile-expiree-exp1')
    const initial = initialDataOf(res.body)
    expect(initial.page).toBe('offres')
    expect(initial.data.results.map((r: { slug: string }) => r.slug)).toContain(
      'aide-a-domicile-de-jour-pub1',
    )

    const refused = await get('/metiers/offres?exclure=lundi')
    expect(refused.statusCode).toBe(200)
    expect(mainOf(refused.body)).toContain('Horaires à exclure inconnus')
    expect(metaContent(refused.body, 'robots')).toBe('noindex')
    expect(initialDataOf(refused.body)).toMatchObject({ page: 'offres', data: null })
  })
})
