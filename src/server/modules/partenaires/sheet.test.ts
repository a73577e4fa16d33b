import { spawnSync } from 'node:child_process'
import { and, eq } from 'drizzle-orm'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { embedArabicFonts } from '../../platform/pdf-arabic'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client'
import { auditLog } from '../../platform/audit/audit.table'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { directoryPlaces, directoryServices, directoryStructures, referrals } from './partenaires.table'

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined
const textOf = (bytes: Buffer) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).stdout.toString()

/** The fonts embedded in a document. */
const fontNames = (doc: PDFDocument) =>
  doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'))
    .map((font) => font.get(PDFName.of('BaseFont'))?.toString() ?? '')

/** The glyph ids drawn with the Arabic font, read from the pages' content streams. */
function arabicGlyphIds(doc: PDFDocument): number[] {
  const ids: number[] = []
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
    const arabicKeys = new Set(
      fonts
        .entries()
        .filter(([, ref]) =>
          String(doc.context.lookup(ref, PDFDict).get(PDFName.of('BaseFont'))).includes('NotoSansArabic'),
        )
        .map(([key]) => key.toString()),
    )
    const contents = page.node.Contents()
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents]
    let font = ''
    for (const stream of streams) {
      const text = Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1')
      for (const m of text.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9A-F]+)> Tj/g)) {
        if (m[1]) font = m[1]
        else if (arabicKeys.has(font)) ids.push(parseInt(m[2]!, 16))
      }
    }
  }
  return ids
}

/** A Monday: the sheet lists Monday 23 to Sunday 29 November 2026. */
const now = new Date('2026-11-23T09:00:00Z')

async function seedDirectory(db: Db, organisationId: string) {
  const [ccas] = await db
    .insert(directoryStructures)
    .values({ organisationId, kind: 'service_ccas', name: 'Accueil du CCAS' })
    .returning()
  await db.insert(directoryPlaces).values({
    organisationId,
    structureId: ccas!.id,
    name: 'CCAS',
    addressInput: '18 rue de la Cassotte, 25000 Besançon',
    latitude: 47.2378,
    longitude: 6.0241,
    geocodeStatus: 'adresse',
  })
  const [structure] = await db
    .insert(directoryStructures)
    .values({
      organisationId,
      kind: 'association',
      name: 'Les Paniers du Doubs (test)',
      phone: '03 81 00 00 01',
      confirmedAt: new Date('2026-10-02T10:00:00Z'),
    })
    .returning()
  const [place] = await db
    .insert(directoryPlaces)
    .values({
      organisationId,
      structureId: structure!.id,
      name: 'Local de la Viotte',
      addressInput: '5 avenue de la Paix, 25000 Besançon',
      label: '5 Avenue de la Paix 25000 Besançon',
      postcode: '25000',
      city: 'Besançon',
      latitude: 47.2468,
      longitude: 6.0225,
      geocodeStatus: 'adresse',
      openingHours: { lundi: [['09:00', '12:00']], samedi: [['09:00', '12:00']] },
      hoursExceptions: [{ from: '2026-11-25', to: '2026-11-26', closed: true, message: 'Inventaire annuel' }],
      wheelchairAccessible: true,
      access: 'Bus ligne 3, arrêt Viotte.',
    })
    .returning()
  const [service] = await db
    .insert(directoryServices)
    .values({
      organisationId,
      structureId: structure!.id,
      placeId: place!.id,
      name: 'Distribution de colis alimentaires',
      description: 'Un colis par semaine pour les familles.',
      themes: ['aide_alimentaire'],
      languages: ['fr', 'ar'],
      referralMode: 'sans_rdv',
      whatToBring: 'Une pièce d’identité.',
    })
    .returning()
  const [draft] = await db
    .insert(directoryServices)
    .values({
      organisationId,
      structureId: structure!.id,
      name: 'Service en préparation',
      status: 'brouillon',
    })
    .returning()
  const [referral] = await db
    .insert(referrals)
    .values({
      organisationId,
      serviceId: service!.id,
      structureId: structure!.id,
      shared: { firstName: 'Nadia', lastName: 'Confidentiel', phone: '+33600000000' },
    })
    .returning()
  return { serviceId: service!.id, draftId: draft!.id, referralId: referral!.id }
}

