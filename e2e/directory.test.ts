import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, phone, desktop, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, screenshot, switchLanguage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The partner association of the demonstration (Les Glanes) signs in with this address. */
const partnerEmail = () => `association@${platform.server.demo.accounts.direction.split('@')[1]}`

async function signInAs(page: Page, email: string) {
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
}

/** A blank 1×1 PNG: what the map gets instead of the IGN's tiles. */
const blankTile = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/**
 * Map tiles come from the IGN: journeys never leave the machine, so every tile request is answered
 * here with a blank image, and the page must work without the real ones.
 */
async function blockTiles(page: Page): Promise<string[]> {
  const blocked: string[] = []
  await page.route('https://data.geopf.fr/**', (route) => {
    blocked.push(route.request().url())
    return route.fulfill({ status: 200, contentType: 'image/png', body: blankTile })
  })
  return blocked
}

/** A fresh browser without tiles; signed in with this e-mail, or anonymous for `null`. */
async function openPage(email: string | null) {
  const context = await newContext(platform.browser, platform.server.url)
  const page = await context.newPage()
  const errors = watchErrors(page)
  const tiles = await blockTiles(page)
  if (email) await signInAs(page, email)
  return { context, page, errors, tiles }
}

/** Ticks or unticks a box or a radio by clicking its label, as a person would. */
async function tick(scope: Page | Locator, role: 'checkbox' | 'radio', name: string) {
  const page = 'page' in scope ? scope.page() : scope
  await scope
    .locator('label')
    .filter({ has: page.getByRole(role, { name, exact: true }) })
    .first()
    .click()
}

