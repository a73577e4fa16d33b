import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
])
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n')
const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(64, 2)])
const vtt = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour, je suis aide-soignante.\n')

const raw = (client: TestClient, method: 'PUT' | 'POST', url: string, bytes: Buffer) =>
  client.request(method, url, bytes, { headers: { 'content-type': 'application/octet-stream' } })

describe.each(databaseKinds)('fiches métiers (%s)', (kind) => {
  let t: TestApp
  let editor: TestClient
  let recruiter: TestClient
  let anonymous: TestClient
  const count = async (table: string) =>
    (await rows<{ n: number }>(t.database.db.owner, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n

  beforeAll(async () => {
    t = await createTestApp(kind)
    editor = await t.signIn(t.tenantA.accounts.editeur)
    recruiter = await t.signIn(t.tenantA.accounts.recruteur)
    anonymous = await t.anonymous().init()
  })
  afterAll(async () => t?.close())

  it('lists the eleven published demo fiches in order, to anyone', async () => {
    const list = await anonymous.get('/api/metiers/fiches')
    expect(list.status).toBe(200)
    expect(list.body).toHaveLength(11)
    expect(list.body[0]).toMatchObject({ slug: 'aide-soignant', codeRome: 'J1501', position: 1 })
    expect(list.body.map((f: { codeRome: string }) => f.codeRome)).toContain('J1102')
  })

  it('shows a fiche with its texts, diplomas, pay computed from the imported grids and portraits', async () => {
    const res = await anonymous.get('/api/metiers/fiches/accompagnant-educatif-et-social')
    expect(res.status).toBe(200)
    const fiche = res.body
    expect(fiche).toMatchObject({
      title: 'Accompagnant éducatif et social (AES)',
      codeRome: 'K1306',
      romeVersion: '4.60',
      appellation: null,
      liveOffersQuery: { rome: ['K1306'], fiche: 'accompagnant-educatif-et-social' },
    })
    expect(fiche.whatHtml).toContain('<p>')
    expect(fiche.diplomas[0]).toMatchObject({
      rncpLevel: 3,
      routes: expect.arrayContaining(['apprentissage', 'vae']),
    })
    const [publicPay, privatePay] = fiche.pay
    // Agents sociaux (demo grid): IM 366 to 525, point at 59,0734 € a year.
    expect(publicPay).toMatchObject({
      gridFound: true,
      gridKind: 'fpt',
      category: 'C',
      minIndiceMajore: 366,
      maxIndiceMajore: 525,
    })
    expect(publicPay.minMonthlyGrossCents).toBe(Math.round((366 * 59.0734 * 100) / 12))
    expect(publicPay.source).toMatch(/démonstration/)
    expect(privatePay).toMatchObject({
      gridKind: 'convention',
      grades: ['Catégorie C — auxiliaire de vie, accompagnant éducatif et social'],
    })
    expect(privatePay.minMonthlyGrossCents).toBe(190500)
    expect(fiche.portraits[0]).toMatchObject({ name: 'Julien', videoUrl: null })
  })

  it('keeps the editors’ routes to editors: 401 for the public, 403 for a recruiter', async () => {
    expect((await anonymous.get('/api/metiers/edition/fiches')).status).toBe(401)
    expect((await recruiter.get('/api/metiers/edition/fiches')).status).toBe(403)
    expect(
      (await recruiter.post('/api/metiers/edition/fiches', { slug: 'x', title: 'x', codeRome: 'K1302' }))
        .status,
    ).toBe(403)
    const list = await editor.get('/api/metiers/edition/fiches')
    expect(list.status).toBe(200)
    expect(list.body.find((f: { slug: string }) => f.slug === 'aide-a-domicile')).toMatchObject({
      portraits: 2,
      published: true,
    })
    const grids = await editor.get('/api/metiers/edition/grilles')
    expect(grids.body.find((g: { name: string }) => g.name === 'Agents sociaux territoriaux')).toMatchObject({
      steps: 35,
      category: 'C',
    })
  })

  it('creates a draft with sanitised texts, hidden from the public until published', async () => {
    const created = await editor.post('/api/metiers/edition/fiches', {
      slug: 'agent-d-accueil-social',
      title: 'Agent d’accueil social',
      codeRome: 'k1205',
      keywords: ['accueil', 'accueil'],
      whatHtml:
        '<h2>Le métier</h2><p onclick="x()">Accueillir<script>alert(1)</script></p><a href="javascript:alert(1)">lien</a>',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      codeRome: 'K1205',
      romeVersion: '4.60',
      published: false,
      keywords: ['accueil'],
    })
    expect(created.body.whatHtml).toBe('<h2>Le métier</h2><p>Accueillir</p>lien')
    const id = created.body.id
    expect((await anonymous.get('/api/metiers/fiches/agent-d-accueil-social')).status).toBe(404)

    const early = await editor.request('PUT', `/api/metiers/edition/fiches/${id}/publication`, {
      published: true,
    })
    expect(early.status).toBe(400)
    expect(early.body.message).toContain('résumé')

    const duplicate = await editor.patch(`/api/metiers/edition/fiches/${id}`, { slug: 'aide-soignant' })
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.fields[0].field).toBe('slug')

    await editor.patch(`/api/metiers/edition/fiches/${id}`, { summary: 'Accueillir le public au CCAS.' })
    const published = await editor.request('PUT', `/api/metiers/edition/fiches/${id}/publication`, {
      published: true,
    })
    expect(published.status).toBe(200)
    expect((await anonymous.get('/api/metiers/fiches/agent-d-accueil-social')).status).toBe(200)
    const trail = await rows<{ action: string; actor_label: string | null }>(
      t.database.db.owner,
      sql`select action, actor_label from audit_log where entity_type = 'job_profile' and entity_id = ${id} order by at`,
    )
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'update'])
    expect(trail[0]!.actor_label).toBeTruthy()
  })

  it('names the field of bad input in French', async () => {
    const res = await editor.post('/api/metiers/edition/fiches', {
      slug: 'Mauvaise Adresse',
      title: '',
      codeRome: 'XX',
    })
    expect(res.status).toBe(400)
    const fields = res.body.fields.map((f: { field: string }) => f.field)
    expect(fields).toEqual(expect.arrayContaining(['slug', 'title', 'codeRome']))
    expect(JSON.stringify(res.body)).toContain('Code ROME : une lettre et quatre chiffres')
  })

  it('takes a photo with its alternative text, refuses other files, and serves it with cache headers', async () => {
    const fiche = (await editor.get('/api/metiers/edition/fiches')).body.find(
      (f: { slug: string }) => f.slug === 'aide-soignant',
    )
    const portrait = await editor.post(`/api/metiers/edition/fiches/${fiche.id}/portraits`, {
      name: 'Inès',
      roleLabel: 'Aide-soignante',
      storyHtml: '<p>Nuit<style>p{}</style></p>',
    })
    expect(portrait.status).toBe(201)
    expect(portrait.body.storyHtml).toBe('<p>Nuit</p>')
    const id = portrait.body.id

    expect((await raw(editor, 'PUT', `/api/metiers/edition/portraits/${id}/photo`, png)).status).toBe(400) // no alt
    const notImage = await raw(
      editor,
      'PUT',
      `/api/metiers/edition/portraits/${id}/photo?alt=Ines%20souriante`,
      pdf,
    )
    expect(notImage.status).toBe(415)
    expect(notImage.body.message).toContain('JPEG, PNG ou WebP')
    const tooBig = await raw(
      editor,
      'PUT',
      `/api/metiers/edition/portraits/${id}/photo?alt=Ines`,
      Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]),
    )
    expect(tooBig.status).toBe(413)

    const photo = await raw(
      editor,
      'PUT',
      `/api/metiers/edition/portraits/${id}/photo?alt=In%C3%A8s%20dans%20le%20couloir`,
      png,
    )
    expect(photo.status).toBe(200)
    expect(photo.body.photoAlt).toBe('Inès dans le couloir')
    const media = await anonymous.get(photo.body.photoUrl)
    expect(media.status).toBe(200)
    expect(media.headers['content-type']).toBe('image/png')
    expect(media.headers['cache-control']).toContain('immutable')
    expect((await anonymous.get('/api/metiers/medias/0190a3d2-0000-7000-8000-000000000000')).status).toBe(404)

    const emptied = await editor.patch(`/api/metiers/edition/portraits/${id}`, { photoAlt: '' })
    expect(emptied.status).toBe(400)
  })

  it('shows a video to the public only once its captions are there', async () => {
    const fiche = (await editor.get('/api/metiers/edition/fiches')).body.find(
      (f: { slug: string }) => f.slug === 'moniteur-educateur',
    )
    const id = (
      await editor.post(`/api/metiers/edition/fiches/${fiche.id}/portraits`, {
        name: 'Paul',
        roleLabel: 'Moniteur',
      })
    ).body.id
    expect((await raw(editor, 'PUT', `/api/metiers/edition/portraits/${id}/video`, png)).status).toBe(415)
    expect(
      (await raw(editor, 'PUT', `/api/metiers/edition/portraits/${id}/sous-titres`, Buffer.from('Bonjour')))
        .status,
    ).toBe(415)
    const video = await raw(editor, 'PUT', `/api/metiers/edition/portraits/${id}/video`, mp4)
    expect(video.body).toMatchObject({ hasVideo: true, hasCaptions: false })
    const before = (await anonymous.get('/api/metiers/fiches/moniteur-educateur')).body.portraits.find(
      (p: { id: string }) => p.id === id,
    )
    expect(before.videoUrl).toBeNull()
    await raw(editor, 'PUT', `/api/metiers/edition/portraits/${id}/sous-titres`, vtt)
    const after = (await anonymous.get('/api/metiers/fiches/moniteur-educateur')).body.portraits.find(
      (p: { id: string }) => p.id === id,
    )
    expect(after.videoUrl).toMatch(/^\/api\/metiers\/medias\//)
    const captions = await anonymous.get(after.captionsUrl)
    expect(captions.headers['content-type']).toContain('text/vtt')
  })

  it('imports the ROME file all or nothing, with a preview and the fiches touched', async () => {
    const before = await count('rome_appellations')
    const file =
      'code_rome;code_ogr;libelle_appellation_long;libelle_appellation_court\nK1306;9900004;Accompagnant éducatif et social (AES);AES\nJ1501;9900001;Aide-soignant;AS\n'
    const url = '/api/metiers/edition/rome/import?fileName=unix_referentiel_appellation_v461_utf8.csv'
    const bad = await raw(editor, 'POST', url, Buffer.from(`${file}K13;1;;x\n`))
    expect(bad.status).toBe(422)
    expect(bad.body.details.badLines[0].line).toBe(4)
    expect(await count('rome_appellations')).toBe(before)
    const latin1 = await raw(editor, 'POST', url, Buffer.from(file, 'latin1'))
    expect(latin1.status).toBe(422)
    expect(latin1.body.message).toContain('UTF-8')
    const header = await raw(editor, 'POST', url, Buffer.from('a;b\n1;2\n'))
    expect(header.status).toBe(422)
    expect(await count('rome_appellations')).toBe(before)

    // The demo fiches name no appellation: the editor links the AES fiche to one whose label the file changes.
    const fiches = (await editor.get('/api/metiers/edition/fiches')).body
    const aes = fiches.find((f: { slug: string }) => f.slug === 'accompagnant-educatif-et-social')
    expect(
      (await editor.request('PATCH', `/api/metiers/edition/fiches/${aes.id}`, { codeOgr: '9900004' })).status,
    ).toBe(200)
    const preview = await raw(editor, 'POST', url.replace('/import?', '/import/apercu?'), Buffer.from(file))
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ kind: 'appellations', version: '4.61', committed: false })
    expect(preview.body.fiches.map((f: { slug: string; change: string }) => `${f.slug}:${f.change}`)).toEqual(
      expect.arrayContaining([
        'accompagnant-educatif-et-social:libelle_modifie',
        'educateur-specialise:code_disparu',
      ]),
    )
    expect(await count('rome_appellations')).toBe(before)

    expect((await raw(recruiter, 'POST', url, Buffer.from(file))).status).toBe(403)
    const done = await raw(editor, 'POST', url, Buffer.from(file))
    expect(done.status).toBe(201)
    expect(await count('rome_appellations')).toBe(2)
    const list = (await editor.get('/api/metiers/edition/fiches')).body
    expect(list.find((f: { slug: string }) => f.slug === 'educateur-specialise').romeWarning).toContain(
      'K1207',
    )
    expect((await anonymous.get('/api/metiers/fiches/aide-soignant')).body.romeVersion).toBe('4.61')
  })

  it('imports a pay grid all or nothing and the fiches’ pay follows it', async () => {
    const grids = await count('pay_grids')
    const query = new URLSearchParams({
      name: 'Aides-soignants territoriaux',
      kind: 'fpt',
      category: 'B',
      pointValue: '60',
      validFrom: '2025-01-01',
      source: 'Test',
    })
    const file =
      'grade;echelon;indice_brut;indice_majore;duree_mois\nAide-soignant de classe normale;1;420;400;12\nAide-soignant de classe normale;2;440;420;\n'
    const bad = await raw(
      editor,
      'POST',
      `/api/metiers/edition/grilles/import?${query}`,
      Buffer.from(`${file}Aide-soignant;x;1;1;1\n`),
    )
    expect(bad.status).toBe(422)
    expect(bad.body.message).toContain('ligne 4')
    expect(await count('pay_grids')).toBe(grids)
    const missingPoint = await raw(
      editor,
      'POST',
      `/api/metiers/edition/grilles/import?name=X&kind=fpt&category=B&validFrom=2025-01-01`,
      Buffer.from(file),
    )
    expect(missingPoint.status).toBe(400)
    expect(missingPoint.body.fields[0].field).toBe('pointValue')

    const done = await raw(editor, 'POST', `/api/metiers/edition/grilles/import?${query}`, Buffer.from(file))
    expect(done.status).toBe(201)
    expect(done.body.rows[0].monthlyGrossCents).toBe(200000) // 400 × 60 € / 12
    const pay = (await anonymous.get('/api/metiers/fiches/aide-soignant')).body.pay[0]
    expect(pay).toMatchObject({
      validFrom: '2025-01-01',
      minMonthlyGrossCents: 200000,
      maxMonthlyGrossCents: 210000,
    })
  })
})
