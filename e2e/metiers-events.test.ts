import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, phone, desktop, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { mails, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The portal's own language switch. */
async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe in French and Arabic, at desktop size and 320 px, with screenshots. */
async function checkPortal(page: Page, name: string) {
  for (const lang of ['fr', 'ar'] as const) {
    await portalLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await page.screenshot({ path: `/tmp/events-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/events-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await portalLanguage(page, 'fr')
}

const managePath = (text: string) =>
  /\/metiers\/evenements\/[a-z0-9-]+\/inscription\/[A-Za-z0-9_-]+/.exec(text)![0]

/** Registers on an event's page as a visitor would. */
async function register(page: Page, slug: string, firstName: string, email: string) {
  await page.goto(`/metiers/evenements/${slug}`)
  await page.getByRole('textbox', { name: /^Prénom/ }).fill(firstName)
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Essai')
  await page.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email)
  await page.getByRole('checkbox', { name: /garde mes coordonnées/ }).check()
  await page.getByRole('button', { name: 'M’inscrire' }).click()
  await page.getByRole('heading', { name: 'C’est noté !' }).waitFor()
}

describe('events', () => {
  test('a webinar registration sends an invitation a calendar reads; a cancellation promotes the waiting list; attendance is marked', async () => {
    const editorEmail = platform.server.demo.accounts.editeur
    const context = await newContext(platform.browser, platform.server.url)
    const organiser = await context.newPage()
    const errors = watchErrors(organiser)
    onTestFailed(() => screenshotOpenPages('metiers-evenements'))
    await signIn(organiser, editorEmail, platform.server.demo.password, () =>
      platform.server.totpCodeFor(editorEmail),
    )

    // The organiser creates a webinar with one seat and publishes it (through the back office's API).
    const day = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10)
    const created = await apiCall(organiser, 'POST', '/api/metiers/edition/evenements', {
      kind: 'webinaire_qvct',
      title: 'Club QVCT : le travail de nuit',
      description: '<p>Une heure pour parler du travail de nuit.</p>',
      online: true,
      onlineUrl: 'https://visio.exemple.fr/nuit',
      address: '',
      postcode: '',
      commune: '',
      capacity: 1,
      jobIds: [],
      audience: 'Professionnels',
      accessibility: 'Sous-titres',
      startsAt: `${day}T12:30`,
      endsAt: `${day}T13:30`,
      registrationDeadline: null,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, slug } = created.body as { id: string; slug: string }
    await organiser.goto(`/edition/evenements/${id}`)
    await organiser.getByRole('button', { name: 'Publier sur le portail' }).click()
    await organiser.getByRole('heading', { name: 'Publié : visible sur le portail.' }).waitFor()

    // The public list and the event's page.
    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    const visitorErrors = watchErrors(visitor)
    await visitor.goto('/metiers/evenements')
    await visitor.getByRole('heading', { level: 1, name: 'Événements' }).waitFor()
    await visitor.getByRole('link', { name: 'Job dating de l’aide à domicile' }).waitFor()
    await checkPortal(visitor, 'liste')

    // First person: a seat, and the invitation.
    await register(visitor, slug, 'Alice', 'alice.webinaire@exemple.test')
    await checkPortal(visitor, 'inscrite')
    const aliceMail = (await mails(platform.server.url)).find((m) => m.to === 'alice.webinaire@exemple.test')!
    expect(aliceMail.subject).toBe('Inscription confirmée : « Club QVCT : le travail de nuit »')
    await visitor.goto(managePath(aliceMail.text))
    await visitor.getByText('Votre place est réservée.').waitFor()
    await visitor.getByRole('link', { name: 'Rejoindre l’événement en ligne' }).waitFor()
    const icsHref = await visitor.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href')
    const ics = await visitor.evaluate(async (href) => (await fetch(href!)).text(), icsHref)
    const calendar = new ICAL.Component(ICAL.parse(ics))
    ICAL.TimezoneService.register(
      new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!),
      'Europe/Paris',
    )
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    const paris = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    })
    expect(paris.format(vevent.startDate.toJSDate())).toBe('12:30')
    expect(paris.format(vevent.endDate.toJSDate())).toBe('13:30')
    expect(vevent.summary).toBe('Club QVCT : le travail de nuit')
    ICAL.TimezoneService.remove('Europe/Paris')
    await checkPortal(visitor, 'mon-inscription')

    // Second person: the waiting list.
    await register(visitor, slug, 'Bruno', 'bruno.webinaire@exemple.test')
    await visitor.getByText(/vous êtes n° 1 sur la liste d’attente/).waitFor()

    // Alice cancels from her page: Bruno gets the seat and an e-mail.
    await visitor.goto(managePath(aliceMail.text))
    await visitor.getByRole('button', { name: 'Annuler mon inscription' }).click()
    await visitor.getByRole('button', { name: 'Oui, annuler' }).click()
    await visitor.getByText('Votre inscription est annulée.').waitFor()
    const brunoMail = (await mails(platform.server.url)).find((m) => m.to === 'bruno.webinaire@exemple.test')!
    expect(brunoMail.subject).toBe('Une place s’est libérée : « Club QVCT : le travail de nuit »')

    // The organiser sees Bruno seated and marks him present with the keyboard.
    await organiser.goto(`/edition/evenements/${id}`)
    const present = organiser.getByRole('button', { name: 'Bruno Essai présent' })
    await present.focus()
    await organiser.keyboard.press('Enter')
    await expect.poll(() => present.getAttribute('aria-pressed')).toBe('true')
    await organiser.getByText(/1 inscrits, 0 en attente, 1 annulations, 1 présents/).waitFor()
    await checkPage(organiser, 'metiers-evenements-organisateur')
    await organiser.screenshot({ path: '/tmp/events-organisateur.png', fullPage: true })
    await organiser.goto('/edition/evenements')
    await organiser.getByRole('heading', { level: 1, name: 'Événements' }).waitFor()
    await organiser.screenshot({ path: '/tmp/events-organisateur-liste.png', fullPage: true })

    expect(errors).toEqual([])
    expect(visitorErrors).toEqual([])
    await visitorContext.close()
    await context.close()
  })
})
