import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { useJourneyPlatform } from './support/platform'
import { linkInMail, signIn } from './support/journeys'

const platform = useJourneyPlatform()

describe('sign-in', () => {
  test('with ProConnect, against the local OpenID Connect provider', async () => {
    onTestFailed(() => screenshotOpenPages('echec-proconnect'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const email = platform.server.demo.accounts.lecture_statistiques
    platform.server.oidc.signInAs({
      sub: 'proconnect-statistiques',
      email,
      given_name: 'Dominique',
      usual_name: 'Martin',
      siret: '26250001100016',
    })

    await page.goto('/connexion')
    await page.getByRole('link', { name: 'Se connecter avec ProConnect' }).click()
    await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/')
    await checkPage(page, 'accueil-proconnect')

    // A statistics reader sees neither the members nor the log.
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Mon compte' }).isVisible()).resolves.toBe(true)
    await expect(menu.getByRole('link', { name: 'Membres' }).count()).resolves.toBe(0)
    await expect(menu.getByRole('link', { name: 'Journal' }).count()).resolves.toBe(0)
    // Typing the address does not open the page either.
    await page.goto('/journal')
    await page.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor()

    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  test('a failed ProConnect sign-in is explained on the sign-in page', async () => {
    onTestFailed(() => screenshotOpenPages('echec-proconnect-erreur'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    await page.goto('/connexion?erreur=proconnect')
    await page.getByRole('alert').filter({ hasText: 'La connexion avec ProConnect n’a pas abouti' }).waitFor()
    await checkPage(page, 'connexion-erreur-proconnect')

    // Keyboard: the first Tab reaches the skip link, visibly focused; Enter moves to the content.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Aller au contenu' })
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await expect(skip.evaluate((el) => getComputedStyle(el).boxShadow)).resolves.not.toBe('none')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu')
    await page.keyboard.press('Tab')
    await expect(
      page.getByLabel('Adresse e-mail').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await context.close()
  }, 60_000)

  test('a forgotten password is replaced through the e-mailed link', async () => {
    onTestFailed(() => screenshotOpenPages('echec-mot-de-passe'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const email = platform.server.demo.accounts.partenaire

    await page.goto('/connexion')
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor()
    await checkPage(page, 'mot-de-passe-oublie')
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    await page.getByText('Demande envoyée').waitFor()

    await page.goto(await linkInMail(platform.server.url, email, '/mot-de-passe/nouveau'))
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor()
    await checkPage(page, 'mot-de-passe-nouveau')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court')
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('court')
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    const newPassword = page.getByLabel('Nouveau mot de passe', { exact: true })
    await expect.poll(() => newPassword.getAttribute('aria-invalid')).toBe('true')
    await expect(newPassword.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    await newPassword.fill('un nouveau mot de passe bien long')
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('un nouveau mot de passe bien long')
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await page.getByText('Mot de passe changé. Vous pouvez maintenant vous connecter.').waitFor()
    await signIn(page, email, 'un nouveau mot de passe bien long', () => platform.server.totpCodeFor(email))
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
