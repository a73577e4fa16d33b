import ExcelJS from 'exceljs'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** A small plan as a workbook: two axes, three actions; `bad` leaves one action without a title. */
async function workbook(bad: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Plan')
  sheet.addRow(['Axe', 'Numéro', 'Type', 'Titre', 'Pilotes', 'Début', 'Fin', 'Statut', 'Motif'])
  sheet.addRow([
    'Aller vers les habitants',
    '1.1',
    'Projet phare',
    'Permanences dans les quartiers',
    'Mme Pilote Secrète',
    new Date(Date.UTC(2027, 0, 4)),
    new Date(Date.UTC(2028, 5, 30)),
    'En cours',
    '',
  ])
  sheet.addRow([
    'Aller vers les habitants',
    '1.2',
    'Action',
    bad ? '' : 'Bus des droits',
    'M. Autre Pilote',
    '01/03/2027',
    '',
    'À lancer',
    '',
  ])
  sheet.addRow([
    'Faire savoir',
    '2.1',
    'Action',
    'Rencontre annuelle des associations',
    '',
    '15/09/2027',
    '',
    'En retard',
    'Salle indisponible',
  ])
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('pilotage: import and public page', () => {
  test('a director imports a plan (a bad line reported, then fixed), publishes it, and anyone reads it without a name', async () => {
    const demo = platform.server.demo
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('pilotage-public'))
    await signIn(page, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )

    await page.goto('/pilotage/import')
    await page.getByRole('heading', { level: 1, name: 'Importer un plan' }).waitFor()
    await page.getByRole('textbox', { name: 'Titre du plan' }).fill('Plan d’aller vers 2027-2028')
    await page.getByLabel('Début de la période').fill('2027-01-01')
    await page.getByLabel('Fin de la période').fill('2028-12-31')
    const pick = async (buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Choisir un fichier' }).click()
      await (
        await chooser
      ).setFiles({
        name: 'plan.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      })
    }

    // The bad line is reported with its line and column; the import stays closed.
    await pick(await workbook(true))
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.getByRole('heading', { name: 'Résultat de la vérification' }).waitFor()
    const report = page.getByRole('table', { name: 'Erreurs : 1' })
    await report.getByText('Ligne 3, colonne « Titre » : le titre est obligatoire.').waitFor()
    expect(await page.getByRole('button', { name: 'Importer le plan' }).isDisabled()).toBe(true)
    await checkPage(page, 'pilotage-import-rapport')
    const before = await apiCall(page, 'GET', '/api/pilotage/plans')
    expect(JSON.stringify(before.body)).not.toContain('Plan d’aller vers')

    // Fixed, checked again, imported whole.
    await pick(await workbook(false))
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.getByText('Prêt : 2 axes et 3 actions seront créés.').waitFor()
    await page.getByRole('button', { name: 'Importer le plan' }).click()
    await page.waitForURL(/\/pilotage\/plans\/[0-9a-f-]+$/)
    const planId = /\/pilotage\/plans\/([0-9a-f-]+)/.exec(page.url())![1]!
    const stored = await apiCall(page, 'GET', `/api/pilotage/plans/${planId}`)
    expect(stored.status).toBe(200)
    expect(stored.body.title).toBe('Plan d’aller vers 2027-2028')
    expect(stored.body.axes.map((a: { actions: unknown[] }) => a.actions.length)).toEqual([2, 1])

    // Not yet public: the public page does not exist.
    const anonymous = await newContext(platform.browser, platform.server.url)
    const visitor = await anonymous.newPage()
    const visitorErrors = watchErrors(visitor)
    const slug = stored.body.slug as string
    await visitor.goto(`/public/plans/${slug}`)
    await visitor.getByText('Ce plan est introuvable.').waitFor()
    expect((await apiCall(visitor, 'GET', `/api/pilotage/public/plans/${slug}`)).status).toBe(404)

    // Published from the plan's settings.
    const published = await apiCall(page, 'PATCH', `/api/pilotage/plans/${planId}`, { published: true })
    expect(published.status).toBe(200)

    // Anyone reads it, without signing in: axes, actions, status, dates, counts; no pilot named.
    await visitor.reload()
    await visitor.getByRole('heading', { level: 1, name: 'Plan d’aller vers 2027-2028' }).waitFor()
    await visitor.getByRole('heading', { level: 2, name: /Axe 1 — Aller vers les habitants/ }).waitFor()
    const actions = visitor.getByRole('table', { name: 'Actions de l’axe 1' })
    await actions.getByText('Permanences dans les quartiers').waitFor()
    await actions.getByRole('rowheader', { name: '1.2' }).waitFor()
    await visitor.getByRole('table', { name: 'Actions de l’axe 2' }).getByText('En retard').waitFor()
    const text = await visitor.locator('main').innerText()
    expect(text).not.toContain('Pilote')
    expect(text).not.toContain('Salle indisponible')
    await checkPage(visitor, 'pilotage-page-publique')

    // The platform's list of published plans shows it beside the demo's social project.
    await visitor.goto('/public/plans')
    await visitor.getByRole('link', { name: 'Plan d’aller vers 2027-2028' }).waitFor()
    await visitor.getByRole('link', { name: 'Projet social 2022-2026 du CCAS de Besançon' }).waitFor()
    await checkPage(visitor, 'pilotage-plans-publics')

    expect(errors).toEqual([])
    expect(visitorErrors).toEqual([])
    await anonymous.close()
    await context.close()
  }, 240_000)
  test('a director creates a plan from the Besançon template with new dates: its 6 axes and 18 flagship projects', async () => {
    const demo = platform.server.demo
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('pilotage-modele'))
    await signIn(page, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )
    await page.goto('/pilotage/nouveau/modele')
    await page.getByRole('heading', { level: 1, name: 'Nouveau plan à partir d’un modèle' }).waitFor()
    await page.getByRole('radio', { name: /Projet social de CCAS \(modèle Besançon 2022-2026\)/ }).waitFor()
    // A period that ends before it starts is refused, in words naming the field.
    await page.getByLabel('Début de la période').fill('2027-01-01')
    await page.getByLabel('Fin de la période').fill('2026-12-31')
    await page.getByRole('button', { name: 'Créer le plan' }).click()
    await page.getByText('Fin de la période : elle doit venir après le début.').first().waitFor()
    await checkPage(page, 'pilotage-modele')
    await page.getByLabel('Fin de la période').fill('2031-12-31')
    await page.getByRole('button', { name: 'Créer le plan' }).click()
    await page.waitForURL(/\/pilotage\/plans\/[0-9a-f-]+$/)
    const planId = /\/pilotage\/plans\/([0-9a-f-]+)/.exec(page.url())![1]!
    const stored = await apiCall(page, 'GET', `/api/pilotage/plans/${planId}`)
    expect(stored.body.title).toBe('Projet social 2027-2031')
    expect(stored.body.axes).toHaveLength(6)
    expect(stored.body.axes.flatMap((a: { actions: unknown[] }) => a.actions)).toHaveLength(18)
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
