import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { asc, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { actionPlans, planActions, planAxes, planBudgetLines, planFunders } from '../pilotage.table'
import { importModelXlsx } from './import-model'
import { besanconProjetSocial } from './seed-plans'

const octets = { headers: { 'content-type': 'application/octet-stream' } }
const period = 'periodStart=2027-01-01&periodEnd=2031-12-31'
const header =
  'Axe;Numéro;Type;Titre;Objectif;Pilotes;Services;Partenaires;Publics;Début;Fin;Statut;Motif;Budget prévu;Financeur'
const goodLines = [
  'Accès aux droits;1.2;Action;Permanences en mairie de quartier;Aller vers;Mme Exemple;Accueil;CAF;Tous publics;01/02/2027;30/06/2028;En cours;;1 500,50 €;CCAS',
  'Accès aux droits;1.1;Projet phare;Réseau de médiateurs numériques;;;;;;;;;;;',
  'Faire savoir;;Action;Rencontre annuelle des associations;;;;;;15/03/2027;;À lancer;;;',
]

/** Windows-1252 bytes of a text (the encoding of French Excel's CSV). */
const windows1252 = (text: string) =>
  Buffer.from(
    [...text].map((ch) => {
      const special: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c }
      return special[ch] ?? ch.charCodeAt(0)
    }),
  )

