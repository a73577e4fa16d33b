import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/checks'
import { mails, signIn, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The journeys run on a phone. */
const phoneViewport = { width: 390, height: 844 }

const domain = () => platform.server.demo.accounts.direction.split('@')[1]!
/** The recruiter of the demonstration's EHPAD Les Tilleuls, in Besançon (no personal data: no second factor). */
const recruiterEmail = () => `recrutement@ehpad-les-tilleuls.${domain()}`
const candidateEmail = 'awa.diallo@example.org'
const alertEmail = 'awa.alertes@example.org'

const aesFiche = 'accompagnant-educatif-et-social'
/** The offer the visitor applies to: AES in an EHPAD of Besançon, day work. */
const appliedOfferTitle = 'Accompagnant éducatif et social (H/F) — pôle d’activités'

const files = join(tmpdir(), 'lien-e2e-metiers')
mkdirSync(files, { recursive: true })
/** A small but real PDF (its first bytes say so), and a text file that is not a CV format. */
const pdfCv = join(files, 'cv-awa-diallo.pdf')
writeFileSync(
  pdfCv,
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)
const textCv = join(files, 'cv-awa-diallo.txt')
writeFileSync(textCv, 'Awa Diallo, accompagnante éducative et sociale.\n')

/** A fresh phone-sized browser with map tiles answered locally (journeys never leave the machine). */
async function openPhone() {
  const context = await newContext(platform.browser, platform.server.url)
  const page = await context.newPage()
  await page.setViewportSize(phoneViewport)
  await page.route('https://data.geopf.fr/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) }),
  )
  const errors = watchErrors(page)
  return { context, page, errors }
}

/** The portal's own language switch (the portal is a separate page from the back office). */
async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe and a screenshot in French; with `arabic`, the same in Arabic (right to left), then back to French. */
async function checkPortalPage(page: Page, name: string, options: { arabic?: boolean } = {}) {
  await expectNoAxeViolations(page, `${name} (fr)`)
  await expectNoHorizontalScroll(page, `${name} (fr, 390 px)`)
  await screenshot(page, `parcours-metiers-${name}-fr-mobile`)
  if (!options.arabic) return
  await portalLanguage(page, 'ar')
  await expectNoAxeViolations(page, `${name} (ar)`)
  await expectNoHorizontalScroll(page, `${name} (ar, 390 px)`)
  await screenshot(page, `parcours-metiers-${name}-ar-mobile`)
  await portalLanguage(page, 'fr')
}

/** The newest mail to this address whose subject matches, waiting a little for it to be written. */
async function mailTo(to: string, subject: RegExp, after = 0): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = (await mails(platform.server.url)).find(
      (m) =>
        m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject) && Date.parse(m.date) >= after,
    )
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`aucun e-mail « ${subject.source} » pour ${to}`)
}

/** The path of the first link in the mail that starts with `prefix` (links carry the public address). */
function linkIn(mail: DevMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`https?://[^\\s"'<>]+?${escaped}[^\\s"'<>]*`).exec(mail.text)
  expect(match, `lien ${prefix} dans « ${mail.subject} »`).not.toBeNull()
  const url = new URL(match![0])
  return url.pathname + url.search
}

