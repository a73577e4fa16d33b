import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { mails, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The recruiter of the demonstration's IME. */
const recruiterEmail = () =>
  `recrutement@ime-les-cedres.${platform.server.demo.accounts.direction.split('@')[1]}`
const candidateEmail = 'nadia.haddad@exemple.test'

/** A visitor's CV upload and application, as the portal's form sends them. */
async function applyAsVisitor(page: Page, slug: string): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ slug, email }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string }
      const pdf = new Blob(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'])
      const up = await fetch('/api/metiers/cv?fileName=CV%20Nadia.pdf', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': session.csrfToken },
        body: pdf,
      })
      const { cvToken } = (await up.json()) as { cvToken: string }
      const res = await fetch(`/api/metiers/offres/${slug}/candidatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          firstName: 'Nadia',
          lastName: 'Haddad',
          email,
          message: 'Monitrice éducatrice, disponible de nuit.',
          cvToken,
          consent: true,
        }),
      })
      return { status: res.status, body: await res.json() }
    },
    { slug, email: candidateEmail },
  )
}

describe('recruiters’ applications', () => {
  test('an IME recruiter sees a new application, opens it, downloads nothing yet, and invites the person to an interview', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('metiers-candidatures'))
    await signIn(page, recruiterEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(recruiterEmail()),
    )
    const board = await apiCall(page, 'GET', '/api/metiers/recrutement/tableau')
    const offer = (board.body.offers as { id: string; slug: string; title: string; state: string }[]).find(
      (o) => o.state === 'publiee',
    )!
    expect(offer, 'une offre publiée de l’IME').toBeDefined()

    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    await visitor.goto('/api/health')
    const applied = await applyAsVisitor(visitor, offer.slug)
    expect(applied.status, JSON.stringify(applied.body)).toBe(201)
    await visitorContext.close()

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Candidatures', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Candidatures' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Votre taux de réponse' }).waitFor()
    await checkPage(page, 'metiers-candidatures-tableau')

    await page.getByRole('link', { name: offer.title, exact: true }).click()
    // The title is isolated (Unicode FSI…PDI) for right-to-left pages.
    await page
      .getByRole('heading', { level: 1, name: /^Candidatures : / })
      .filter({ hasText: offer.title })
      .waitFor()
    const received = page.getByRole('region', { name: 'Reçue (1)' })
    await received.getByRole('link', { name: /Nadia Haddad/ }).waitFor()
    await checkPage(page, 'metiers-candidatures-offre')

    // Keyboard: the application is reached with Tab and opened with Enter.
    await received.getByRole('link', { name: /Nadia Haddad/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Nadia Haddad' }).waitFor()
    await page.getByText('Monitrice éducatrice, disponible de nuit.').waitFor()
    await page.getByRole('link', { name: /Télécharger le CV : \u2068?CV Nadia\.pdf/ }).waitFor()
    await checkPage(page, 'metiers-candidature')

    await page.locator('.field').filter({ hasText: 'Nouvelle étape' }).getByRole('button').first().click()
    await page.getByRole('option', { name: 'Entretien', exact: true }).click()
    const message = page.getByLabel('Message envoyé à la personne')
    await expect(message.inputValue()).resolves.toMatch(/Nous aimerions vous rencontrer/)
    await message.fill('Bonjour Nadia,\n\nVenez nous rencontrer jeudi à 14 h à l’IME.\n\nL’équipe')
    await page.getByRole('button', { name: 'Enregistrer et envoyer le message' }).click()
    await page.getByRole('status').filter({ hasText: 'Étape enregistrée : Entretien' }).waitFor()
    await page.getByText('Statut : Entretien').waitFor()

    const sent = (await mails(platform.server.url)).find((m) => m.to === candidateEmail)
    expect(sent?.text).toContain('Venez nous rencontrer jeudi à 14 h')
    expect(sent?.text).toMatch(/\/metiers\/candidatures\/suivi\/[A-Za-z0-9_-]+/)

    await page.setViewportSize(phone)
    await page.getByRole('link', { name: 'Candidatures de l’offre' }).click()
    await page
      .getByRole('region', { name: 'Entretien (1)' })
      .getByRole('link', { name: /Nadia Haddad/ })
      .waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