describe.each(databaseKinds)('the orientation sheet (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let agentB: TestClient
  let ids: Awaited<ReturnType<typeof seedDirectory>>

  /** The PDF's bytes, untouched by any text decoding. */
  async function get(client: TestClient | null, url: string) {
    const session = client?.cookie('lien_session')
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: session ? { cookie: `lien_session=${session}` } : {},
    })
    return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers, body: res.body }
  }
  const serviceSheet = (language: string, serviceId = ids.serviceId) =>
    `/api/directory/services/${serviceId}/sheet.pdf?language=${language}`

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    ids = await seedDirectory(t.database.db.owner, t.tenantA.organisationId)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    agentB = await t.signIn(t.tenantB.accounts.agent_accueil)
  })
  afterAll(async () => t?.close())

  it.each([
    [
      'fr',
      [
        'Distribution de colis alimentaires',
        'Horaires des 7 prochains jours',
        'Lundi 23 novembre',
        'Inventaire annuel',
        'sans rendez-vous',
      ],
    ],
    [
      'falc',
      ['Quand y aller', 'de 9 heures à midi', 'Mercredi 25 novembre : fermé', 'Ce que vous devez apporter'],
    ],
    [
      'en',
      [
        'Opening hours for the next 7 days',
        'Monday 23 November',
        'Saturday 28 November',
        'without an appointment',
      ],
    ],
    [
      'ar',
      ['Distribution de colis alimentaires', '5 Avenue de la Paix 25000 Besançon', 'Une pièce d’identité.'],
    ],
  ])('prints a valid PDF in %s', async (language, words) => {
    const answer = await get(agent, serviceSheet(language))
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/pdf')
    expect(answer.headers['content-disposition']).toMatch(
      /^inline; filename="fiche-distribution-de-colis-alimentaires-/,
    )
    const doc = await PDFDocument.load(answer.bytes)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    expect(doc.getTitle()).toContain('Distribution de colis alimentaires')
    expect(fontNames(doc).some((name) => name.includes('NotoSansArabic'))).toBe(language === 'ar')
    if (language === 'ar') {
      // Joined letters: most glyphs drawn are contextual forms, which no character maps to directly.
      const { kit } = (await embedArabicFonts(await PDFDocument.create())).regular
      const isolated = new Set(kit.characterSet.map((c) => kit.glyphForCodePoint(c).id))
      const drawn = arabicGlyphIds(doc)
      expect(drawn.length).toBeGreaterThan(100)
      expect(drawn.filter((id) => !isolated.has(id)).length).toBeGreaterThan(drawn.length / 3)
    }
    if (hasPdftotext) {
      const text = textOf(answer.bytes).replace(/\s+/g, ' ')
      for (const word of words) expect(text).toContain(word)
    }
  })

  it('gives the same bytes for the same service on the same day', async () => {
    const first = await get(agent, serviceSheet('ar'))
    const second = await get(agent, serviceSheet('ar'))
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0)
  })

  it('answers 404 in French for an unknown service, 400 for an unknown language', async () => {
    const unknown = await agent.get(serviceSheet('fr', '0190a000-0000-7000-8000-000000000000'))
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe('Ce service de l’annuaire est introuvable.')
    const badLanguage = await agent.get(serviceSheet('de'))
    expect(badLanguage.status).toBe(400)
    expect(JSON.stringify(badLanguage.body)).toContain('Langue de la fiche inconnue')
  })

  it('prints the referral’s sheet with the first name shared only, records its language and audits it', async () => {
    const answer = await get(agent, `/api/referrals/${ids.referralId}/sheet.pdf?language=ar`)
    expect(answer.status).toBe(200)
    if (hasPdftotext) {
      const text = textOf(answer.bytes)
      expect(text).toContain('Nadia')
      expect(text).not.toContain('Confidentiel')
      expect(text).not.toContain('600000000')
    }
    const [row] = await t.database.db.owner.select().from(referrals).where(eq(referrals.id, ids.referralId))
    expect(row!.sheetLanguage).toBe('ar')
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'referral'),
          eq(auditLog.entityId, ids.referralId),
          eq(auditLog.action, 'export'),
        ),
      )
    expect(entries).toHaveLength(1)
    expect(entries[0]!.diff).toEqual({ document: [null, 'fiche_orientation'], language: [null, 'ar'] })
  })

  it('keeps another organisation out of the referral’s sheet and of its directory’s agent sheets', async () => {
    const referral = await agentB.get(`/api/referrals/${ids.referralId}/sheet.pdf?language=fr`)
    expect(referral.status).toBe(404)
    expect(referral.body.message).toBe('Cette orientation est introuvable.')
    expect((await agentB.get(serviceSheet('fr'))).status).toBe(404)
    const [row] = await t.database.db.owner.select().from(referrals).where(eq(referrals.id, ids.referralId))
    expect(row!.sheetLanguage).not.toBe('fr')
  })

  it('prints the public sheet without an account, for published services only', async () => {
    const url = (serviceId: string, organisationId = t.tenantA.organisationId) =>
      `/api/public/organisations/${organisationId}/directory/services/${serviceId}/sheet.pdf?language=falc`
    const answer = await get(null, url(ids.serviceId))
    expect(answer.status).toBe(200)
    await PDFDocument.load(answer.bytes)
    if (hasPdftotext) expect(textOf(answer.bytes)).toContain('Distribution de colis alimentaires')
    expect((await get(null, url(ids.draftId))).status).toBe(404)
    expect((await get(null, url(ids.serviceId, t.tenantB.organisationId))).status).toBe(404)
  })
})