describe('directory journeys', () => {
  test('a resident searches "aide alimentaire ouvert samedi près de la gare": explained results on the list and the map', async () => {
    const { context, page, errors, tiles } = await openPage(null)
    onTestFailed(() => screenshotOpenPages('annuaire-public'))
    await page.goto(`/public/${platform.server.demo.organisationId}/annuaire`)
    await page.getByRole('heading', { level: 1, name: 'Trouver de l’aide près de chez vous' }).waitFor()
    await page.getByLabel('Que cherchez-vous ?').fill('aide alimentaire ouvert samedi près de la gare')
    await page.getByRole('button', { name: 'Chercher', exact: true }).click()

    const results = page.locator('.directory-results__list > li')
    const problem = page.locator('.alert--error').or(page.getByText(/Aucun service ne correspond/))
    await results.first().or(problem.first()).first().waitFor()
    await expect(page.locator('.alert--error').allTextContents()).resolves.toEqual([])
    await results.first().waitFor()
    const glanes = results.filter({ hasText: 'Les Glanes' })
    await expect(glanes.count()).resolves.toBe(1)
    // Why it matched, when it opens on Saturday, how far from the station, how to be received.
    await expect(glanes.locator('.result__reasons li').count()).resolves.toBeGreaterThan(0)
    await expect(glanes.getByText(/Ce jour-là : 9 h – 12 h/).count()).resolves.toBe(1)
    await expect(glanes.locator('dt', { hasText: 'Distance' }).count()).resolves.toBe(1)
    await expect(glanes.getByText('Sur orientation d’un professionnel').count()).resolves.toBe(1)
    // What was understood, as chips that can be removed.
    const chips = page.locator('.directory-chips .chip')
    await expect(chips.filter({ hasText: 'Aide alimentaire' }).count()).resolves.toBe(1)
    await expect(chips.filter({ hasText: /Ouvert le samedi/ }).count()).resolves.toBe(1)
    await expect(chips.filter({ hasText: /Près de/ }).count()).resolves.toBe(1)
    // The same results on the map, numbered as in the list, without any tile.
    const markers = page.locator('.directory-results__map .map-marker:not(.map-marker--origin)')
    await expect(markers.count()).resolves.toBeGreaterThan(0)
    expect(tiles.length).toBeGreaterThan(0)
    const url = page.url()
    expect(decodeURIComponent(url)).toContain('q=aide+alimentaire+ouvert+samedi')

    await checkPage(page, 'annuaire-public')

    // On a phone the list comes first, and "Voir la carte" shows the map instead.
    await page.setViewportSize(phone)
    await expect(page.locator('.directory-results__map').isVisible()).resolves.toBe(false)
    await page.getByRole('button', { name: 'Voir la carte' }).click()
    await expect(page.locator('.directory-results__map').isVisible()).resolves.toBe(true)
    await expect(page.locator('.directory-results__list').isVisible()).resolves.toBe(false)
    await screenshot(page, 'annuaire-public-carte-fr-mobile')
    await page.getByRole('button', { name: 'Voir la liste' }).click()
    await page.setViewportSize(desktop)

    // Removing a chip searches again without it; the service page, then "back", return to the same results.
    await chips
      .filter({ hasText: /Ouvert le samedi/ })
      .getByRole('button')
      .click()
    await page.waitForURL((u) => u.search.includes('interpret=0'))
    await page
      .locator('.directory-chips .chip', { hasText: /Ouvert le samedi/ })
      .waitFor({ state: 'detached' })
    await page.locator('.directory-chips .chip', { hasText: 'Aide alimentaire' }).waitFor()
    const afterChip = page.url()
    await page
      .locator('.directory-results__list')
      .getByRole('link', { name: /Épicerie solidaire/ })
      .first()
      .click()
    await page.getByRole('heading', { level: 1, name: 'Épicerie solidaire' }).waitFor()
    await page.getByRole('table', { name: 'Horaires des 14 prochains jours' }).waitFor()
    // The resident prints the service's sheet, here in Arabic, without an account.
    const sheetLink = page.getByRole('link', { name: /Fiche pour la personne — العربية/ })
    const sheet = await page.request.get(new URL((await sheetLink.getAttribute('href'))!, page.url()).href)
    expect(sheet.status()).toBe(200)
    expect(sheet.headers()['content-type']).toBe('application/pdf')
    expect((await sheet.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await checkPage(page, 'annuaire-public-service')
    await page.goBack()
    await page.locator('.directory-results__list > li').first().waitFor()
    expect(page.url()).toBe(afterChip)
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  test('a resident gives the person’s age: services whose age limits leave it out go, a wrong age is named', async () => {
    const { context, page, errors } = await openPage(null)
    onTestFailed(() => screenshotOpenPages('annuaire-public-age'))
    await page.goto(`/public/${platform.server.demo.organisationId}/annuaire?themes=emploi`)
    await page.getByRole('heading', { level: 1, name: 'Trouver de l’aide près de chez vous' }).waitFor()
    const results = page.locator('.directory-results__list > li')
    const young = results.filter({ hasText: 'Accompagnement des jeunes vers l’emploi' })
    await young.first().waitFor()

    const search = async (age: string) => {
      const field = page.getByLabel('Âge de la personne')
      // The age is among the further filters, inside « Filtres ».
      for (const summary of ['Filtres', 'Langue, accessibilité, mode d’accueil, public, âge']) {
        if (await field.isVisible()) break
        const toggle = page.locator('summary', { hasText: summary }).first()
        if (await toggle.isVisible()) await toggle.click()
      }
      await field.fill(age)
      await page.getByRole('button', { name: 'Chercher', exact: true }).click()
    }
    // At 30, the mission locale (16 to 25 years) is no longer offered; the chip says why.
    await search('30')
    await page.waitForURL((u) => u.search.includes('age=30'))
    const chip = page.locator('.directory-chips .chip', { hasText: '30 ans' })
    await chip.waitFor()
    await results.first().waitFor()
    await expect(young.count()).resolves.toBe(0)
    await checkPage(page, 'annuaire-public-age')
    // Removing the chip brings it back.
    await chip.getByRole('button').click()
    await young.first().waitFor()
    expect(page.url()).not.toContain('age=')

    // At 20 it is offered, with the reason; a negative age is refused with the field named.
    await search('20')
    await young.first().waitFor()
    await young.getByText('pour 20 ans : de 16 à 25 ans').waitFor()
    await search('-3')
    await page.getByText('Âge : 0 an au moins.').first().waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  test('an agent changes the hours of a service', async () => {
    const { context, page, errors } = await openPage(platform.server.demo.accounts.agent_accueil)
    onTestFailed(() => screenshotOpenPages('annuaire-horaires'))
    await page.goto('/annuaire/structures')
    await page.getByRole('heading', { level: 1, name: 'Fiches de l’annuaire' }).waitFor()
    await page.getByRole('table', { name: 'Structures de l’annuaire' }).waitFor()
    await checkPage(page, 'annuaire-structures')
    await page
      .getByRole('link', { name: /Les Glanes/ })
      .first()
      .click()
    await page.getByRole('heading', { level: 1, name: /Les Glanes/ }).waitFor()
    await checkPage(page, 'annuaire-structure')
    await page.getByRole('link', { name: 'Modifier le service Épicerie solidaire' }).click()
    await page.getByRole('heading', { level: 1, name: 'Service : Épicerie solidaire' }).waitFor()

    await tick(page, 'radio', 'Ses propres horaires')
    const editor = page.locator('fieldset.hours-editor')
    const monday = editor.locator('fieldset', { has: page.locator('legend', { hasText: /^Lundi$/ }) })
    await monday.getByRole('button', { name: 'Ajouter une plage le Lundi' }).click()
    await monday.getByLabel('Lundi, plage 1 : de').fill('08:30')
    await monday.getByLabel('Lundi, plage 1 : à').fill('11:45')
    const wednesday = editor.locator('fieldset', { has: page.locator('legend', { hasText: /^Mercredi$/ }) })
    await wednesday.getByRole('button', { name: 'Ajouter une plage le Mercredi' }).click()
    await wednesday.getByRole('button', { name: 'Ajouter une plage le Mercredi' }).click()
    // A range that ends before it starts is refused next to its day, in French, and nothing is saved.
    await wednesday.getByLabel('Mercredi, plage 2 : de').fill('18:00')
    await wednesday.getByLabel('Mercredi, plage 2 : à').fill('17:00')
    await checkPage(page, 'annuaire-service-horaires')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page
      .locator('.field__error', { hasText: 'L’heure de début doit précéder l’heure de fin.' })
      .first()
      .waitFor()
    await wednesday.getByLabel('Mercredi, plage 2 : de').fill('14:00')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()

    await page.getByRole('heading', { level: 1, name: /Les Glanes/ }).waitFor()
    const service = page.locator('.entry-list > li', { hasText: 'Épicerie solidaire' })
    await expect(service.getByText(/Ses propres horaires/).count()).resolves.toBe(1)
    // Read back from the server: the hours of the service as saved.
    await page.getByRole('link', { name: 'Modifier le service Épicerie solidaire' }).click()
    await expect(page.getByLabel('Lundi, plage 1 : de').inputValue()).resolves.toBe('08:30')
    await expect(page.getByLabel('Mercredi, plage 2 : à').inputValue()).resolves.toBe('17:00')
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  test('a partner proposes a change to its entry and the CCAS validates it', async () => {
    const partner = await openPage(partnerEmail())
    onTestFailed(() => screenshotOpenPages('annuaire-proposition'))
    const page = partner.page
    await page.goto('/annuaire/mes-fiches')
    await page.getByRole('heading', { level: 1, name: 'Mes fiches' }).waitFor()
    await page.getByRole('heading', { level: 2, name: /Les Glanes/ }).waitFor()
    await checkPage(page, 'annuaire-mes-fiches')
    await page.getByRole('link', { name: 'Proposer une modification du service Épicerie solidaire' }).click()
    await page.getByRole('heading', { level: 1, name: 'Service : Épicerie solidaire' }).waitFor()
    await page.getByLabel('À apporter').fill('Le courrier d’orientation et une pièce d’identité.')
    await page.getByRole('button', { name: 'Envoyer au CCAS pour validation' }).click()
    await page.getByText('Envoyé au CCAS pour validation', { exact: true }).waitFor()
    const proposal = page.locator('article', { hasText: 'Épicerie solidaire' }).first()
    await proposal.getByText('À valider', { exact: true }).waitFor()
    expect(partner.errors).toEqual([])

    const keeper = await openPage(platform.server.demo.accounts.agent_accueil)
    const kpage = keeper.page
    await kpage.goto('/annuaire/propositions')
    await kpage.getByRole('heading', { level: 1, name: 'Propositions des partenaires' }).waitFor()
    const review = kpage.locator('section', { hasText: 'Épicerie solidaire' }).first()
    const row = review.locator('tr', { hasText: 'Ce qu’il faut apporter' })
    await expect(row.locator('.diff-value--before').textContent()).resolves.toContain(
      'une pièce d’identité, un justificatif',
    )
    await expect(row.locator('.diff-value--after').textContent()).resolves.toContain(
      'Le courrier d’orientation et une pièce d’identité.',
    )
    await checkPage(kpage, 'annuaire-propositions')
    await review.getByRole('button', { name: 'Valider et publier' }).click()
    await kpage.getByText(/Proposition « Épicerie solidaire » validée/).waitFor()

    // The partner sees it validated; the service now says what the partner wrote.
    await page.reload()
    await page
      .locator('article', { hasText: 'Épicerie solidaire' })
      .first()
      .getByText('Validée', { exact: true })
      .waitFor()
    await kpage.goto('/annuaire/structures')
    await kpage
      .getByRole('link', { name: /Les Glanes/ })
      .first()
      .click()
    await kpage.getByRole('link', { name: 'Modifier le service Épicerie solidaire' }).click()
    await expect(kpage.getByLabel('À apporter').inputValue()).resolves.toBe(
      'Le courrier d’orientation et une pièce d’identité.',
    )
    // "Tout est à jour": the partner confirms its entry today.
    await page.getByRole('button', { name: 'Tout est à jour' }).first().click()
    await page.getByText('Merci : vos informations sont notées comme vérifiées aujourd’hui.').waitFor()
    expect(partner.errors).toEqual([])
    expect(keeper.errors).toEqual([])
    await keeper.context.close()
    await partner.context.close()
  }, 240_000)

  test('an import of a small spreadsheet shows its progress up to 100 %', async () => {
    const { context, page, errors } = await openPage(platform.server.demo.accounts.direction)
    onTestFailed(() => screenshotOpenPages('annuaire-import'))
    await page.goto('/annuaire/import')
    await page.getByRole('heading', { level: 1, name: 'Import de l’annuaire' }).waitFor()
    const csv = [
      'structure;adresse;code_postal;commune;service;themes;telephone',
      'Secours de la Boucle (essai);12 rue de la Viotte;25000;Besançon;Colis alimentaires;aide_alimentaire;03 81 00 00 01',
      'Vestiaire de Planoise (essai);3 avenue de Bourgogne;25000;Besançon;Vestiaire;autre;',
      'Lieu introuvable (essai);99 impasse des Nuages;25000;Besançon;Permanence;droits_rsa;',
    ].join('\n')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choisir un fichier' }).click()
    await (
      await chooser
    ).setFiles({ name: 'associations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.getByRole('heading', { name: 'Aperçu' }).waitFor()
    await checkPage(page, 'annuaire-import-apercu')
    await page.getByRole('button', { name: /^Importer 3 structures$/ }).click()
    const bar = page.getByRole('progressbar', { name: /Import terminé|Placement des adresses/ })
    await bar.waitFor()
    await page.getByText('Import terminé', { exact: true }).waitFor({ timeout: 60_000 })
    const max = await bar.getAttribute('max')
    await expect(bar.evaluate((el) => (el as HTMLProgressElement).value)).resolves.toBe(Number(max))
    await expect(page.getByText(/\(100 %\)/).count()).resolves.toBeGreaterThan(0)
    // The unknown address is kept, with a warning.
    await page
      .getByRole('table', { name: /adresse\(s\) à vérifier/ })
      .getByText('Lieu introuvable (essai)')
      .waitFor()
    await checkPage(page, 'annuaire-import-rapport')
    await switchLanguage(page, 'fr')
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
