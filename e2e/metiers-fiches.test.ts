import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()
const editorEmail = () => platform.server.demo.accounts.editeur

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' })

describe('editors’ fiches métiers', () => {
  test('an editor rewrites the AES fiche with the toolbar, sees the cleaned preview and the pay computed from the grids, then checks a ROME file', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('metiers-fiches'))
    await signIn(page, editorEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(editorEmail()),
    )

    await menu(page).getByRole('link', { name: 'Fiches métiers', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Fiches métiers' }).waitFor()
    await page.getByRole('link', { name: 'Accompagnant éducatif et social (AES)' }).waitFor()
    await checkPage(page, 'metiers-fiches-liste')

    await page.getByRole('link', { name: 'Accompagnant éducatif et social (AES)' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Fiche « Accompagnant éducatif et social (AES) »' })
      .waitFor()
    // Pay is computed from the imported grids, never typed.
    await page.getByText(/grille « Agents sociaux territoriaux » du 2024-01-01/).waitFor()

    const day = page.getByLabel('Une journée', { exact: true })
    await day.fill('')
    await page
      .getByRole('toolbar', { name: 'Mise en forme de « Une journée »' })
      .getByRole('button', { name: 'Titre', exact: true })
      .click()
    await page.keyboard.type('Le matin')
    await day.press('End')
    await day.pressSequentially('<p>Lever et toilette.<script>alert(1)</script></p>')
    await page
      .getByRole('toolbar', { name: 'Mise en forme de « Une journée »' })
      .getByRole('button', { name: 'Aperçu' })
      .click()
    const preview = page.getByRole('region', { name: 'Aperçu de « Une journée » tel qu’il sera publié' })
    await preview.getByRole('heading', { level: 2, name: 'Le matin' }).waitFor()
    await preview.getByText('Lever et toilette.').waitFor()
    await expect(preview.innerHTML()).resolves.not.toContain('script')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'Fiche enregistrée.' }).waitFor()
    await checkPage(page, 'metiers-fiche-edition')

    const publicPage = await fetch(
      `${platform.server.url}/api/metiers/fiches/accompagnant-educatif-et-social`,
    )
    expect(((await publicPage.json()) as { dayHtml: string }).dayHtml).toBe(
      '<h2>Le matin</h2><p>Lever et toilette.</p>',
    )

    await menu(page).getByRole('link', { name: 'Référentiels', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Référentiels' }).waitFor()
    await page.getByText(/Version 4\.60/).waitFor()
    await page.getByLabel('Fichier du ROME').setInputFiles({
      name: 'unix_referentiel_code_rome_v461_utf8.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code_rome;libelle_rome\nK1306;Accompagnant éducatif et social\nJ1501;Aide-soignant\n',
      ),
    })
    await page
      .getByRole('form', { name: 'Référentiel ROME' })
      .getByRole('button', { name: 'Vérifier le fichier' })
      .click()
    await page
      .getByText(/Aperçu, rien n’est encore enregistré : fichier des codes ROME, version 4\.61/)
      .waitFor()
    await page
      .getByRole('table', { name: /Fiches touchées/ })
      .getByText('Éducateur spécialisé / éducatrice spécialisée')
      .waitFor()
    await checkPage(page, 'metiers-referentiels')
    expect(errors).toEqual([])
    await context.close()
  })
})