describe('métiers du lien: the issue’s journey', () => {
  test('a visitor reads the AES fiche, searches near Besançon without night work, saves the search, applies with a PDF; the employer answers; the alert brings a new offer', async () => {
    const visitor = await openPhone()
    const page = visitor.page
    onTestFailed(async () => {
      await screenshotOpenPages('metiers-parcours')
      console.log('erreurs de la page :', visitor.errors, page.url(), (await page.content()).slice(0, 4000))
    })
    const startedAt = Date.now() - 1000

    // —— The fiche « Accompagnant éducatif et social » ——
    await page.goto(`/metiers/fiches/${aesFiche}`)
    await page.getByRole('heading', { level: 1, name: /Accompagnant éducatif et social/ }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Le métier' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Diplômes et formations' }).waitFor()
    await checkPortalPage(page, 'fiche-aes', { arabic: true })

    // —— Offers of this job within 20 km of Besançon, night work excluded ——
    await page.getByRole('link', { name: 'Voir toutes les offres de ce métier' }).click()
    await page.waitForURL(/\/metiers\/offres\?/)
    await page.getByLabel('Commune ou code postal').fill('Besançon')
    await page.getByLabel('Distance').selectOption('20')
    await page.locator('label').filter({ hasText: 'Sans travail de nuit' }).click()
    await page.getByRole('button', { name: 'Chercher', exact: true }).click()
    await page.waitForURL(/exclure=nuit/)
    const url = new URL(page.url())
    expect(url.searchParams.get('lieu')).toBe('Besançon')
    expect(url.searchParams.get('rayon')).toBe('20')
    expect(url.searchParams.get('fiche')).toBe(aesFiche)
    // The list shows the previous results while the new ones load: wait for the filtered ones.
    const titles = page.locator('.pf-card .pf-card__title')
    let shown: string[] = []
    for (let attempt = 0; attempt < 60; attempt++) {
      shown = await titles.allTextContents()
      if (shown.some((t) => t.includes(appliedOfferTitle)) && !shown.some((t) => /de nuit/i.test(t))) break
      await page.waitForTimeout(250)
    }
    expect(
      shown.some((title) => title.includes(appliedOfferTitle)),
      shown.join(' | '),
    ).toBe(true)
    // No night work among the results.
    expect(shown.filter((title) => /de nuit/i.test(title))).toEqual([])
    await checkPortalPage(page, 'recherche', { arabic: true })

    // —— Save the search, confirmed from the e-mail ——
    await page.getByRole('button', { name: 'Recevoir ces offres par e-mail' }).click()
    await page.getByLabel('Votre adresse e-mail').fill(alertEmail)
    const alertName = page.getByLabel('Nom de l’alerte')
    if (!(await alertName.inputValue())) await alertName.fill('AES près de Besançon')
    await page.getByRole('button', { name: 'Créer l’alerte' }).click()
    await page.getByText(/C’est presque fini/).waitFor()
    const confirmation = await mailTo(alertEmail, /.*/, startedAt)
    expect(confirmation.subject).not.toContain(alertEmail)
    await page.goto(linkIn(confirmation, '/metiers/alertes/confirmer/'))
    await page.getByText(/est confirmée/).waitFor()
    await checkPortalPage(page, 'alerte-confirmee')

    // —— Apply without an account: a .txt is refused clearly, a PDF goes ——
    await page.goBack()
    await page.goto(url.pathname + url.search)
    await page.locator('.pf-card').filter({ hasText: appliedOfferTitle }).getByRole('link').first().click()
    await page.getByRole('heading', { level: 1, name: appliedOfferTitle }).waitFor()
    await checkPortalPage(page, 'offre', { arabic: true })
    await page.getByLabel('Prénom').fill('Awa')
    await page.locator('input[name=lastName]').fill('Diallo')
    await page.locator('input[name=email]').fill(candidateEmail)
    await page
      .getByLabel('Message à l’employeur')
      .fill('Diplômée du DEAES en 2024, disponible dès le mois prochain.')
    await page.locator('input[type=file][name=cv]').setInputFiles(textCv)
    await page.getByText('Ce fichier n’est ni un PDF, ni un DOCX, ni un ODT.').waitFor()
    await expect(page.locator('input[name=cv]').getAttribute('aria-invalid')).resolves.toBe('true')
    await screenshot(page, 'parcours-metiers-cv-refuse-fr-mobile')
    // Over 10 MB: refused before it is even sent.
    await page.locator('input[type=file][name=cv]').setInputFiles({
      name: 'cv-trop-lourd.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 32)]),
    })
    await page.getByText(/Ce fichier pèse 11 Mo : 10 Mo au plus/).waitFor()
    await page.locator('input[type=file][name=cv]').setInputFiles(pdfCv)
    await page.getByRole('checkbox', { name: /J’accepte que/ }).check()
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click()
    await page.getByText('Votre candidature est envoyée').waitFor()
    await checkPortalPage(page, 'candidature-envoyee')
    const followLink = page.getByRole('link', { name: 'Suivre ma candidature' })
    const followPath = new URL((await followLink.getAttribute('href'))!, platform.server.url).pathname
    const received = await mailTo(candidateEmail, /.*/, startedAt)
    expect(received.subject).not.toMatch(/Awa|Diallo/)

    // —— The employer moves the application to « entretien » ——
    const employer = await newContext(platform.browser, platform.server.url)
    const recruiter = await employer.newPage()
    await recruiter.setViewportSize(phoneViewport)
    const recruiterErrors = watchErrors(recruiter)
    await signIn(recruiter, recruiterEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(recruiterEmail()),
    )
    await recruiter.goto('/recrutement/candidatures')
    await recruiter.getByRole('heading', { level: 1, name: 'Candidatures' }).waitFor()
    await recruiter.getByRole('link', { name: appliedOfferTitle }).click()
    await recruiter.getByRole('link', { name: /Awa Diallo/ }).click()
    await recruiter.getByRole('heading', { level: 2, name: 'Répondre et changer le statut' }).waitFor()
    await recruiter
      .locator('.field')
      .filter({ has: recruiter.locator('.field__label', { hasText: /^Nouvelle étape/ }) })
      .getByRole('button')
      .first()
      .click()
    await recruiter.getByRole('option', { name: 'Entretien', exact: true }).click()
    await recruiter.getByRole('listbox').waitFor({ state: 'detached' })
    await expect(recruiter.getByLabel('Message envoyé à la personne').inputValue()).resolves.not.toBe('')
    const movedAt = Date.now() - 1000
    await recruiter.getByRole('button', { name: 'Enregistrer et envoyer le message' }).click()
    await recruiter.getByText(/Étape enregistrée : Entretien/).waitFor()
    await expectNoAxeViolations(recruiter, 'candidature (recruteur)')
    await screenshot(recruiter, 'parcours-metiers-recruteur-entretien-fr-mobile')

    // —— The candidate gets the e-mail; the follow-up page shows it ——
    const news = await mailTo(candidateEmail, /.*/, movedAt)
    expect(news.subject).not.toMatch(/Awa|Diallo/)
    expect(linkIn(news, '/metiers/candidatures/suivi/')).toBe(followPath)
    await page.goto(followPath)
    await page.getByRole('heading', { level: 1, name: 'Suivi de ma candidature' }).waitFor()
    await page.getByText('Entretien').first().waitFor()
    await checkPortalPage(page, 'suivi', { arabic: true })

    // —— A new matching offer is published; the alert run sends it ——
    const fiches = await apiCall(recruiter, 'GET', '/api/metiers/recrutement/fiches')
    expect(fiches.status).toBe(200)
    const aes = (fiches.body as { id: string; slug?: string; title: string }[]).find((f) =>
      f.title.startsWith('Accompagnant éducatif et social'),
    )
    expect(aes).toBeDefined()
    const newTitle = 'Accompagnant éducatif et social (H/F) — accueil de jour'
    const draft = await apiCall(recruiter, 'POST', '/api/metiers/recrutement/offres', {
      title: newTitle,
      jobId: aes!.id,
      descriptionHtml:
        '<p>Accompagner les résidents de l’accueil de jour, en journée, du lundi au vendredi.</p>',
      contract: 'cdi',
      workTime: 'temps_plein',
      weeklyHours: 35,
      patterns: [],
      salaryMin: 1900,
      salaryMax: 2150,
      salaryPeriod: 'mois',
      address: '12 avenue de la Paix',
      postcode: '25000',
      commune: 'Besançon',
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const published = await apiCall(
      recruiter,
      'POST',
      `/api/metiers/recrutement/offres/${draft.body.id}/publier`,
      {},
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const alertRunAt = Date.now() - 1000
    const run = await platform.server.runJobAlerts()
    expect(run.sent).toBeGreaterThanOrEqual(1)
    const alert = await mailTo(alertEmail, /.*/, alertRunAt)
    expect(alert.text).toContain(newTitle)
    expect(alert.text).toContain('/metiers/alertes/desabonner/')

    // —— Visibility: the offer page is HTML with its title and a JobPosting, without JavaScript ——
    const found = await apiCall(page, 'GET', `/api/metiers/offres?fiche=${aesFiche}&lieu=Besançon&rayon=20`)
    const appliedSlug = (found.body.results as { slug: string; title: string }[]).find(
      (o) => o.title === appliedOfferTitle,
    )?.slug
    expect(appliedSlug).toBeDefined()
    const html = await (await fetch(`${platform.server.url}/metiers/offres/${appliedSlug}`)).text()
    expect(html).toMatch(new RegExp(`<title>[^<]*${appliedOfferTitle.slice(0, 30)}`))
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}/)
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
    expect(jsonLd, 'JSON-LD dans la page de l’offre').not.toBeNull()
    const posting = JSON.parse(jsonLd![1]!) as Record<string, any>
    expect(posting['@type']).toBe('JobPosting')
    for (const field of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'])
      expect(posting[field], field).toBeDefined()
    expect(posting.title).toBe(appliedOfferTitle)
    // The sitemap lists the open offer.
    const sitemap = await (await fetch(`${platform.server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/metiers/offres/${appliedSlug}</loc>`)

    expect(visitor.errors).toEqual([])
    expect(recruiterErrors).toEqual([])
    await employer.close()
    await visitor.context.close()
  })

  test('a territory’s campaign page: its message and colours, featured jobs, offers around it', async () => {
    const { context, page, errors } = await openPhone()
    onTestFailed(() => screenshotOpenPages('metiers-territoire'))
    await page.goto('/metiers/territoires/besancon')
    await page.getByRole('heading', { level: 1, name: 'Aide à domicile à Besançon' }).waitFor()
    await page.getByText('Aide à domicile : un métier qui a du sens').first().waitFor()
    await page.getByRole('heading', { level: 2, name: 'Des métiers qui recrutent ici' }).waitFor()
    await page
      .getByRole('link', { name: /Aide à domicile \/ auxiliaire de vie sociale/ })
      .first()
      .waitFor()
    // The hero is in the territory's colour, white text on it.
    const hero = await page
      .locator('.pf-campaign__hero')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])
    expect(hero).toEqual(['rgb(138, 21, 56)', 'rgb(255, 255, 255)'])
    await page.locator('section[aria-labelledby="territoire-offres"] .pf-card').first().waitFor()
    await checkPortalPage(page, 'territoire-besancon', { arabic: true })
    // The server wrote the page's content: it is readable without JavaScript.
    const html = await (await fetch(`${platform.server.url}/metiers/territoires/besancon`)).text()
    expect(html).toContain('Aide à domicile : un métier qui a du sens')

    // The Département de l’Ain: its own colours and the eight priority jobs of its plan.
    await page.getByRole('link', { name: 'Métiers', exact: true }).first().click()
    await page.getByRole('link', { name: 'Les métiers de l’accompagnement dans l’Ain' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Les métiers de l’accompagnement dans l’Ain' })
      .waitFor()
    await expect(page.locator('.pf-campaign__job').count()).resolves.toBe(8)
    const ainHero = await page
      .locator('.pf-campaign__hero')
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(ainHero).toBe('rgb(0, 95, 115)')
    await checkPortalPage(page, 'territoire-ain')
    expect(errors).toEqual([])
    await context.close()
  })

  test('the territory’s editor rewrites its message, sees it in the preview and on the public page', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    await page.setViewportSize(phoneViewport)
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('metiers-campagne-edition'))
    const editor = `contenus@${domain()}`
    await signIn(page, editor, platform.server.demo.password, () => platform.server.totpCodeFor(editor))
    await page.getByRole('link', { name: 'Page de campagne' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Page de campagne' }).waitFor()
    await expect(page.getByLabel('Adresse de la page').getAttribute('readonly')).resolves.not.toBeNull()
    await page.getByText('La page est publiée').waitFor()

    // A message too long is refused and named; a good one shows in the preview, then on the portal.
    await page.getByLabel('Message', { exact: true }).fill('x'.repeat(201))
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page
      .locator('.alert--error')
      .getByText(/Message/)
      .first()
      .waitFor()
    const message = 'Aide à domicile : un métier qui compte, près de chez vous'
    await page.getByLabel('Message', { exact: true }).fill(message)
    await page.locator('.campaign-preview__message').getByText(message).waitFor()
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await screenshot(page, 'parcours-metiers-campagne-edition-fr-mobile')
    // axe in French and Arabic, desktop and a 320 px phone without horizontal scroll.
    await checkPage(page, 'metiers-campagne-edition')

    const html = await (await fetch(`${platform.server.url}/metiers/territoires/besancon`)).text()
    expect(html).toContain(message)
    expect(errors).toEqual([])
    await context.close()
  })
})
