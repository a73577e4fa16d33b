import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { organisations } from '../organisations'
import { campaignPages } from './campaigns.table'
import { contrastWithWhite, hexToRgb } from './campaigns.look'
import { jobPortraits, jobProfiles } from './fiches.table'

const fiche = (slug: string, title: string, published: boolean) => ({
  slug,
  title,
  summary: `${title} : résumé`,
  codeRome: 'K1302',
  romeVersion: '460',
  published,
})

const first = async <T>(rows: Promise<T[]>): Promise<T> => (await rows)[0]!

describe.each(databaseKinds)('campaign pages (%s)', (kind) => {
  let t: TestApp
  let editorB: TestClient
  let adminA: TestClient
  let anonymous: TestClient
  let published: { id: string }
  let draft: { id: string }
  let portrait: { id: string }
  let draftPortrait: { id: string }
  let demoTerritories: { slug: string; organisationName: string; logoDataUrl: string | null }[]
  let demoAin: { status: number; body: any }
  let demoBesancon: { status: number; body: any }

  const page = (extra: Record<string, unknown> = {}) => ({
    slug: 'dole-metiers-du-lien',
    title: 'Les métiers du lien à Dole',
    message: 'Un métier qui a du sens',
    introHtml: '<h2>Venez</h2><p>Nous recrutons.</p>',
    featuredFicheIds: [published.id, draft.id],
    featuredPortraitIds: [draftPortrait.id, portrait.id],
    areaCommune: '39100 Dole',
    areaRadiusKm: 25,
    ...extra,
  })
  const put = (client: TestClient, body: unknown) => client.request('PUT', '/api/metiers/campagne', body)

  beforeAll(async () => {
    t = await createTestApp(kind)
    const owner = t.database.db.owner
    published = await first(
      owner
        .insert(jobProfiles)
        .values(fiche('test-aide-domicile', 'Aide à domicile (test)', true))
        .returning(),
    )
    draft = await first(
      owner
        .insert(jobProfiles)
        .values(fiche('test-brouillon', 'Fiche en brouillon', false))
        .returning(),
    )
    portrait = await first(
      owner
        .insert(jobPortraits)
        .values({
          jobId: published.id,
          photoKey: 'metiers/portraits/0190a3d2-0000-7000-8000-00000000beef',
          photoAlt: 'Samia devant une maison',
          name: 'Samia',
          roleLabel: 'Aide à domicile',
          quote: 'Chaque visite compte.',
        })
        .returning(),
    )
    draftPortrait = await first(
      owner
        .insert(jobPortraits)
        .values({ jobId: draft.id, name: 'Paul', roleLabel: 'Éducateur' })
        .returning(),
    )
    await owner
      .update(organisations)
      .set({ primaryColor: '#ffdd00', accentColor: '#0b6e4f' })
      .where(eq(organisations.id, t.tenantB.organisationId))
    anonymous = await t.anonymous().init()
    demoTerritories = (await anonymous.get('/api/metiers/territoires')).body
    demoAin = await anonymous.get('/api/metiers/territoires/ain')
    demoBesancon = await anonymous.get('/api/metiers/territoires/besancon')
    // The demonstration gives A a page of its own: the tests below write A's page from scratch.
    await owner.delete(campaignPages).where(eq(campaignPages.organisationId, t.tenantA.organisationId))
    editorB = await t.signIn(t.tenantB.accounts.editeur)
    adminA = await t.signIn(t.tenantA.accounts.administrateur)
  })
  afterAll(async () => t?.close())

  it('has the demonstration’s pages: Besançon’s home help and the Département de l’Ain', async () => {
    const bySlug = new Map(demoTerritories.map((p) => [p.slug, p]))
    expect(bySlug.get('besancon')).toMatchObject({ message: 'Aide à domicile : un métier qui a du sens' })
    expect(bySlug.get('ain')).toMatchObject({ organisationName: 'Département de l’Ain' })
    for (const page of demoTerritories) expect(page.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(demoAin.status).toBe(200)
    expect(demoAin.body.area).toMatchObject({ commune: 'Bourg-en-Bresse', codeInsee: '01053' })
    // The eight priority jobs of the Ain plan, each once.
    expect(demoAin.body.featuredFiches.map((f: { slug: string }) => f.slug)).toEqual([
      'aide-soignant',
      'accompagnant-educatif-et-social',
      'assistant-de-vie-aux-familles',
      'educateur-specialise',
      'educateur-de-jeunes-enfants',
      'moniteur-educateur',
      'assistant-de-service-social',
      'technicien-de-l-intervention-sociale-et-familiale',
    ])
    expect(demoBesancon.body.featuredFiches[0].slug).toBe('aide-a-domicile')
    expect(demoBesancon.body.featuredPortraits.length).toBeGreaterThan(0)
    const ainEditor = await t.signIn('contenus@ain.demo-lien.test')
    expect((await ainEditor.get('/api/metiers/campagne')).body.page.slug).toBe('ain')
  })

  it('lets only the territory’s editors and administrators write its page', async () => {
    expect((await anonymous.get('/api/metiers/campagne')).status).toBe(401)
    for (const role of ['agent_accueil', 'recruteur', 'direction'] as const) {
      const client = await t.signIn(t.tenantB.accounts[role])
      expect((await client.get('/api/metiers/campagne')).status, role).toBe(403)
      expect((await put(client, page())).status, role).toBe(403)
    }
    const state = await editorB.get('/api/metiers/campagne')
    expect(state.status).toBe(200)
    expect(state.body.page).toBeNull()
    expect(state.body.look.organisationName).toBe('CCAS de Dole')
    // Both published and draft fiches may be chosen: the public sees only the published ones.
    const titles = state.body.choices.fiches.map((f: { title: string }) => f.title)
    expect(titles).toEqual(expect.arrayContaining(['Aide à domicile (test)', 'Fiche en brouillon']))
  })

  it('refuses bad input with a French message naming the field', async () => {
    const badSlug = await put(editorB, page({ slug: 'Métiers Dole' }))
    expect(badSlug.status).toBe(400)
    expect(badSlug.body.fields[0].field).toBe('slug')
    expect(badSlug.body.message).toMatch(/minuscules sans accents/)

    const unknownCommune = await put(editorB, page({ areaCommune: 'Nullepart-sur-Rien' }))
    expect(unknownCommune.status).toBe(400)
    expect(unknownCommune.body.fields[0].field).toBe('areaCommune')
    expect(unknownCommune.body.message).toMatch(/Commune inconnue/)

    const unknownFiche = await put(
      editorB,
      page({ featuredFicheIds: ['0190a0a0-0000-7000-8000-000000000000'] }),
    )
    expect(unknownFiche.status).toBe(400)
    expect(unknownFiche.body.fields[0].field).toBe('featuredFicheIds')

    const twice = await put(editorB, page({ featuredFicheIds: [published.id, published.id] }))
    expect(twice.status).toBe(400)
    expect(twice.body.message).toMatch(/deux fois/)

    const radius = await put(editorB, page({ areaRadiusKm: 0 }))
    expect(radius.status).toBe(400)
    expect(radius.body.fields[0].field).toBe('areaRadiusKm')
  })

  it('saves the page with its text sanitised and its commune placed', async () => {
    const saved = await put(
      editorB,
      page({
        introHtml:
          '<h2 onclick="alert(1)">Venez</h2><script>alert("x")</script><p>Nous <a href="javascript:alert(1)">recrutons</a>.</p><img src=x onerror=alert(1)>',
      }),
    )
    expect(saved.status).toBe(200)
    expect(saved.body.introHtml).not.toMatch(/script|onclick|onerror|javascript:|<img/i)
    expect(saved.body.introHtml).toContain('<h2>Venez</h2>')
    expect(saved.body.area).toMatchObject({ commune: 'Dole', codeInsee: '39198', radiusKm: 25 })
    expect(saved.body.area.latitude).toBeCloseTo(47.0925, 3)
    expect(saved.body.published).toBe(false)
    expect(saved.body.publicPath).toBe('/metiers/territoires/dole-metiers-du-lien')
  })

  it('keeps the address once chosen, and one address per territory', async () => {
    const renamed = await put(editorB, page({ slug: 'dole' }))
    expect(renamed.status).toBe(400)
    expect(renamed.body.fields[0].field).toBe('slug')
    expect(renamed.body.message).toMatch(/ne change plus/)

    // A territory cannot take an address another one holds, published or not.
    const taken = await put(adminA, page({ areaCommune: 'Besançon' }))
    expect(taken.status).toBe(409)
    expect(taken.body.fields[0].field).toBe('slug')
    expect(taken.body.message).toMatch(/déjà prise/)
    expect((await put(adminA, page({ slug: 'besancon-test', areaCommune: 'Besançon' }))).status).toBe(200)
  })

  it('shows the public nothing before publication, then the page with only public content', async () => {
    const path = '/api/metiers/territoires/dole-metiers-du-lien'
    const hidden = await anonymous.get(path)
    expect(hidden.status).toBe(404)
    expect(hidden.body.message).toMatch(/introuvable/)
    // Another organisation's signed-in member does not see a draft page either.
    expect((await adminA.get(path)).status).toBe(404)
    expect(
      ((await anonymous.get('/api/metiers/territoires')).body as { slug: string }[]).map((p) => p.slug),
    ).not.toContain('dole-metiers-du-lien')

    expect((await editorB.post('/api/metiers/campagne/publication')).body.published).toBe(true)
    const shown = await anonymous.get(path)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({
      title: 'Les métiers du lien à Dole',
      message: 'Un métier qui a du sens',
      organisationName: 'CCAS de Dole',
      events: [],
      localOffers: { query: { lieu: '39198', rayon: '25' }, href: '/metiers/offres?lieu=39198&rayon=25' },
    })
    expect(shown.body.featuredFiches.map((f: { slug: string }) => f.slug)).toEqual(['test-aide-domicile'])
    expect(shown.body.featuredPortraits.map((p: { name: string }) => p.name)).toEqual(['Samia'])
    // The photo at the same address as on the fiche (the fiches' media route), with its description.
    expect(shown.body.featuredPortraits[0]).toMatchObject({
      ficheSlug: 'test-aide-domicile',
      photoUrl: '/api/metiers/medias/0190a3d2-0000-7000-8000-00000000beef',
      photoAlt: 'Samia devant une maison',
    })
    // A light yellow would leave white text unreadable: it comes back darkened to 4.5:1 at least.
    expect(shown.body.primaryColor).not.toBe('#ffdd00')
    expect(contrastWithWhite(hexToRgb(shown.body.primaryColor)!)).toBeGreaterThanOrEqual(4.5)
    expect(shown.body.accentColor).toBe('#0b6e4f')

    const list = (await anonymous.get('/api/metiers/territoires')).body as { slug: string }[]
    expect(list.map((p) => p.slug)).toContain('dole-metiers-du-lien')

    expect((await editorB.delete('/api/metiers/campagne/publication')).body.published).toBe(false)
    expect((await anonymous.get(path)).status).toBe(404)
  })

  it('writes each change of the page to the audit log', async () => {
    const entries = await rows<{ action: string }>(
      t.database.db.owner,
      sql`select action from audit_log where entity_type = 'campaign_page' and organisation_id = ${t.tenantB.organisationId}`,
    )
    const actions = entries.map((r) => r.action)
    expect(actions).toContain('create')
    expect(actions.filter((a) => a === 'update').length).toBeGreaterThanOrEqual(2)
  })
})
