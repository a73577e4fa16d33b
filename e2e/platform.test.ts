import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { useJourneyPlatform } from './support/platform'
import { linkInMail, signIn } from './support/journeys'

const platform = useJourneyPlatform()

describe('platform administration', () => {
  test('the platform administrator creates an organisation; a bad SIRET is named next to its field', async () => {
    onTestFailed(() => screenshotOpenPages('echec-plateforme'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const email = platform.server.demo.platformAdminEmail
    await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Organisations de la plateforme' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Organisations de la plateforme' }).waitFor()
    await page.getByRole('rowheader', { name: /CCAS de Besançon/ }).waitFor()
    await checkPage(page, 'organisations-plateforme')

    await page.getByLabel('Nom', { exact: true }).fill('CIAS du Grand Ornans')
    await page.getByLabel('SIRET').fill('12345678901234')
    await page.getByLabel('Code INSEE de la commune').fill('25434')
    // The first administrator already works elsewhere: the demo director of Besançon.
    await page.getByLabel('E-mail du premier administrateur').fill(platform.server.demo.accounts.direction)
    await page.getByRole('button', { name: 'Créer l’organisation' }).click()
    const siret = page.getByLabel('SIRET')
    await expect.poll(() => siret.getAttribute('aria-invalid')).toBe('true')
    await expect(siret.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    const describedBy = (await siret.getAttribute('aria-describedby')) ?? ''
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    )
    expect(described).toMatch(/SIRET/)

    await siret.fill('')
    await page.getByRole('button', { name: 'Créer l’organisation' }).click()
    await page.getByRole('rowheader', { name: 'CIAS du Grand Ornans' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  test('a person with an account joins a second organisation and switches between the two', async () => {
    onTestFailed(() => screenshotOpenPages('echec-direction'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const email = platform.server.demo.accounts.direction

    // The invitation sent when the organisation was created: an account exists, nothing to create.
    await page.goto(await linkInMail(platform.server.url, email, '/invitation'))
    await page.getByText('Vous avez déjà un compte : acceptez l’invitation puis connectez-vous.').waitFor()
    await page.getByRole('button', { name: 'Accepter l’invitation' }).click()
    await page.getByText('Invitation acceptée. Vous pouvez maintenant vous connecter.').waitFor()
    await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))

    const switchTo = async (name: RegExp) => {
      await page.getByRole('button', { name: /Organisation de travail/ }).click()
      await page.getByRole('option', { name }).click()
      await page.getByRole('button', { name: 'Changer', exact: true }).click()
      await page.getByRole('region', { name: 'Votre organisation' }).getByText(name).first().waitFor()
    }
    await checkPage(page, 'accueil-plusieurs-organisations')
    const menu = page.getByRole('navigation', { name: 'Menu principal' })

    // In Besançon, direction reads the members but cannot change them.
    await switchTo(/CCAS de Besançon/)
    await expect(menu.getByRole('link', { name: 'Organisation', exact: true }).count()).resolves.toBe(0)
    await menu.getByRole('link', { name: 'Membres' }).click()
    await page.getByRole('rowheader', { name: 'Démo direction' }).waitFor()
    await expect(page.getByRole('button', { name: /^Modifier/ }).count()).resolves.toBe(0)
    await expect(page.getByRole('heading', { name: 'Inviter une personne' }).count()).resolves.toBe(0)
    await checkPage(page, 'membres-lecture')

    // In the new CIAS, the same person is its administrator.
    await menu.getByRole('link', { name: 'Accueil' }).click()
    await switchTo(/CIAS du Grand Ornans/)
    await menu.getByRole('link', { name: 'Organisation', exact: true }).waitFor()
    await menu.getByRole('link', { name: 'Membres' }).click()
    await page
      .getByRole('button', { name: /^Modifier/ })
      .first()
      .waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
