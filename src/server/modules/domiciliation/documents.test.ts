import { PDFDocument } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('documents of the decision chain (%s)', (kind) => {
  let now = new Date('2026-03-02T10:00:00+01:00')
  let t: TestApp
  let agent: TestClient
  let direction: TestClient
  let fileId: string
  let fileNumber: number
  let granted: { requestId: string; decisionId: string }
  let refused: { requestId: string; decisionId: string }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantA.accounts.direction)
    const settings = await direction.request('PUT', '/api/domiciliation-settings', {
      addressLine: '1 rue de l’Église',
      postalCode: '25000',
      city: 'Besançon',
      phone: '03 81 00 00 00',
      email: 'domiciliation@ccas-besancon.test',
      responsibleName: 'Françoise Gérard',
      responsibleFunction: 'Directrice du CCAS',
    })
    expect(settings.status, JSON.stringify(settings.body)).toBe(200)
    const usagerId = (
      await agent.post('/api/usagers', {
        firstName: 'Anaïs',
        lastName: 'Lefèvre',
        birthName: 'Ćosić',
        birthDate: '1988-12-03',
        gender: 'femme',
        confirmNotDuplicate: true,
      })
    ).body.id
    await agent.post(`/api/usagers/${usagerId}/household`, {
      firstName: 'Zoé',
      relation: 'enfant',
      birthDate: '2019-02-28',
    })
    const file = (await agent.post('/api/domiciliations', { usagerId })).body
    fileId = file.id
    fileNumber = file.fileNumber
    const blank = await agent.request('PUT', `/api/domiciliations/${fileId}/birth-place`, { birthPlace: ' ' })
    expect(blank.status).toBe(400)
    expect(JSON.stringify(blank.body)).toContain('birthPlace')
    const born = await agent.request('PUT', `/api/domiciliations/${fileId}/birth-place`, {
      birthPlace: 'Mostar (Bosnie-Herzégovine)',
    })
    expect(born.body.birthPlace).toBe('Mostar (Bosnie-Herzégovine)')

    // A first request refused (no link), then a new first request granted.
    const decide = async (body: object) => {
      const filed = (await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })).body
      const requestId = filed.pendingRequest.id
      await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
        linkWithCommune: 'SOCIAL',
        linkDetail: 'Suivie par l’accueil de jour « Le Relais »',
      })
      const decided = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, body)
      expect(decided.status, JSON.stringify(decided.body)).toBe(201)
      return { requestId, decisionId: decided.body.decisions[0].id as string }
    }
    refused = await decide({
      decision: 'refuse',
      motive: 'LIEN_COMMUNE',
      orientation: 'CCAS',
      orientationDetail: 'CCAS de Besançon-Planoise, 13 avenue de l’Île-de-France',
    })
    now = new Date('2026-03-09T10:00:00+01:00')
    granted = await decide({ decision: 'accepte' })
  })
  afterAll(async () => t?.close())

  async function pdf(url: string) {
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `lien_session=${agent.cookie('lien_session')}` },
    })
    return res
  }
  async function text(url: string) {
    const res = await pdf(url)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    const bytes = new Uint8Array(res.rawPayload)
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true })
    return { bytes, flat: text.replace(/\s+/g, ' ') }
  }

  it('prints the attestation with the fields of Cerfa 16030*01, accents and all', async () => {
    const { bytes, flat } = await text(`/api/domiciliation-requests/${granted.requestId}/attestation.pdf`)
    const parsed = await PDFDocument.load(bytes)
    expect(parsed.getTitle()).toBe('Attestation d’élection de domicile')
    expect(parsed.getCreationDate()?.toISOString()).toBe(new Date('2026-03-09T10:00:00+01:00').toISOString())
    for (const expected of [
      'Champs du Cerfa n° 16030*01',
      'CCAS de Besançon (démonstration)',
      '1 rue de l’Église, 25000 Besançon',
      'Téléphone : 03 81 00 00 00',
      'Nom(s) : ĆOSIĆ (LEFÈVRE)',
      'Prénom(s) : Anaïs',
      'Sexe : Femme',
      'Date de naissance : 03/12/1988',
      'Lieu de naissance : Mostar (Bosnie-Herzégovine)',
      'Enfant : Zoé, né(e) le 28/02/2019',
      `Anaïs LEFÈVRE CCAS de Besançon (démonstration) Dossier n° ${fileNumber} 1 rue de l’Église 25000 Besançon`,
      'Décision du : 09/03/2026',
      'Valable du : 09/03/2026',
      'Jusqu’au : 08/03/2027',
      'Première élection de domicile le : 09/03/2026',
      'n’est plus valable après le 8 mars 2027',
      'Fait à Besançon, le 9 mars 2026',
      'Françoise Gérard, Directrice du CCAS',
    ])
      expect(flat).toContain(expected)
    expect(flat).not.toContain('?')
  })

  it('prints the request form with the fields of Cerfa 16029*01 and its decision, on one page', async () => {
    const { bytes, flat } = await text(`/api/domiciliation-requests/${refused.requestId}/request-form.pdf`)
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1)
    for (const expected of [
      'Champs du Cerfa n° 16029*01',
      'Première demande',
      'Nom(s) : ĆOSIĆ (LEFÈVRE)',
      'Lieu de naissance : Mostar (Bosnie-Herzégovine)',
      `Numéro de dossier : ${fileNumber}`,
      'Déposée le : 02/03/2026',
      'Réponse due au plus tard le : 02/05/2026',
      'Avec : Démo agent domiciliation',
      'Rattachement (lien avec la commune) : Social',
      'Suivie par l’accueil de jour « Le Relais »',
      'Élection de domicile refusée le 02/03/2026',
      'Motif du refus : Absence de lien avec la commune',
      'Orientation proposée : Un autre CCAS : CCAS de Besançon-Planoise',
    ])
      expect(flat).toContain(expected)
  })

  it('prints the refusal letter with its motive, orientation and means of appeal', async () => {
    const { flat } = await text(`/api/domiciliation-decisions/${refused.decisionId}/letter.pdf`)
    for (const expected of [
      'Objet : refus de votre demande d’élection de domicile',
      'Besançon, le 2 mars 2026',
      'Absence de lien avec la commune',
      'article L264-4',
      'CCAS de Besançon-Planoise, 13 avenue de l’Île-de-France',
      'recours gracieux',
      'recours contentieux devant le tribunal administratif',
      'deux mois',
    ])
      expect(flat).toContain(expected)
  })

  it('refuses an attestation for a refused request, and a letter for an acceptance, with a clear message', async () => {
    const res = await pdf(`/api/domiciliation-requests/${refused.requestId}/attestation.pdf`)
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      message:
        'La demande a été refusée le 2 mars 2026 : aucune attestation ne peut être délivrée. Imprimez le courrier de refus.',
      fields: [{ field: 'decision' }],
    })
    const letter = await pdf(`/api/domiciliation-decisions/${granted.decisionId}/letter.pdf`)
    expect(letter.statusCode).toBe(409)
    expect(letter.json().message).toMatch(/imprimez l’attestation/)
  })

  it('generates the same bytes again from the same history, whatever the day of printing', async () => {
    const first = await pdf(`/api/domiciliation-requests/${granted.requestId}/attestation.pdf`)
    now = new Date('2026-07-14T16:00:00+02:00')
    const second = await pdf(`/api/domiciliation-requests/${granted.requestId}/attestation.pdf`)
    expect(Buffer.compare(first.rawPayload, second.rawPayload)).toBe(0)
    const form = await pdf(`/api/domiciliation-requests/${refused.requestId}/request-form.pdf`)
    const formAgain = await pdf(`/api/domiciliation-requests/${refused.requestId}/request-form.pdf`)
    expect(Buffer.compare(form.rawPayload, formAgain.rawPayload)).toBe(0)
  })

  it('prints the radiation letter, and no attestation once radiated; cancelling gives it back', async () => {
    const radiated = await direction.post(`/api/domiciliations/${fileId}/radiation`, {
      motive: 'NON_MANIFESTATION_3_MOIS',
      decidedOn: '2026-07-14',
    })
    expect(radiated.status, JSON.stringify(radiated.body)).toBe(201)
    const radiation = radiated.body.decisions[0].id
    const { flat } = await text(`/api/domiciliation-decisions/${radiation}/letter.pdf`)
    for (const expected of [
      'Objet : fin de votre domiciliation (radiation)',
      'valable jusqu’au 8 mars 2027, prend fin à compter du 14 juillet 2026',
      'Absence de contact depuis plus de trois mois consécutifs',
      'raisons de santé ou à une privation de liberté',
      'recours contentieux devant le tribunal administratif',
    ])
      expect(flat).toContain(expected)
    const attestation = await pdf(`/api/domiciliation-requests/${granted.requestId}/attestation.pdf`)
    expect(attestation.statusCode).toBe(409)
    expect(attestation.json().message).toBe(
      'Cette domiciliation a été radiée le 14 juillet 2026 : l’attestation n’est plus valable.',
    )
    await direction.post(`/api/domiciliation-decisions/${radiation}/cancellation`, {
      cancelReason: 'Hospitalisation.',
    })
    expect((await pdf(`/api/domiciliation-requests/${granted.requestId}/attestation.pdf`)).statusCode).toBe(
      200,
    )
    const cancelledLetter = await pdf(`/api/domiciliation-decisions/${radiation}/letter.pdf`)
    expect(cancelledLetter.statusCode).toBe(409)
    expect(cancelledLetter.json().message).toBe(
      'Cette décision a été annulée le 14 juillet 2026 : aucun courrier n’est à envoyer.',
    )
  })

  it('audits each document printed, and answers 404 to another organisation', async () => {
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const entries = (await admin.get('/api/audit?action=export&entityType=domiciliation_document')).body
      .entries
    expect(entries.some((e: { entityId: string }) => e.entityId === granted.requestId)).toBe(true)
    expect(entries.some((e: { entityId: string }) => e.entityId === refused.decisionId)).toBe(true)
    const other = await t.signIn(t.tenantB.accounts.direction)
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/domiciliation-requests/${granted.requestId}/attestation.pdf`,
      headers: { cookie: `lien_session=${other.cookie('lien_session')}` },
    })
    expect(res.statusCode).toBe(404)
  })
})