describe.each(databaseKinds)('plans from templates and imports (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  beforeAll(async () => {
    t = await createTestApp(kind)
    direction = await t.signIn(t.tenantA.accounts.direction)
  })
  afterAll(async () => t?.close())

  const planCount = async () =>
    Number((await t.database.db.owner.select({ n: count() }).from(actionPlans))[0]!.n)
  const structure = async (planId: string) => {
    const db = t.database.db.owner
    const axes = await db
      .select()
      .from(planAxes)
      .where(eq(planAxes.planId, planId))
      .orderBy(asc(planAxes.position))
    const actions = await db.select().from(planActions).where(eq(planActions.planId, planId))
    return axes.map((a) => ({
      title: a.title,
      actions: actions
        .filter((x) => x.axisId === a.id)
        .sort((x, y) => x.position - y.position)
        .map((x) => x.title),
    }))
  }

  it('lists the three templates and creates Besançon’s structure with new dates, without any person', async () => {
    const list = await direction.get('/api/pilotage/modeles')
    expect(list.status).toBe(200)
    expect(list.body.map((m: { key: string }) => m.key)).toEqual([
      'vierge',
      'projet-social-ccas',
      'plan-metiers-ain',
    ])
    const made = await direction.post('/api/pilotage/modeles/plans', {
      template: 'projet-social-ccas',
      periodStart: '2027-01-01',
      periodEnd: '2031-12-31',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body).toMatchObject({ title: 'Projet social 2027-2031', axes: 6, actions: 18 })
    expect(await structure(made.body.id)).toEqual(
      besanconProjetSocial.axes.map((a) => ({ title: a.title, actions: a.actions.map((x) => x.title) })),
    )
    const [plan] = await t.database.db.owner
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.id, made.body.id))
    expect(plan).toMatchObject({ periodStart: '2027-01-01', periodEnd: '2031-12-31', published: false })
    expect(plan!.organisationId).toBe(t.tenantA.organisationId)
    const actions = await t.database.db.owner
      .select()
      .from(planActions)
      .where(eq(planActions.planId, made.body.id))
    expect(
      actions.every((a) => a.pilotAccountIds.length === 0 && a.pilotNames === '' && a.startDate === null),
    ).toBe(true)
    const ain = await direction.post('/api/pilotage/modeles/plans', {
      template: 'plan-metiers-ain',
      title: 'Plan métiers du Doubs',
      periodStart: '2027-01-01',
      periodEnd: '2029-12-31',
    })
    expect(ain.body).toMatchObject({ axes: 4, actions: 16 })
    const funders = await t.database.db.owner
      .select()
      .from(planFunders)
      .where(eq(planFunders.planId, ain.body.id))
    expect(funders.map((f) => f.name).sort()).toEqual(['CNSA', 'DDETS', 'Région Auvergne-Rhône-Alpes'])
  })

  it('refuses a period that ends before it starts, an unknown template, and agents who do not manage plans', async () => {
    const backwards = await direction.post('/api/pilotage/modeles/plans', {
      template: 'vierge',
      periodStart: '2027-01-01',
      periodEnd: '2026-01-01',
    })
    expect(backwards.status).toBe(400)
    expect(JSON.stringify(backwards.body)).toContain('Fin de la période : elle doit venir après le début.')
    const unknown = await direction.post('/api/pilotage/modeles/plans', {
      template: 'autre',
      periodStart: '2027-01-01',
      periodEnd: '2028-01-01',
    })
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('Modèle')
    const worker = await t.signIn(t.tenantA.accounts.travailleur_social)
    expect(
      (
        await worker.post('/api/pilotage/modeles/plans', {
          template: 'vierge',
          periodStart: '2027-01-01',
          periodEnd: '2028-01-01',
        })
      ).status,
    ).toBe(403)
  })

  it('previews a file with bad lines: each problem named by its line and column, and imports nothing', async () => {
    const csv = [
      header,
      goodLines[0],
      ';;Action;Sans axe;;;;;;;;;;;',
      'Accès aux droits;;Action;;;;;;;;;;;;',
      'Accès aux droits;;Action;Statut inconnu;;;;;;;;Fini;;;',
      'Accès aux droits;;Action;En retard sans motif;;;;;;;;En retard;;;',
      'Accès aux droits;;Action;Budget négatif;;;;;;;;;;-200;CCAS',
      'Accès aux droits;;Action;Hors période;;;;;;01/01/2026;;;;;',
      'Accès aux droits;;Action;Service inconnu;;;Pôle imaginaire;;;;;;;;',
      'Accès aux droits;;Action;Fin avant début;;;;;;01/06/2027;01/01/2027;;;;',
    ].join('\r\n')
    const before = await planCount()
    const preview = await direction.request(
      'POST',
      `/api/pilotage/import/apercu?title=Plan%20test&${period}`,
      Buffer.from(csv),
      octets,
    )
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(preview.body.ready).toBe(false)
    const issues = preview.body.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`)
    expect(issues).toEqual([
      '3:Axe',
      '4:Titre',
      '5:Statut',
      '6:Motif',
      '7:Budget prévu',
      '8:Début',
      '9:Services',
      '10:Fin',
    ])
    expect(preview.body.errors[0].message).toBe('Ligne 3, colonne « Axe » : l’axe est obligatoire.')
    expect(preview.body.errors[4].message).toContain('négatif')
    expect(preview.body.axes[0].actions).toHaveLength(1)
    const commit = await direction.request(
      'POST',
      `/api/pilotage/import?title=Plan%20test&${period}`,
      Buffer.from(csv),
      octets,
    )
    expect(commit.status).toBe(422)
    expect(commit.body.message).toBe(
      '8 lignes en erreur : rien n’a été importé. Corrigez ces lignes et importez de nouveau le fichier.',
    )
    expect(commit.body.details.errors).toHaveLength(8)
    expect(await planCount()).toBe(before)
  })

  it('imports a good CSV (Windows-1252, commas) whole, in the order of its numbers, with its budget', async () => {
    const csv = [header, ...goodLines]
      .map((l) => l.replaceAll(';', ',').replace('1 500,50 €', '"1 500,50 €"'))
      .join('\r\n')
    const preview = await direction.request(
      'POST',
      `/api/pilotage/import/apercu?title=Plan%20import%C3%A9&${period}`,
      windows1252(csv),
      octets,
    )
    expect(preview.body).toMatchObject({ fileType: 'csv', encoding: 'windows-1252', ready: true, errors: [] })
    const commit = await direction.request(
      'POST',
      `/api/pilotage/import?title=Plan%20import%C3%A9&${period}&fileName=plan.csv`,
      windows1252(csv),
      octets,
    )
    expect(commit.status, JSON.stringify(commit.body)).toBe(201)
    expect(commit.body).toMatchObject({ title: 'Plan importé', axes: 2, actions: 3 })
    expect(await structure(commit.body.id)).toEqual([
      {
        title: 'Accès aux droits',
        actions: ['Réseau de médiateurs numériques', 'Permanences en mairie de quartier'],
      },
      { title: 'Faire savoir', actions: ['Rencontre annuelle des associations'] },
    ])
    const [line] = await t.database.db.owner
      .select()
      .from(planBudgetLines)
      .where(eq(planBudgetLines.planId, commit.body.id))
    expect(line).toMatchObject({ plannedCents: 150050, year: 2027 })
    const [permanences] = await t.database.db.owner
      .select()
      .from(planActions)
      .where(eq(planActions.title, 'Permanences en mairie de quartier'))
    expect(permanences).toMatchObject({
      status: 'en_cours',
      startDate: '2027-02-01',
      endDate: '2028-06-30',
      pilotNames: 'Mme Exemple',
      targetPublics: 'Tous publics',
      partners: [{ name: 'CAF' }],
    })
    expect(permanences!.serviceIds).toHaveLength(1)
  })

  it('gives a blank model that imports as is, and reads XLSX dates', async () => {
    const model = await direction.get('/api/pilotage/import/modele.xlsx')
    expect(model.status).toBe(200)
    expect(String(model.headers['content-type'])).toContain('spreadsheetml')
    expect(String(model.headers['content-disposition'])).toContain('modele-import-plan.xlsx')
    const bytes = await importModelXlsx()
    const preview = await direction.request(
      'POST',
      `/api/pilotage/import/apercu?title=Mod%C3%A8le&${period.replace('2027-01-01', '2025-01-01')}`,
      bytes,
      octets,
    )
    expect(preview.body, JSON.stringify(preview.body)).toMatchObject({
      fileType: 'xlsx',
      ready: true,
      lines: 1,
    })

    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Plan')
    sheet.addRow(['Axe', 'Titre', 'Début', 'Fin', 'Statut', 'Motif'])
    sheet.addRow([
      'Axe A',
      'Action datée',
      new Date(Date.UTC(2027, 2, 1)),
      new Date(Date.UTC(2027, 11, 31)),
      'Abandonné',
      'Plus de financement',
    ])
    const xlsx = Buffer.from(await book.xlsx.writeBuffer())
    const commit = await direction.request(
      'POST',
      `/api/pilotage/import?title=Classeur&${period}`,
      xlsx,
      octets,
    )
    expect(commit.status, JSON.stringify(commit.body)).toBe(201)
    const [dated] = await t.database.db.owner
      .select()
      .from(planActions)
      .where(eq(planActions.title, 'Action datée'))
    expect(dated).toMatchObject({
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      status: 'abandonne',
      statusReason: 'Plus de financement',
    })
  })

  it('never imports part of a file: any bad line among good ones leaves no plan at all', async () => {
    const bad = fc.constantFrom(
      ';;Action;Sans axe;;;;;;;;;;;',
      'Axe;;Action;;;;;;;;;;;;',
      'Axe;;Chose;Type inconnu;;;;;;;;;;;',
      'Axe;;Action;Budget sans financeur;;;;;;;;;;100;',
      'Axe;;Action;Date fausse;;;;;;31/02/2027;;;;;',
      'Axe;;Action;Abandon sans motif;;;;;;;;Abandonné;;;',
    )
    const good = fc.constantFrom(...goodLines)
    await fc.assert(
      fc.asyncProperty(
        fc.array(good, { maxLength: 4 }),
        fc.array(bad, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        async (goods, bads, order) => {
          const lines = [...goods]
          bads.forEach((b, i) => lines.splice(order[i % 3]! % (lines.length + 1), 0, b))
          const before = await planCount()
          const answer = await direction.request(
            'POST',
            `/api/pilotage/import?title=Propri%C3%A9t%C3%A9&${period}`,
            Buffer.from([header, ...lines].join('\n')),
            octets,
          )
          expect(answer.status).toBe(422)
          expect(answer.body.details.errors.length).toBeGreaterThanOrEqual(bads.length)
          expect(await planCount()).toBe(before)
        },
      ),
      { numRuns: 12 },
    )
  })
})
