import { spawnSync } from 'node:child_process'
import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accounts } from '../../auth/auth.table'
import { auditLog } from '../../../platform/audit/audit.table'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import {
  actionPlanOrganisations,
  actionPlans,
  planActions,
  planReviewDecisions,
  planReviews,
} from '../pilotage.table'
import { governancePlan } from './governance.fixtures'

const textOf = (bytes: Buffer) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).stdout.toString()

/** 10 May 2026, 10:00 in Paris. */
const clock = () => new Date('2026-05-10T08:00:00Z')

describe.each(databaseKinds)('pilotage governance (%s)', (kind) => {
  let t: TestApp
  let director: TestClient
  let reader: TestClient
  let otherTenant: TestClient
  let fixture: Awaited<ReturnType<typeof governancePlan>>
  let pilotName: string
  let reviewId: string

  beforeAll(async () => {
    t = await createTestApp(kind, { clock })
    director = await t.signIn(t.tenantA.accounts.direction)
    reader = await t.signIn(t.tenantA.accounts.travailleur_social)
    otherTenant = await t.signIn(t.tenantB.accounts.administrateur)
    fixture = await governancePlan(
      t.database.db.owner,
      t.tenantA.organisationId,
      t.tenantA.accounts.direction,
      `gouvernance-${kind}`,
    )
    const [pilot] = await t.database.db.owner
      .select({ name: accounts.displayName })
      .from(accounts)
      .where(eq(accounts.id, fixture.pilotId))
    pilotName = pilot!.name
  })
  afterAll(async () => t?.close())

  it('lets managers create a review, readers read it, and answers 404 to another tenant', async () => {
    const base = `/api/pilotage/plans/${fixture.plan.id}/instances`
    const refused = await reader.post(base, { kind: 'comite_pilotage', heldOn: '2026-05-12', title: 'Copil' })
    expect(refused.status).toBe(403)
    const bad = await director.post(base, { kind: 'assemblee', heldOn: '2026-13-40', title: '' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Type de séance inconnu.')
    expect(JSON.stringify(bad.body)).toContain('Date de la séance : date au format AAAA-MM-JJ.')
    const created = await director.post(base, {
      kind: 'conseil_administration',
      heldOn: '2026-05-12',
      title: 'Conseil d’administration de mai',
      notes: 'Point annuel sur le projet social',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    reviewId = created.body.id
    expect(created.body).toMatchObject({
      kind: 'conseil_administration',
      frozenAt: null,
      snapshot: null,
      canWrite: true,
    })
    expect(created.body.actions.map((a: { label: string }) => a.label)).toEqual([
      '1.1 — Guichet unique d’accueil inconditionnel',
      '2.1 — Analyse des besoins sociaux partagée',
      '2.2 — Action terminée en 2023',
    ])

    const list = await reader.get(base)
    expect(list.status).toBe(200)
    expect(list.body).toMatchObject({ canWrite: false, reviews: [{ id: reviewId, decisionCount: 0 }] })
    const read = await reader.get(`/api/pilotage/instances/${reviewId}`)
    expect(read.status).toBe(200)
    expect(read.body.canWrite).toBe(false)

    expect((await otherTenant.get(base)).status).toBe(404)
    expect((await otherTenant.get(`/api/pilotage/instances/${reviewId}`)).status).toBe(404)
    expect(
      (await otherTenant.post(base, { kind: 'comite_pilotage', heldOn: '2026-05-12', title: 'x' })).status,
    ).toBe(404)
    expect(
      (await otherTenant.post(`/api/pilotage/instances/${reviewId}/decisions`, { text: 'Intrusion' })).status,
    ).toBe(404)
    expect(
      (await otherTenant.post(`/api/pilotage/instances/${reviewId}/figer`, { confirm: true })).status,
    ).toBe(404)
    expect((await otherTenant.get(`/api/pilotage/plans/${fixture.plan.id}/bilan?annee=2026`)).status).toBe(
      404,
    )
  })

  it('records decisions about the plan or one of its actions while open', async () => {
    const url = `/api/pilotage/instances/${reviewId}/decisions`
    expect((await reader.post(url, { text: 'Décision d’un lecteur' })).status).toBe(403)
    const empty = await director.post(url, { text: '  ' })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toContain('Écrivez la décision.')
    const foreign = await director.post(url, {
      text: 'Hors plan',
      actionId: '0190a3d2-0000-7000-8000-000000000000',
    })
    expect(foreign.status).toBe(400)
    expect(JSON.stringify(foreign.body)).toContain('Action : cette action n’est pas dans le plan.')
    const first = await director.post(url, { text: 'Le plan est maintenu dans son ensemble.' })
    expect(first.status).toBe(201)
    const second = await director.post(url, {
      text: 'Nouveau prestataire pour l’ABS avant l’été.',
      actionId: fixture.actions.abs.id,
    })
    expect(second.status).toBe(201)
    expect(second.body.decisions).toMatchObject([
      { text: 'Le plan est maintenu dans son ensemble.', actionId: null, actionLabel: null },
      { actionId: fixture.actions.abs.id, actionLabel: '2.1 — Analyse des besoins sociaux partagée' },
    ])
  })

  it('freezes the plan as it stood; the snapshot and decisions never change afterwards', async () => {
    const url = `/api/pilotage/instances/${reviewId}/figer`
    expect((await reader.post(url, { confirm: true })).status).toBe(403)
    const unconfirmed = await director.post(url, {})
    expect(unconfirmed.status).toBe(400)
    const frozen = await director.post(url, { confirm: true })
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200)
    expect(frozen.body.frozenAt).toBe('2026-05-10T08:00:00.000Z')
    expect(frozen.body.canWrite).toBe(false)
    const snapshot = frozen.body.snapshot
    expect(snapshot).toMatchObject({
      takenOn: '2026-05-10',
      plan: { id: fixture.plan.id },
      light: 'rouge',
      counts: { en_cours: 1, en_retard: 1, realise: 1, a_lancer: 0, abandonne: 0 },
    })
    expect(
      snapshot.axes.map(
        (a: {
          number: string
          light: string
          actions: { number: string; status: string; light: string }[]
        }) => [a.number, a.light, a.actions.map((x) => `${x.number} ${x.status} ${x.light}`)],
      ),
    ).toEqual([
      // The indicator reached its target but its April measurement is missing: orange.
      ['1', 'orange', ['1.1 en_cours orange']],
      ['2', 'rouge', ['2.1 en_retard rouge', '2.2 realise vert']],
    ])

    // Today's plan changes: the review keeps what it saw.
    await t.database.db.owner
      .update(planActions)
      .set({ status: 'realise', statusReason: '' })
      .where(eq(planActions.id, fixture.actions.abs.id))
    const again = await reader.get(`/api/pilotage/instances/${reviewId}`)
    expect(again.body.snapshot).toEqual(snapshot)
    expect(again.body.frozenByName).toBeTruthy()

    const late = await director.post(`/api/pilotage/instances/${reviewId}/decisions`, { text: 'Après coup' })
    expect(late.status).toBe(409)
    expect(late.body.message).toBe(
      'Cette séance est figée : son état du plan et ses décisions ne changent plus.',
    )
    const twice = await director.post(url, { confirm: true })
    expect(twice.status).toBe(409)
    const [stored] = await t.database.db.owner.select().from(planReviews).where(eq(planReviews.id, reviewId))
    expect(stored!.snapshot).toEqual(snapshot)
    const decisions = await t.database.db.owner
      .select()
      .from(planReviewDecisions)
      .where(eq(planReviewDecisions.reviewId, reviewId))
    expect(decisions).toHaveLength(2)
    const audited = await t.database.db.owner.select().from(auditLog).where(eq(auditLog.entityId, reviewId))
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'read', 'update']))
    await t.database.db.owner
      .update(planActions)
      .set({ status: 'en_retard', statusReason: 'Prestataire défaillant' })
      .where(eq(planActions.id, fixture.actions.abs.id))
  })

  it('keeps a frozen review and its decisions unchanged in the database itself, whoever writes', async () => {
    const db = t.database.db.owner
    await expect(
      db.update(planReviews).set({ notes: 'Réécrit' }).where(eq(planReviews.id, reviewId)),
    ).rejects.toThrow()
    await expect(
      db
        .update(planReviews)
        .set({ snapshot: { light: 'vert' } })
        .where(eq(planReviews.id, reviewId)),
    ).rejects.toThrow()
    const [decision] = await db
      .select()
      .from(planReviewDecisions)
      .where(eq(planReviewDecisions.reviewId, reviewId))
    await expect(
      db.insert(planReviewDecisions).values({
        organisationId: decision!.organisationId,
        planId: decision!.planId,
        reviewId,
        text: 'Ajout après coup',
      }),
    ).rejects.toThrow()
    await expect(
      db
        .update(planReviewDecisions)
        .set({ text: 'Autre texte' })
        .where(eq(planReviewDecisions.id, decision!.id)),
    ).rejects.toThrow()
    await expect(
      db.delete(planReviewDecisions).where(eq(planReviewDecisions.id, decision!.id)),
    ).rejects.toThrow()
    // Forgetting who froze it or which action a decision named (their row deleted) stays possible.
    await db.update(planReviews).set({ frozenBy: null }).where(eq(planReviews.id, reviewId))
    await db
      .update(planReviewDecisions)
      .set({ actionId: null })
      .where(eq(planReviewDecisions.id, decision!.id))
    const [stored] = await db.select().from(planReviews).where(eq(planReviews.id, reviewId))
    expect(stored!.notes).toBe('Point annuel sur le projet social')
    expect(stored!.frozenAt).not.toBeNull()

    // A plan deleted whole takes its frozen reviews and their decisions with it.
    const other = await governancePlan(
      db,
      t.tenantA.organisationId,
      t.tenantA.accounts.direction,
      `supprime-${kind}`,
    )
    const review = await director.post(`/api/pilotage/plans/${other.plan.id}/instances`, {
      kind: 'comite_pilotage',
      heldOn: '2026-05-12',
      title: 'Comité de pilotage',
    })
    const otherUrl = `/api/pilotage/instances/${review.body.id}`
    expect((await director.post(`${otherUrl}/decisions`, { text: 'Le plan est arrêté.' })).status).toBe(201)
    expect((await director.post(`${otherUrl}/figer`, { confirm: true })).status).toBe(200)
    await db.delete(actionPlans).where(eq(actionPlans.id, other.plan.id))
    expect(
      await db.select().from(planReviewDecisions).where(eq(planReviewDecisions.reviewId, review.body.id)),
    ).toEqual([])
  })

  it('lets a plan shared with another organisation be read there, never written', async () => {
    await t.database.db.owner
      .insert(actionPlanOrganisations)
      .values({ planId: fixture.plan.id, organisationId: t.tenantB.organisationId })
    const base = `/api/pilotage/plans/${fixture.plan.id}/instances`
    const list = await otherTenant.get(base)
    expect(list.status).toBe(200)
    expect(list.body.canWrite).toBe(false)
    expect(
      (await otherTenant.post(base, { kind: 'comite_pilotage', heldOn: '2026-05-12', title: 'x' })).status,
    ).toBe(403)
    await t.database.db.owner
      .delete(actionPlanOrganisations)
      .where(eq(actionPlanOrganisations.organisationId, t.tenantB.organisationId))
  })

  it('gives the yearly recap as the data stands: actions of the year, milestones and money of the year', async () => {
    const recap = await reader.get(`/api/pilotage/plans/${fixture.plan.id}/bilan?annee=2026`)
    expect(recap.status, JSON.stringify(recap.body)).toBe(200)
    expect(recap.body).toEqual({
      plan: {
        id: fixture.plan.id,
        title: 'Projet social 2022-2026 — essai',
        organisationName: expect.any(String),
        periodStart: '2022-01-01',
        periodEnd: '2026-12-31',
      },
      year: 2026,
      editedOn: '2026-05-10',
      axes: [
        {
          id: fixture.axes[0]!.id,
          number: '1',
          title: 'Accueillir et accompagner',
          actions: [
            {
              id: fixture.actions.guichet.id,
              number: '1.1',
              kind: 'projet_phare',
              title: 'Guichet unique d’accueil inconditionnel',
              pilots: [pilotName, 'Nour El-Amrani نور'],
              status: 'en_cours',
              statusReason: '',
              startDate: '2025-03-01',
              endDate: '2026-06-30',
              milestones: [
                {
                  id: expect.any(String),
                  title: 'Ouverture du guichet',
                  dueDate: '2026-04-15',
                  doneOn: '2026-04-14',
                },
              ],
              plannedCents: 1_500_000,
              consumedCents: 450_050,
            },
          ],
        },
        {
          id: fixture.axes[1]!.id,
          number: '2',
          title: 'Faire savoir',
          actions: [
            {
              id: fixture.actions.abs.id,
              number: '2.1',
              kind: 'action',
              title: 'Analyse des besoins sociaux partagée',
              pilots: [],
              status: 'en_retard',
              statusReason: 'Prestataire défaillant',
              startDate: '2026-02-01',
              endDate: '2026-11-30',
              milestones: [
                { id: expect.any(String), title: 'Rapport ABS', dueDate: '2026-09-30', doneOn: null },
              ],
              plannedCents: 0,
              consumedCents: 0,
            },
          ],
        },
      ],
      planMilestones: [
        {
          id: expect.any(String),
          title: 'Présentation du budget au conseil municipal',
          dueDate: '2026-12-10',
          doneOn: null,
        },
      ],
      totals: { plannedCents: 1_500_000, consumedCents: 450_050 },
    })
    const bad = await reader.get(`/api/pilotage/plans/${fixture.plan.id}/bilan?annee=deux`)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Année : un nombre.')
  })

  it('prints the recap as a PDF: A4 landscape, tables and calendar, accents and Arabic, same bytes twice', async () => {
    const url = `/api/pilotage/plans/${fixture.plan.id}/bilan.pdf?annee=2026`
    const raw = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `lien_session=${reader.cookie('lien_session')}` },
    })
    expect(raw.statusCode).toBe(200)
    expect(raw.headers['content-type']).toBe('application/pdf')
    expect(String(raw.headers['content-disposition'])).toContain('attachment;')
    const pdf = raw.rawPayload
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const doc = await PDFDocument.load(pdf)
    const size = doc.getPage(0).getSize()
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595])
    expect(doc.getTitle()).toBe('Liste récapitulative 2026 — Projet social 2022-2026 — essai')
    const text = textOf(pdf)
    expect(text).toContain('Liste récapitulative annuelle 2026')
    expect(text).toContain('édité le 10/05/2026')
    expect(text).toContain('Axe 1 — Accueillir et accompagner')
    expect(text).toContain('Guichet unique d’accueil inconditionnel')
    expect(text).toContain('Prestataire')
    expect(text).toContain('défaillant')
    expect(text).toContain('Calendrier 2026')
    expect(text).toMatch(/janv\.\s+févr\./)
    expect(text).toContain(`Page 1 / ${doc.getPageCount()}`)
    expect(text).not.toContain('?')
    // The Arabic name is drawn with the Arabic font (its shaped glyphs do not read back as text).
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => (o instanceof PDFDict ? (o.get(PDFName.of('BaseFont'))?.toString() ?? '') : ''))
    expect(fonts.some((f) => /NotoSansArabic/i.test(f))).toBe(true)
    expect(fonts.some((f) => /Atkinson/i.test(f))).toBe(true)
    if (process.env.RECAP_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.RECAP_PDF_OUT, pdf)
    const second = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: `lien_session=${reader.cookie('lien_session')}` },
    })
    expect(Buffer.compare(second.rawPayload, pdf)).toBe(0)
  })

  it('exports the recap as a workbook: the list and the calendar by month', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/pilotage/plans/${fixture.plan.id}/bilan.xlsx?annee=2026`,
      headers: { cookie: `lien_session=${reader.cookie('lien_session')}` },
    })
    expect(res.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Récapitulatif', 'Calendrier'])
    const list = book.getWorksheet('Récapitulatif')!
    expect(list.getRow(3).values).toEqual([
      undefined,
      '1.1',
      'Projet phare',
      'Guichet unique d’accueil inconditionnel',
      '1. Accueillir et accompagner',
      `${pilotName}, Nour El-Amrani نور`,
      'En cours',
      '',
      '01/03/2025',
      '30/06/2026',
      '15/04/2026 Ouverture du guichet (fait)',
      15000,
      4500.5,
    ])
    expect(list.getRow(4).getCell(6).value).toBe('En retard')
    const calendar = book.getWorksheet('Calendrier')!
    expect(calendar.getRow(1).getCell(3).value).toBe('janv. 2026')
    // Row 2 is axis 1, row 3 its action: January to June filled, July empty, the milestone in April.
    const guichet = calendar.getRow(3)
    const filledMonths = Array.from({ length: 12 }, (_, m) => guichet.getCell(m + 3).fill?.type === 'pattern')
    expect(filledMonths).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(guichet.getCell(6).text).toContain('Ouverture du guichet')
  })
})
