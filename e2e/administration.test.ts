import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, screenshot } from './support/checks'
import { contrastWithWhite } from '../src/client/app/theme'
import { useJourneyPlatform } from './support/platform'
import { codeFromEnrolmentPage, linkInMail, setChecked, signIn } from './support/journeys'

const platform = useJourneyPlatform()

describe('administration of an organisation', () => {
  test('an administrator signs in with TOTP, invites a member who joins by e-mail, changes their role and finds it in the log', async () => {
    onTestFailed(() => screenshotOpenPages('echec-administration'))
    const admin = await newContext(platform.browser, platform.server.url)
    const page = await admin.newPage()
    const errors = watchErrors(page)
    const adminEmail = platform.server.demo.accounts.administrateur

    // Sign-in page, then the first sign-in sets up the second factor.
    await page.goto('/connexion')
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor()
    await checkPage(page, 'connexion')

    await page.getByLabel('Adresse e-mail').fill(adminEmail)
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe')
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
    const failure = page.getByRole('alert')
    await failure.waitFor()
    expect(await failure.textContent()).toMatch(/\S/)
    await screenshot(page, 'connexion-erreur-fr-bureau')

    await page.getByLabel('Mot de passe', { exact: true }).fill(platform.server.demo.password)
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Activer la double authentification' }).waitFor()
    await page.locator('code.secret').waitFor()
    await expect(page.getByRole('img', { name: /Code QR/ }).isVisible()).resolves.toBe(true)
    await checkPage(page, 'double-authentification')

    await page.getByLabel('Code à 6 chiffres').fill('000000')
    await page.getByRole('button', { name: 'Activer', exact: true }).click()
    await page.getByRole('alert').waitFor()
    await expect(
      page.getByLabel('Code à 6 chiffres').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)

    await page.getByLabel('Code à 6 chiffres').fill(await codeFromEnrolmentPage(page))
    await page.getByRole('button', { name: 'Activer', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: /^Bonjour/ }).waitFor()
    await checkPage(page, 'accueil')

    // The menu shows what an administrator may do, and not the platform administration.
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Journal' }).isVisible()).resolves.toBe(true)
    await expect(menu.getByRole('link', { name: 'Organisations de la plateforme' }).count()).resolves.toBe(0)

    // Organisation settings and my account.
    await menu.getByRole('link', { name: 'Organisation', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor()
    await page
      .getByRole('cell', { name: 'Accueil' })
      .or(page.getByRole('rowheader', { name: 'Accueil' }))
      .first()
      .waitFor()
    await checkPage(page, 'organisation')
    // The tenant sets a logo and a yellow too light for white text: the interface darkens it.
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0b6e4f"/><text x="10" y="27" font-size="20" fill="#fff">CCAS</text></svg>'
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(logo) })
    await page.getByRole('img', { name: 'Aperçu du logo' }).waitFor()
    await page.getByLabel('Couleur principale', { exact: true }).fill('#ffdd00')
    await page
      .getByText(/trop faible/)
      .first()
      .waitFor()
    await screenshot(page, 'organisation-contraste-fr-bureau')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await page
      .getByRole('banner')
      .getByRole('img', { name: /^Logo de/ })
      .waitFor()
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim(),
    )
    expect(primary).not.toBe('#ffdd00')
    expect(contrastWithWhite(primary)).toBeGreaterThanOrEqual(4.5)
    await checkPage(page, 'organisation-theme')

    // Services (pôles): create one, then rename it in a dialog.
    await page.getByLabel('Nom du nouveau service').fill('Logement')
    await page.getByRole('button', { name: 'Créer le service' }).click()
    await page.getByRole('rowheader', { name: 'Logement', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Renommer Logement' }).click()
    const rename = page.getByRole('dialog')
    await rename.getByLabel('Nom du service').fill('Logement et hébergement')
    await expectNoAxeViolations(page, 'dialogue de renommage (fr)')
    await rename.getByRole('button', { name: 'Enregistrer' }).click()
    await rename.waitFor({ state: 'detached' })
    await page.getByRole('rowheader', { name: 'Logement et hébergement' }).waitFor()

    await menu.getByRole('link', { name: 'Mon compte' }).click()
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor()
    await checkPage(page, 'mon-compte')

    // Invite a new colleague.
    const inviteeEmail = 'nouvelle.collegue@exemple.fr'
    await menu.getByRole('link', { name: 'Membres' }).click()
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor()
    await page.getByRole('rowheader').first().waitFor()

    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await page.getByRole('alert').waitFor()
    await expect(
      page.getByLabel('Adresse e-mail', { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await screenshot(page, 'membres-erreurs-fr-bureau')

    await page.getByLabel('Adresse e-mail', { exact: true }).fill(inviteeEmail)
    const inviteForm = page.locator('section', {
      has: page.getByRole('heading', { name: 'Inviter une personne' }),
    })
    await setChecked(inviteForm.getByRole('group', { name: 'Rôles' }), 'Accueil', true)
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await page.getByText(/^Invitation envoyée à .nouvelle\.collegue@exemple\.fr.\.$/).waitFor()
    await page.getByRole('rowheader', { name: inviteeEmail }).waitFor()
    await checkPage(page, 'membres')

    // An invitation sent by mistake is cancelled.
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('erreur@exemple.fr')
    await setChecked(inviteForm.getByRole('group', { name: 'Rôles' }), 'Direction', true)
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await page.getByRole('rowheader', { name: 'erreur@exemple.fr' }).waitFor()
    await page.getByRole('button', { name: 'Annuler l’invitation erreur@exemple.fr' }).click()
    const revoke = page.getByRole('dialog')
    await revoke.getByRole('button', { name: 'Annuler l’invitation' }).click()
    await page.getByRole('rowheader', { name: 'erreur@exemple.fr' }).waitFor({ state: 'detached' })

    // The invitee opens the e-mailed link in their own browser and creates an account.
    const invitationLink = await linkInMail(platform.server.url, inviteeEmail, '/invitation')
    const inviteeContext = await newContext(platform.browser, platform.server.url)
    const invitee = await inviteeContext.newPage()
    const inviteeErrors = watchErrors(invitee)
    await invitee.goto(invitationLink)
    await invitee.getByText(inviteeEmail).waitFor()
    await checkPage(invitee, 'invitation')
    await invitee.getByLabel('Votre nom').fill('Camille Nouvelle')
    await invitee.getByLabel('Nouveau mot de passe', { exact: true }).fill('une phrase de passe assez longue')
    await invitee.getByLabel('Confirmez le nouveau mot de passe').fill('une autre phrase de passe')
    await invitee.getByRole('button', { name: 'Accepter l’invitation' }).click()
    await invitee.getByText('Les deux mots de passe ne sont pas identiques.').first().waitFor()
    await invitee.getByLabel('Confirmez le nouveau mot de passe').fill('une phrase de passe assez longue')
    await invitee.getByRole('button', { name: 'Accepter l’invitation' }).click()
    await invitee.getByText('Invitation acceptée. Vous pouvez maintenant vous connecter.').waitFor()
    await signIn(invitee, inviteeEmail, 'une phrase de passe assez longue', () =>
      platform.server.totpCodeFor(inviteeEmail),
    )
    await expect(invitee.getByText('Vos rôles : Accueil').isVisible()).resolves.toBe(true)
    expect(inviteeErrors).toEqual([])
    await inviteeContext.close()

    // The administrator changes the new member's role.
    await page.reload()
    const row = page.getByRole('row', { name: /Camille Nouvelle/ })
    await row.waitFor()
    await row.getByRole('button', { name: 'Modifier Camille Nouvelle' }).click()
    const dialog = page.getByRole('dialog', { name: /^Modifier les rôles de .Camille Nouvelle.$/ })
    await dialog.waitFor()
    await expectNoAxeViolations(page, 'dialogue des rôles (fr)')
    await screenshot(page, 'membres-dialogue-fr-bureau')
    const roles = dialog.getByRole('group', { name: 'Rôles' })
    await setChecked(roles, 'Accueil', false)
    await setChecked(roles, 'Travail social', true)
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    await dialog.waitFor({ state: 'detached' })
    await row.getByRole('cell', { name: 'Travail social' }).waitFor()

    // The change is in the audit log, before and after.
    await menu.getByRole('link', { name: 'Journal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Journal des actions' }).waitFor()
    const change = page
      .getByRole('row')
      .filter({ hasText: 'Modification' })
      .filter({ hasText: 'Travail social' })
      .first()
    await change.waitFor()
    expect(await change.textContent()).toContain('Accueil')
    await checkPage(page, 'journal')

    // Filter by action with the keyboard only: only changes remain.
    await page.getByRole('button', { name: /^Toutes les actions/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('listbox').waitFor()
    await page.keyboard.type('Modif')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /^Modification/ }).waitFor()
    await page.getByRole('button', { name: 'Rechercher' }).press('Enter')
    await page.getByRole('row').filter({ hasText: 'Création' }).first().waitFor({ state: 'detached' })
    const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents()
    expect(actions.length).toBeGreaterThan(0)
    expect(new Set(actions)).toEqual(new Set(['Modification']))

    expect(errors).toEqual([])
    await admin.close()
  }, 300_000)
})
