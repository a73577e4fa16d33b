import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { auditLog } from '../../../platform/audit/audit.table'
import { welcomeKits } from './trainings.table'

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
const raw = { headers: { 'content-type': 'application/octet-stream' } }

describe.each(databaseKinds)('mallette and welcome kits (%s)', (kind) => {
  let t: TestApp
  let anonymous: TestClient
  let editor: TestClient
  let recruiterA: TestClient
  let recruiterB: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind)
    anonymous = await t.anonymous().init()
    editor = await t.signIn(t.tenantA.accounts.editeur)
    recruiterA = await t.signIn(t.tenantA.accounts.recruteur)
    recruiterB = await t.signIn(t.tenantB.accounts.recruteur)
  })
  afterAll(async () => t?.close())

  it('lists the demonstration’s mallette by category and forgiving words', async () => {
    const all = await anonymous.get('/api/metiers/mallette')
    expect(all.status).toBe(200)
    expect(all.body.length).toBeGreaterThanOrEqual(6)
    const forms = await anonymous.get('/api/metiers/mallette?categorie=formulaire')
    expect(forms.body.length).toBeGreaterThan(0)
    for (const d of forms.body) expect(d.category).toBe('formulaire')
    const typo = await anonymous.get(`/api/metiers/mallette?q=${encodeURIComponent('maitre d’aprentissage')}`)
    expect(typo.body.map((d: any) => d.title)).toContain('Être maître d’apprentissage')
    expect((await anonymous.get('/api/metiers/mallette?categorie=autre')).status).toBe(400)
  })

  it('lets only editors add a document, with a checked PDF', async () => {
    const input = {
      title: 'Guide du tuteur (test)',
      category: 'guide',
      summary: 'Accueillir un apprenti : les étapes.',
      documentDate: '2025-03-01',
      published: false,
    }
    expect((await recruiterA.post('/api/metiers/edition/mallette', input)).status).toBe(403)
    expect((await anonymous.post('/api/metiers/edition/mallette', input)).status).toBe(401)
    const bad = await editor.post('/api/metiers/edition/mallette', { ...input, documentDate: '01/03/2025' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Date du document')

    const created = await editor.post('/api/metiers/edition/mallette', input)
    expect(created.status).toBe(201)
    const id = created.body.id
    const notPdf = await editor.request(
      'PUT',
      `/api/metiers/edition/mallette/${id}/fichier?nom=guide`,
      Buffer.from('GIF89a…'),
      raw,
    )
    expect(notPdf.status).toBe(415)
    expect(notPdf.body.message).toContain('PDF')
    const uploaded = await editor.request(
      'PUT',
      `/api/metiers/edition/mallette/${id}/fichier?nom=Guide%20du%20tuteur`,
      pdf,
      raw,
    )
    expect(uploaded.status).toBe(200)
    expect(uploaded.body.fileName).toBe('Guide du tuteur.pdf')

    // A draft stays with the editors.
    expect((await anonymous.get(`/api/metiers/mallette/${id}/fichier`)).status).toBe(404)
    expect((await anonymous.get('/api/metiers/mallette?q=tuteur%20test')).body).toEqual([])
    expect((await editor.get(`/api/metiers/mallette/${id}/fichier`)).status).toBe(200)

    await editor.request('PUT', `/api/metiers/edition/mallette/${id}`, { ...input, published: true })
    const file = await anonymous.get(`/api/metiers/mallette/${id}/fichier`)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toContain('application/pdf')
    expect(file.body.startsWith('%PDF-')).toBe(true)
    expect((await anonymous.get('/api/metiers/mallette?q=tuteur')).body.map((d: any) => d.id)).toContain(id)

    expect((await editor.delete(`/api/metiers/edition/mallette/${id}`)).status).toBe(200)
    expect((await anonymous.get(`/api/metiers/mallette/${id}/fichier`)).status).toBe(404)
  })

  it('lets an employer compose a welcome kit read through its link only', async () => {
    const state = await recruiterB.get('/api/metiers/kit-apprentis')
    expect(state.status).toBe(200)
    expect(state.body.kit).toBeNull()
    const documentId = state.body.mallette[0].id
    const saved = await recruiterB.request('PUT', '/api/metiers/kit-apprentis', {
      title: 'Bienvenue à Dole',
      welcomeText: 'Nous sommes heureux de vous accueillir.',
      checklist: [{ when: 'Jour 1', label: 'Accueil à 9 h' }],
      contacts: [{ role: 'Tuteur', name: 'Marc', email: 'tutorat@dole.test' }],
      malletteDocumentIds: [documentId],
      published: true,
    })
    expect(saved.status).toBe(200)
    const link = saved.body.kit.sharePath as string
    const [path, key] = link.split('?cle=')
    const apiPath = `/api${path!.replace('/metiers', '/metiers')}`
    expect(
      (
        await recruiterB.request(
          'POST',
          `/api/metiers/kit-apprentis/fichiers?nom=${encodeURIComponent('Plan d’accès')}`,
          pdf,
          raw,
        )
      ).status,
    ).toBe(201)

    const read = await anonymous.get(`${apiPath}?cle=${key}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ organisationName: 'CCAS de Dole', title: 'Bienvenue à Dole' })
    expect(read.body.contacts[0]).toMatchObject({ role: 'Tuteur', name: 'Marc', phone: '' })
    expect(read.body.documents.map((d: any) => d.id)).toEqual([documentId])
    const file = await anonymous.get(read.body.files[0].url)
    expect(file.status).toBe(200)

    // A wrong key, another employer's address, or a renewed link: nothing.
    expect((await anonymous.get(`${apiPath}?cle=${'x'.repeat(32)}`)).status).toBe(404)
    expect(
      (
        await anonymous.get(
          `/api/metiers/employeurs/${t.tenantA.organisationId}/accueil-apprentis?cle=${key}`,
        )
      ).status,
    ).toBe(404)
    const renewed = await recruiterB.post('/api/metiers/kit-apprentis/lien')
    expect(renewed.body.kit.sharePath).not.toBe(link)
    expect((await anonymous.get(`${apiPath}?cle=${key}`)).status).toBe(404)
    expect((await anonymous.get(read.body.files[0].url)).status).toBe(404)

    // The other tenant sees its own kit (the demonstration's), never this one.
    const other = await recruiterA.get('/api/metiers/kit-apprentis')
    expect(other.body.kit.title).toBe('Bienvenue aux apprentis du CCAS')
    const rows = await t.database.db.owner
      .select()
      .from(welcomeKits)
      .where(eq(welcomeKits.organisationId, t.tenantB.organisationId))
    expect(rows).toHaveLength(1)
    // Every reading of the kit is audited, the contacts never copied into the log.
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, rows[0]!.id))
    expect(entries.filter((e) => e.action === 'read').length).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(entries)).not.toContain('tutorat@dole.test')
  })

  it('refuses bad kit input with the field named and keeps kits to recruiters and administrators', async () => {
    const bad = await recruiterB.request('PUT', '/api/metiers/kit-apprentis', {
      title: 'Kit',
      contacts: [{ role: 'Tuteur', name: 'Marc', email: 'pas-une-adresse' }],
    })
    expect(bad.status).toBe(400)
    const social = await t.signIn(t.tenantB.accounts.travailleur_social)
    expect((await social.get('/api/metiers/kit-apprentis')).status).toBe(403)
    expect((await anonymous.get('/api/metiers/kit-apprentis')).status).toBe(401)
    const unshared = await recruiterA.get('/api/metiers/kit-apprentis')
    const kit = unshared.body.kit
    await recruiterA.request('PUT', '/api/metiers/kit-apprentis', {
      title: kit.title,
      welcomeText: kit.welcomeText,
      checklist: kit.checklist,
      contacts: kit.contacts,
      malletteDocumentIds: kit.malletteDocumentIds,
      published: false,
    })
    const [path, key] = (kit.sharePath as string).split('?cle=')
    expect((await anonymous.get(`/api${path}?cle=${key}`)).status).toBe(404)
  })
})
