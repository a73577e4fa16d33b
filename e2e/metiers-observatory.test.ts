import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { mails, signIn, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()
const senderEmail = 'ines.haddad@exemple.test'

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
    await page.screenshot({ path: `/tmp/observatory-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await expectNoAxeViolations(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/observatory-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await portalLanguage(page, 'fr')
}

async function mailTo(to: string): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = (await mails(platform.server.url)).find((m) => m.to === to)
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`aucun e-mail pour ${to}`)
}

/** The answer to the question against robots, read as a person reads it (the demo CCAS is in the Doubs). */
const answerTo = (question: string) => (/numéro/.test(question) ? '25' : 'Doubs')

describe('« Écrire à la plateforme » and the recruitment observatory', () => {
  test('a visitor writes to the platform; the demo CCAS’s reception agent finds the message in the queue', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-observatoire-contact'))
    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    const errors = watchErrors(visitor)
    const served = await visitor.goto('/metiers/contact')
    expect(served?.status()).toBe(200)
    await visitor.getByRole('heading', { level: 1, name: 'Écrire à la plateforme' }).waitFor()
    await visitor.getByText('CCAS de Besançon (démonstration) vous répond par e-mail').waitFor()

    // Sent empty: each field says what is missing, the focus goes to the first one.
    await visitor.getByRole('button', { name: 'Envoyer mon message' }).click()
    await visitor.getByRole('alert').filter({ hasText: 'corrigez les champs signalés' }).waitFor()
    await expect.poll(() => visitor.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name')

    await visitor.getByLabel('Votre nom').fill('Inès Haddad')
    await visitor.getByLabel('Votre adresse e-mail').fill(senderEmail)
    await visitor.getByLabel('Sujet').selectOption({ label: 'Formation, apprentissage, immersion' })
    await visitor
      .getByLabel('Votre message')
      .fill('Bonjour, je voudrais devenir accompagnante éducative et sociale. Par où commencer ?')
    const question = (await visitor.locator('label[for]').filter({ hasText: 'robot' }).innerText()).trim()
    await visitor.getByLabel(/pas un robot/).fill(answerTo(question))
    await visitor.getByLabel(/J’accepte que/).check()
    await checkPortalPage(visitor, 'contact')

    await visitor.getByRole('button', { name: 'Envoyer mon message' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'Message envoyé' }).waitFor()
    const status = await visitor.getByRole('status').filter({ hasText: 'Sa référence' }).innerText()
    const reference = /(\d{4}-\d{6})/.exec(status)?.[1]
    expect(reference, status).toBeDefined()
    await visitor.screenshot({ path: '/tmp/observatory-contact-envoye.png', fullPage: true })
    const ack = await mailTo(senderEmail)
    expect(ack.subject).toContain(reference!)
    expect(errors).toEqual([])
    await visitorContext.close()

    // The reception agent of the CCAS sees it among the requests to assign, and opens it.
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const agent = platform.server.demo.accounts.agent_accueil
    await signIn(page, agent, platform.server.demo.password, () => platform.server.totpCodeFor(agent))
    const queue = await apiCall(page, 'GET', '/api/requests?queue=unassigned')
    const found = (queue.body.items ?? queue.body) as { id: string; reference: string }[]
    const request = found.find((r) => r.reference === reference)
    expect(request, `demande ${reference} dans la file`).toBeDefined()
    await page.goto(`/demandes/${request!.id}`)
    await page.getByText('Écrire à la plateforme — Formation, apprentissage, immersion').first().waitFor()
    await page.getByText('Par où commencer ?').first().waitFor()
    await page.screenshot({ path: '/tmp/observatory-contact-file-accueil.png', fullPage: true })
    await context.close()
  })

  test('the CCAS’s statistics reader sees the funnel of its département, charts, a table and cells under the statistical secret', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-observatoire'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const reader = platform.server.demo.accounts.lecture_statistiques
    await signIn(page, reader, platform.server.demo.password, () => platform.server.totpCodeFor(reader))
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Observatoire du recrutement', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Observatoire du recrutement' }).waitFor()
    await page.getByText('Vous voyez votre département : Doubs (25).').waitFor()
    const table = page.getByRole('table', { name: 'Le parcours par métier' })
    await table.waitFor()
    // Charts: images with their figures as text, beside the table that holds the same figures.
    await page.getByRole('img', { name: /Candidatures : de la fiche à l’embauche/ }).waitFor()
    // Small counts of people read as the secret, never as a number.
    await expect.poll(() => table.getByText('secret statistique (moins de 5)').count()).toBeGreaterThan(0)

    const api = await apiCall(page, 'GET', '/api/metiers/observatoire')
    expect(api.status).toBe(200)
    const secretCells = (api.body.rows as { counts: Record<string, { secret: boolean }> }[]).flatMap((r) =>
      Object.values(r.counts).filter((c) => c.secret),
    )
    expect(secretCells.length).toBeGreaterThan(0)

    await checkPage(page, 'metiers-observatoire')
    await page.screenshot({ path: '/tmp/observatory-page-fr-bureau.png', fullPage: true })
    await page.setViewportSize(phone)
    await page.screenshot({ path: '/tmp/observatory-page-fr-mobile.png', fullPage: true })
    await page.setViewportSize(desktop)

    // One line per département: the CCAS still sees only its own.
    await page.getByRole('radio', { name: 'département' }).check({ force: true })
    await page.getByRole('button', { name: 'Afficher' }).click()
    await page.getByRole('table', { name: 'Le parcours par département' }).waitFor()
    await page.getByRole('rowheader', { name: 'Doubs (25)' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
