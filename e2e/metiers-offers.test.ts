import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The recruiter of the demonstration's IME (no personal data: no second factor). */
const recruiterEmail = () =>
  `recrutement@ime-les-cedres.${platform.server.demo.accounts.direction.split('@')[1]}`

const field = (page: Page, label: string) =>
  page.locator('.field').filter({ has: page.locator('.field__label', { hasText: new RegExp(`^${label}$`) }) })

async function choose(page: Page, label: string, option: string) {
  await field(page, label).getByRole('button').first().click()
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

describe('recruiters’ offers', () => {
  test('an IME recruiter reads its profile, writes an offer refused for its salary, fixes it, publishes it', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('metiers-offres'))
    await signIn(page, recruiterEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(recruiterEmail()),
    )

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Employeur', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Profil employeur' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'IME Les Cèdres' }).waitFor()
    await expect(page.getByLabel('Commune', { exact: true }).inputValue()).resolves.toBe('Péronnas')
    await checkPage(page, 'metiers-employeur')

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Offres d’emploi', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi' }).waitFor()
    await page.getByRole('status').filter({ hasText: '4 offres' }).waitFor()
    await checkPage(page, 'metiers-offres')

    await page.getByRole('link', { name: 'Écrire une offre' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nouvelle offre' }).waitFor()
    // The employer's commune is offered by default.
    await expect(page.getByLabel('Commune', { exact: true }).inputValue()).resolves.toBe('Péronnas')
    await page.getByLabel('Intitulé du poste', { exact: true }).fill('Éducateur spécialisé de nuit (H/F)')
    await page.getByLabel('Code ROME', { exact: true }).fill('K1207')
    await page
      .getByLabel('Description du poste', { exact: true })
      .fill('<h2>Vos missions</h2><p>Veilles actives à l’internat.</p>')
    await choose(page, 'Type de contrat', 'CDI')
    await page.getByLabel('Salaire minimum brut (€)', { exact: true }).fill('2 500')
    await page.getByLabel('Salaire maximum brut (€)', { exact: true }).fill('1 900')
    await choose(page, 'Période', 'par mois')
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await page
      .locator('.alert--error')
      .getByText(/salaire minimum doit être inférieur/)
      .waitFor()
    await expect(
      page.getByLabel('Salaire minimum brut (€)', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true')

    await page.getByLabel('Salaire maximum brut (€)', { exact: true }).fill('2 750')
    await page.locator('label').filter({ hasText: 'Travail de nuit' }).click()
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Offre : Éducateur spécialisé de nuit (H/F)' })
      .waitFor()
    await page.getByText('Brouillon : visible de votre organisation seulement.').waitFor()
    const preview = page.locator('.offer-preview')
    await preview.getByRole('heading', { name: 'Vos missions' }).waitFor()
    await expect(preview.getByText('Travail de nuit').count()).resolves.toBe(1)

    await page.getByRole('button', { name: 'Publier', exact: true }).click()
    await page.getByText(/^Publiée le /).waitFor()
    await page.getByRole('link', { name: 'Voir l’offre sur le portail' }).waitFor()
    await checkPage(page, 'metiers-offre')

    await page.getByRole('link', { name: 'Retour aux offres' }).click()
    await page.getByRole('status').filter({ hasText: '5 offres' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
