import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { mails, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

const domain = () => platform.server.demo.accounts.direction.split('@')[1]!
/** The demo's ambassador for the aide à domicile (a candidate-type account: no second factor). */
const ambassadorEmail = () => `nadia.benali.ambassadrice@${domain()}`
/** The demo candidate whose discovery path is half done. */
const candidateEmail = () => `lea.martin.candidate@${domain()}`
const teacherEmail = 'claire.roussel@lycee-jules-haag.test'

async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe in French and Arabic, screenshots at desktop size and on a 320 px phone, no horizontal scroll. */
async function checkPortalPage(page: Page, name: string) {
  for (const lang of ['fr', 'ar'] as const) {
    await portalLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await page.screenshot({ path: `/tmp/ambassadors-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await expectNoAxeViolations(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/ambassadors-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await portalLanguage(page, 'fr')
}

async function mailTo(to: string, subject: RegExp): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = (await mails(platform.server.url)).find((m) => m.to === to && subject.test(m.subject))
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`aucun e-mail « ${String(subject)} » pour ${to}`)
}

/** Signs in on the portal's own page, as a candidate-type account does. */
async function portalSignIn(page: Page, email: string, back: string) {
  await page.goto(`/metiers/compte/connexion?retour=${encodeURIComponent(back)}`)
  await page.locator('input[name=email]').fill(email)
  await page.locator('input[name=password]').fill(platform.server.demo.password)
  await page.getByRole('button', { name: 'Me connecter' }).click()
}

describe('ambassadors and the discovery path', () => {
  test('a teacher books an ambassador, who accepts (both get the e-mail); a candidate’s path shows progress and a next step', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-ambassadeurs'))

    // —— A teacher finds an ambassador of the aide à domicile around Besançon and asks for a class visit ——
    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    const visitorErrors = watchErrors(visitor)
    await visitor.goto('/metiers/ambassadeurs')
    await visitor.getByRole('heading', { level: 1, name: 'Rencontrer un professionnel' }).waitFor()
    await visitor.getByLabel('Métier', { exact: true }).selectOption({ label: 'Aide à domicile / auxiliaire de vie sociale' })
    await visitor.getByLabel('Près de (commune ou code postal)').fill('Besançon')
    await visitor.getByRole('button', { name: 'Voir les ambassadeurs' }).click()
    await visitor.getByText(/ambassadeurs? autour de \u2068?Besançon/).waitFor()
    const card = visitor.getByRole('link', { name: 'Voir le profil de Nadia B.' })
    await card.waitFor()
    await checkPortalPage(visitor, 'annuaire')

    await card.click()
    await visitor.getByRole('heading', { level: 1, name: 'Nadia B.' }).waitFor()
    // A school must say which: the server names the field.
    await visitor.getByLabel('Votre nom').fill('Claire Roussel')
    await visitor.getByLabel('Votre e-mail').fill(teacherEmail)
    await visitor.getByLabel('Dates souhaitées').fill('Un mardi matin en mars')
    await visitor.getByRole('button', { name: 'Envoyer la demande' }).click()
    await visitor.getByText('Indiquez le nom de l’établissement ou du forum.').waitFor()
    await expect
      .poll(() => visitor.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('requesterOrganisation')
    await checkPortalPage(visitor, 'demande-erreur')
    await visitor.getByLabel('Établissement ou forum').fill('Lycée Jules-Haag')
    await visitor
      .getByLabel('Votre message (facultatif)')
      .fill('Pour une classe de première ASSP, une heure.')
    await visitor.getByRole('button', { name: 'Envoyer la demande' }).click()
    await visitor.getByText(/^Demande envoyée à \u2068?Nadia B\./).waitFor()
    await checkPortalPage(visitor, 'demande-envoyee')
    expect(visitorErrors).toEqual([])

    const toAmbassador = await mailTo(ambassadorEmail(), /Une demande de rencontre vous attend/)
    expect(toAmbassador.text).not.toMatch(/Roussel|Jules-Haag|lycee-jules-haag/)
    await mailTo(teacherEmail, /Votre demande de rencontre est envoyée/)

    // —— The ambassador reads the request in her space (the contact details are there) and accepts ——
    const ambassadorContext = await newContext(platform.browser, platform.server.url)
    const ambassador = await ambassadorContext.newPage()
    const ambassadorErrors = watchErrors(ambassador)
    await portalSignIn(ambassador, ambassadorEmail(), '/metiers/compte/ambassadeur')
    await ambassador.getByRole('heading', { level: 1, name: 'Mon espace d’ambassadeur' }).waitFor()
    const request = ambassador
      .getByRole('listitem')
      .filter({ has: ambassador.getByRole('heading', { level: 3, name: /Lycée Jules-Haag/ }) })
    await request.getByRole('link', { name: teacherEmail }).waitFor()
    await checkPortalPage(ambassador, 'espace-ambassadeur')
    await request
      .getByLabel('Votre réponse (envoyée au demandeur, facultatif)')
      .fill('Avec plaisir ! Je vous écris pour fixer le jour.')
    await request.getByRole('button', { name: 'Accepter' }).click()
    await request.getByText('Acceptée', { exact: true }).waitFor()
    await request.getByRole('button', { name: 'La rencontre a eu lieu' }).waitFor()
    expect(ambassadorErrors).toEqual([])

    const accepted = await mailTo(teacherEmail, /acceptée/)
    expect(accepted.text).toMatch(/Avec plaisir/)
    await mailTo(ambassadorEmail(), /Vous avez accepté une rencontre/)

    // —— Léa's discovery path: steps done from what she did, and what comes next ——
    const candidateContext = await newContext(platform.browser, platform.server.url)
    const candidate = await candidateContext.newPage()
    const candidateErrors = watchErrors(candidate)
    await portalSignIn(candidate, candidateEmail(), '/metiers/compte/parcours')
    await candidate.getByRole('heading', { level: 1, name: 'Mon parcours de découverte' }).waitFor()
    const job = candidate
      .getByRole('listitem')
      .filter({ has: candidate.getByRole('heading', { level: 2, name: /^Aide à domicile/ }) })
    const progress = job.getByText(/^Étapes faites : \d sur 6$/)
    const before = Number(/: (\d) sur/.exec((await progress.textContent()) ?? '')![1])
    expect(before).toBeGreaterThanOrEqual(2)
    await job.getByRole('heading', { level: 3, name: /^Prochaine étape : / }).waitFor()
    await checkPortalPage(candidate, 'parcours')

    // The next step was an event: she went to one elsewhere and ticks it; the path moves on.
    const next = (await job.getByRole('heading', { level: 3, name: /^Prochaine étape : / }).textContent())!
    const nextStep = next.replace('Prochaine étape : ', '')
    await job.getByRole('checkbox', { name: `Fait ailleurs : ${nextStep}` }).check()
    await job.getByText(`Étapes faites : ${before + 1} sur 6`).waitFor()
    await expect
      .poll(async () => job.getByRole('heading', { level: 3, name: /^Prochaine étape : / }).textContent())
      .not.toBe(next)
    const suggestion = job.getByRole('list').last().getByRole('link').first()
    await suggestion.waitFor()
    await checkPortalPage(candidate, 'parcours-avance')

    // The fiche shows the ambassadors of the job and the way into the path.
    await candidate.goto('/metiers/fiches/aide-a-domicile')
    await candidate
      .getByRole('heading', { level: 2, name: 'Rencontrer un professionnel de ce métier' })
      .waitFor()
    await candidate.getByRole('link', { name: 'Voir le profil de Nadia B.' }).waitFor()
    await candidate.getByRole('link', { name: 'Découvrir ce métier pas à pas' }).waitFor()
    expect(candidateErrors).toEqual([])

    await Promise.all([visitorContext.close(), ambassadorContext.close(), candidateContext.close()])
  })
})
