import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { expectNoAxeViolations, expectNoHorizontalScroll, switchLanguage } from './support/checks'
import { mails, signIn, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()
const domain = () => platform.server.demo.accounts.direction.split('@')[1]!
/** A demo candidate with a request for another job, who turns to aide-soignant in Besançon. */
const candidateEmail = () => `apprenti.chloe@${domain()}`
const recruiterEmail = () => platform.server.demo.accounts.recruteur
const seatTitle = 'Apprentie aide-soignante en EHPAD, parcours journée'

/** Next September, the start month of both sides. */
const september = () => {
  const now = new Date()
  return `${now.getUTCMonth() + 1 > 9 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()}-09`
}

async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe in French and Arabic, screenshots at desktop size and on a 320 px phone, no horizontal scroll. */
async function look(page: Page, name: string, setLanguage: (page: Page, lang: 'fr' | 'ar') => Promise<void>) {
  for (const lang of ['fr', 'ar'] as const) {
    await setLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await page.screenshot({ path: `/tmp/apprenticeships-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await expectNoAxeViolations(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/apprenticeships-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await setLanguage(page, 'fr')
}

async function mailTo(to: string, subject: RegExp, after: number): Promise<DevMail> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = (await mails(platform.server.url)).find(
      (m) =>
        m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject) && Date.parse(m.date) >= after,
    )
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`aucun e-mail « ${String(subject)} » pour ${to}`)
}

/** Picks an option in one of the kit's selects, as a person would with the mouse. */
async function choose(page: Page, label: string, option: string) {
  const field: Locator = page
    .locator('.field')
    .filter({ has: page.locator('.field__label', { hasText: new RegExp(`^${label}`) }) })
  await field.getByRole('button').first().click()
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

describe('apprenticeship matching', () => {
  test('an apprentice request and an employer seat are matched and both get the e-mail', async () => {
    onTestFailed(() => screenshotOpenPages('apprenticeships'))

    // —— The employer publishes a seat from the back office ——
    const employer = await (await newContext(platform.browser, platform.server.url)).newPage()
    const employerErrors = watchErrors(employer)
    await signIn(employer, recruiterEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(recruiterEmail()),
    )
    await employer
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Apprentissage', exact: true })
      .click()
    await employer.getByRole('heading', { level: 1, name: 'Places d’apprentissage' }).waitFor()
    await employer.getByRole('link', { name: 'Nouvelle place' }).click()
    await employer.getByRole('heading', { level: 1, name: 'Nouvelle place d’apprentissage' }).waitFor()
    await choose(employer, 'Métier', 'Aide-soignant / aide-soignante')
    await employer.getByLabel('Intitulé de la place').fill(seatTitle)
    await employer.getByLabel('Adresse (facultatif)').fill('12 avenue de la Paix')
    await employer.getByLabel('Code postal').fill('25000')
    await employer.getByLabel(/^Commune/).fill('Besançon')
    // A bad month is refused in French, naming the field, and nothing is saved.
    await employer.getByLabel('Mois de début').fill('septembre')
    await employer.getByLabel('Diplôme préparé').fill('DEAS (diplôme d’État d’aide-soignant)')
    await employer.getByLabel('Nom du tuteur ou de la tutrice').fill('Martine Vernier')
    await employer.getByLabel('Métier du tuteur ou de la tutrice').fill('Infirmière coordinatrice')
    await employer.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await employer
      .getByText(/\(ex\. 2026-09\)/)
      .first()
      .waitFor()
    await employer.getByLabel('Mois de début').fill(september())
    await employer.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await employer.getByRole('heading', { level: 1, name: seatTitle }).waitFor()
    await employer.getByRole('button', { name: 'Publier' }).click()
    await employer.getByText('État : Publiée').waitFor()
    await look(employer, 'place-employeur', switchLanguage)

    // —— The candidate turns her request to this job, through the portal ——
    const candidate = await (await newContext(platform.browser, platform.server.url)).newPage()
    const candidateErrors = watchErrors(candidate)
    await candidate.goto('/metiers/apprentissage')
    await candidate
      .getByRole('heading', { level: 1, name: 'L’apprentissage dans les métiers du lien' })
      .waitFor()
    await candidate.getByLabel('Commune ou code postal').fill('Besançon')
    await candidate.getByRole('button', { name: 'Chercher' }).click()
    await candidate.getByRole('heading', { level: 3, name: seatTitle }).waitFor()
    expect(await candidate.locator('main').textContent()).not.toContain('Martine Vernier')
    await look(candidate, 'places-publiques', portalLanguage)

    await candidate.getByRole('link', { name: 'Publier ma demande d’apprentissage' }).click()
    await candidate.getByLabel('Adresse e-mail').waitFor()
    await candidate.getByLabel('Adresse e-mail').fill(candidateEmail())
    await candidate.getByLabel(/^Mot de passe/).fill(platform.server.demo.password)
    await candidate.getByRole('button', { name: 'Me connecter' }).click()
    await candidate.getByRole('heading', { level: 1, name: 'Ma demande d’apprentissage' }).waitFor()
    await candidate.getByLabel('Aide-soignant / aide-soignante').check()
    await candidate.getByLabel('Code postal').fill('25000')
    await candidate.getByLabel(/^Commune/).fill('Besançon')
    await candidate.getByLabel('Distance maximale (km)').fill('20')
    await candidate.getByLabel('Mois de début souhaité').fill(september())
    const savedAt = Date.now() - 1000
    await candidate.getByRole('button', { name: 'Mettre à jour ma demande' }).click()
    await candidate.getByText('Votre demande est publiée.').waitFor()
    const match = candidate.locator('li.pc-card').filter({ hasText: seatTitle })
    await match.waitFor()
    await match.getByText('même métier que votre demande').waitFor()
    await match.getByText(/^début : septembre pour les deux$/).waitFor()
    await match.getByText(/^à [\d,]+ km \(vous acceptez 20 km\)$/).waitFor()
    await look(candidate, 'ma-demande', portalLanguage)

    // —— Both sides get the e-mail ——
    const toCandidate = await mailTo(candidateEmail(), /place.* d’apprentissage correspond/, savedAt)
    expect(toCandidate.text).toContain(seatTitle)
    expect(toCandidate.text).toContain('/metiers/compte/apprentissage')
    const toEmployer = await mailTo(recruiterEmail(), /demande.* d’apprentissage correspond/, savedAt)
    expect(toEmployer.text).toContain(seatTitle)
    expect(toEmployer.text).not.toContain('Martin')

    // —— The employer sees the request without her identity, and the match's reasons ——
    await employer.reload()
    const request = employer.locator('li.ap-match').filter({ hasText: 'C. à Besançon' })
    await request.waitFor()
    await request.getByText('même métier que votre demande').waitFor()
    expect(await employer.locator('main').textContent()).not.toContain('Chloé')
    await look(employer, 'correspondances-employeur', switchLanguage)

    // —— The candidate asks for a contact; the employer accepts and learns who she is ——
    await match.getByRole('button', { name: 'Demander un contact' }).click()
    await match.getByLabel('Votre message à l’employeur').fill('Bonjour, je peux venir vous rencontrer.')
    await match.getByRole('button', { name: 'Envoyer la demande' }).click()
    await match.getByRole('link', { name: /Voir le contact/ }).waitFor()
    await expect
      .poll(
        async () => {
          await employer.reload()
          await request.waitFor()
          return request.getByRole('link', { name: /Voir le contact/ }).count()
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0)
    await request.getByRole('link', { name: /Voir le contact/ }).click()
    await employer.getByText('Son nom et son adresse vous seront donnés si le contact est accepté.').waitFor()
    await employer.getByRole('button', { name: 'Accepter' }).click()
    await employer.getByText(candidateEmail()).waitFor()
    await employer.getByRole('textbox', { name: 'Votre message' }).fill('Avec plaisir : jeudi à 14 h ?')
    await employer.getByRole('button', { name: 'Envoyer', exact: true }).click()
    await employer.getByText('Avec plaisir : jeudi à 14 h ?').waitFor()
    await look(employer, 'conversation-employeur', switchLanguage)

    await match.getByRole('link', { name: /Voir le contact/ }).click()
    await candidate.getByText('Avec plaisir : jeudi à 14 h ?').waitFor()
    await look(candidate, 'conversation-candidate', portalLanguage)

    expect(employerErrors).toEqual([])
    expect(candidateErrors).toEqual([])
  }, 240_000)
})
