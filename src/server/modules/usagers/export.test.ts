import { PDFDocument } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('a person’s data for an access request (%s)', (kind) => {
  let t: TestApp
  let social: TestClient
  let usagerId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    usagerId = (
      await social.post('/api/usagers', {
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        birthDate: '1958-03-14',
        noStableAddress: true,
        languages: ['fr', 'tr'],
        incomeSources: ['retraite'],
        housing: 'hebergement_urgence',
        rsaReferent: 'Mme Şahin (CD 25)',
        confirmNotDuplicate: true,
      })
    ).body.id
    await social.post(`/api/usagers/${usagerId}/household`, {
      firstName: 'Zoé',
      lastName: 'Lefèvre',
      relation: 'enfant',
    })
    await social.post(`/api/usagers/${usagerId}/notes`, {
      text: 'Rendez-vous à la CAF le 3 mars ; « dossier complet ».',
    })
  })
  afterAll(async () => t?.close())

  it('exports the file, household and readable notes as JSON, and audits the export', async () => {
    const res = await social.get(`/api/usagers/${usagerId}/export`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      organisation: 'CCAS de Besançon (démonstration)',
      usager: {
        id: usagerId,
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        birthDate: '1958-03-14',
        household: [{ firstName: 'Zoé', relation: 'enfant' }],
      },
      notes: [{ text: 'Rendez-vous à la CAF le 3 mars ; « dossier complet ».' }],
      merges: [],
    })
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get('/api/audit?action=export')
    expect(log.body.entries.some((e: { entityId: string }) => e.entityId === usagerId)).toBe(true)
  })

  it('prints a readable PDF whose text keeps the accents', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/usagers/${usagerId}/export.pdf`,
      headers: { cookie: `lien_session=${social.cookie('lien_session')}` },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="donnees-personnelles-/)
    const bytes = new Uint8Array(res.rawPayload)
    const parsed = await PDFDocument.load(bytes)
    expect(parsed.getPageCount()).toBeGreaterThanOrEqual(1)
    expect(parsed.getTitle()).toBe('Données personnelles — demande d’accès')
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('Prénom : Hélène')
    expect(flat).toContain('Nom : Lefèvre')
    expect(flat).toContain('Date de naissance : 14/03/1958')
    expect(flat).toContain('Mme Şahin (CD 25)')
    expect(flat).toContain("Hébergement d'urgence")
    expect(flat).toContain('Enfant : Zoé Lefèvre')
    expect(flat).toContain('« dossier complet »')
    expect(flat).not.toContain('?')
  })

  it('answers 404 to another organisation', async () => {
    const other = await t.signIn(t.tenantB.accounts.travailleur_social)
    expect((await other.get(`/api/usagers/${usagerId}/export`)).status).toBe(404)
    expect((await other.get(`/api/usagers/${usagerId}/export.pdf`)).status).toBe(404)
  })
})
