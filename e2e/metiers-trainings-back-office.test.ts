import type { Page } from 'playwright-core'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()
const domain = () => platform.server.demo.accounts.direction.split('@')[1]!

async function signedIn(email: string) {
  const context = await newContext(platform.browser, platform.server.url)
  const page = await context.newPage()
  const errors = watchErrors(page)
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
  return { context, page, errors }
}

const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name, exact: true }).click()

async function onePagePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Contrat d’apprentissage')
  return Buffer.from(await pdf.save())
}

describe('trainings back office', () => {
  test('a centre’s recruiter corrects a training’s RNCP code and adds a session', async () => {
    const email = `formation@cfa-sanitaire-social-bisontin.${domain()}`
    const { context, page, errors } = await signedIn(email)
    onTestFailed(() => screenshotOpenPages('trainings-bo-centre'))

    await menu(page, 'Centre de formation')
    await page.getByRole('heading', { level: 1, name: 'Centres de formation' }).waitFor()
    await page.getByRole('link', { name: 'CFA sanitaire et social bisontin (démo)' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Centre : CFA sanitaire et social bisontin (démo)' })
      .waitFor()
    await expect(page.getByLabel('Nom du centre', { exact: true }).inputValue()).resolves.toBe(
      'CFA sanitaire et social bisontin (démo)',
    )
    await checkPage(page, 'trainings-bo-centre')

    const trainings = page.getByRole('region', { name: /^Formations de / })
    const first = trainings.getByRole('link').first()
    const title = (await first.textContent())!
    await first.click()
    await page.getByRole('heading', { level: 1, name: `Formation : ${title}` }).waitFor()

    await page.getByLabel('Code RNCP', { exact: true }).fill('RNCP12')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page
      .locator('.alert--error')
      .getByText(/Code RNCP : « RNCP » suivi de chiffres/)
      .first()
      .waitFor()
    await expect(page.getByLabel('Code RNCP', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    )

    await page.getByLabel('Code RNCP', { exact: true }).fill('RNCP36004')
    const sessions = page.locator('fieldset.tr-fieldset')
    const before = await sessions.count()
    await page.getByRole('button', { name: 'Ajouter une session' }).click()
    const added = sessions.nth(before)
    await added.getByLabel('Début de la session', { exact: true }).fill('2027-09-06')
    await added.getByLabel('Fin de la session', { exact: true }).fill('2029-06-30')
    await added.getByLabel('Places', { exact: true }).fill('18')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await expect(sessions.count()).resolves.toBe(before + 1)
    await expect(page.getByLabel('Code RNCP', { exact: true }).inputValue()).resolves.toBe('RNCP36004')
    await checkPage(page, 'trainings-bo-formation')

    // Read again from the server: the new session and the code were kept.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: `Formation : ${title}` }).waitFor()
    await expect(sessions.count()).resolves.toBe(before + 1)
    const starts = await sessions
      .getByLabel('Début de la session', { exact: true })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(starts).toContain('2027-09-06')
    await expect(page.getByLabel('Code RNCP', { exact: true }).inputValue()).resolves.toBe('RNCP36004')
    expect(errors).toEqual([])
    await context.close()
  })

  test('an editor adds a mallette link, refused first for its address, then drops a PDF', async () => {
    const email = platform.server.demo.accounts.editeur
    const { context, page, errors } = await signedIn(email)
    onTestFailed(() => screenshotOpenPages('trainings-bo-mallette'))

    await menu(page, 'Mallette de l’alternance')
    await page.getByRole('heading', { level: 1, name: 'Mallette de l’alternance' }).waitFor()
    await page.getByRole('button', { name: 'Ajouter un document' }).click()
    await page.getByLabel('Titre', { exact: true }).fill('Aide exceptionnelle à l’embauche d’apprentis')
    await page.getByLabel('Date du document', { exact: true }).fill('2026-01-15')
    await page.getByLabel('Lien externe', { exact: true }).fill('www.travail-emploi.gouv.fr')
    await setChecked(page.locator('main'), 'Publié dans la mallette', true)
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page
      .locator('.alert--error')
      .getByText(/Lien externe : une adresse qui commence par https:\/\//)
      .first()
      .waitFor()
    await expect(page.getByLabel('Lien externe', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    )

    await page
      .getByLabel('Lien externe', { exact: true })
      .fill('https://travail-emploi.gouv.fr/aide-embauche')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    const row = page.getByRole('row').filter({ hasText: 'Aide exceptionnelle à l’embauche d’apprentis' })
    await row.getByRole('cell', { name: 'Lien', exact: true }).waitFor()
    await row.getByRole('cell', { name: 'Publié', exact: true }).waitFor()

    await page.getByLabel('Déposer le PDF', { exact: true }).setInputFiles({
      name: 'aide-embauche.pdf',
      mimeType: 'application/pdf',
      buffer: await onePagePdf(),
    })
    await page.getByText('PDF déposé : aide-embauche.pdf.').waitFor()
    await row.getByRole('cell', { name: 'PDF', exact: true }).waitFor()
    await checkPage(page, 'trainings-bo-mallette')

    const published = await page.request.get('/api/metiers/mallette?q=embauche')
    const documents = (await published.json()) as { title: string; fileUrl: string | null }[]
    const doc = documents.find((d) => d.title === 'Aide exceptionnelle à l’embauche d’apprentis')
    expect(doc?.fileUrl).toBeTruthy()
    const pdf = await page.request.get(doc!.fileUrl!)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

    await page
      .getByRole('button', { name: 'Supprimer : Aide exceptionnelle à l’embauche d’apprentis' })
      .click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect(row.count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('an employer completes its welcome kit, shares it, copies and renews the link', async () => {
    const email = platform.server.demo.accounts.recruteur
    const { context, page, errors } = await signedIn(email)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    onTestFailed(() => screenshotOpenPages('trainings-bo-kit'))

    await menu(page, 'Kit d’accueil des apprentis')
    await page.getByRole('heading', { level: 1, name: 'Kit d’accueil des apprentis' }).waitFor()
    const steps = page
      .locator('fieldset.tr-fieldset')
      .filter({ has: page.locator('legend', { hasText: /^Étape / }) })
    const before = await steps.count()
    await page.getByRole('button', { name: 'Ajouter une étape' }).click()
    await steps.nth(before).getByLabel('Quand', { exact: true }).fill('Jour 1')
    await steps.nth(before).getByLabel('Étape', { exact: true }).fill('Visite du service et remise du badge')
    await setChecked(page.locator('main'), 'Partager le kit (le lien fonctionne)', true)
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await page.getByText('Le kit est partagé : toute personne qui a ce lien peut le lire.').waitFor()

    const link = page.getByLabel('Lien du kit', { exact: true })
    const first = (await link.textContent())!
    expect(first).toMatch(/\/metiers\/employeurs\/[0-9a-f-]+\/accueil-apprentis\?cle=/)
    await page.getByRole('button', { name: 'Copier le lien' }).click()
    await page.getByText('Lien copié.').waitFor()
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(first)
    await checkPage(page, 'trainings-bo-kit')

    await page.getByRole('button', { name: 'Changer le lien' }).click()
    await page.getByText('Nouveau lien créé : l’ancien ne fonctionne plus.').waitFor()
    const second = (await link.textContent())!
    expect(second).not.toBe(first)

    const apiOf = (href: string) => href.replace(/^.*\/metiers\/employeurs/, '/api/metiers/employeurs')
    await expect(page.request.get(apiOf(first)).then((r) => r.status())).resolves.toBe(404)
    const kit = await page.request.get(apiOf(second))
    expect(kit.status()).toBe(200)
    const shared = (await kit.json()) as { checklist: { when: string; label: string }[] }
    expect(shared.checklist).toContainEqual({ when: 'Jour 1', label: 'Visite du service et remise du badge' })
    expect(errors).toEqual([])
    await context.close()
  })
})
