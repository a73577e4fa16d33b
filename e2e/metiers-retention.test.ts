import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/checks'
import { mails, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The check runs on the narrowest phone. */
const phoneViewport = { width: 320, height: 720 }
/** A real PNG stands for every map tile: the journey never leaves the machine, and tiles kept offline are visible. */
const tile = readFileSync(fileURLToPath(new URL('../src/client/public/metiers-partage.png', import.meta.url)))

/** The portal loads lazily on a slow shared machine: wait up to 15 s for what a person would wait for. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 200 })

async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe and no horizontal scroll at 320 px, in French then in Arabic (right to left), with screenshots. */
async function checkBothLanguages(page: Page, name: string) {
  for (const lang of ['fr', 'ar'] as const) {
    await portalLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await screenshot(page, `retention-${name}-${lang}-mobile`)
    await page.screenshot({ path: `/tmp/retention-${name}-${lang}.png`, fullPage: false })
  }
  await portalLanguage(page, 'fr')
}

describe('reasons to stay', () => {
  test('the Point de chute map on a phone keeps working offline, its list usable with the keyboard', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const tileRequests: string[] = []
    await context.route('https://data.geopf.fr/**', (route) => {
      tileRequests.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'image/png', body: tile })
    })
    const page = await context.newPage()
    onTestFailed(() => screenshotOpenPages('retention-point-de-chute'))
    const errors = watchErrors(page)
    await page.setViewportSize(phoneViewport)

    await page.goto('/metiers/point-de-chute')
    await poll(() => page.title()).toContain('Point de chute')
    const places = page.locator('.pdc__places > li')
    await poll(() => places.count()).toBeGreaterThanOrEqual(25)
    // The worker has kept the page, its files, the data and the tiles seen.
    await page.getByText('Cette carte est gardée sur votre téléphone').waitFor()
    await poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0)
    expect(tileRequests.length).toBeGreaterThan(0)

    // The list is the keyboard's way: a place opens with Enter, and its door code stays hidden.
    const firstToggle = places.first().locator('.pdc__toggle')
    await firstToggle.focus()
    await page.keyboard.press('Enter')
    await poll(() => firstToggle.getAttribute('aria-expanded')).toBe('true')
    await poll(() => places.first().locator('.pdc__hours-row').count()).toBe(7)
    await page.locator('.pdc__map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/retention-point-de-chute-carte.png' })
    await places.first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/retention-point-de-chute-detail.png' })
    const tilleuls = places.filter({ hasText: 'EHPAD Les Tilleuls' })
    await tilleuls.getByRole('button', { name: 'Voir l’accès et les horaires' }).click()
    await tilleuls.getByRole('button', { name: 'Voir le code' }).click()
    await tilleuls.getByText('Connectez-vous avec votre compte professionnel').waitFor()
    expect(await page.content()).not.toContain('4721')

    // Near a commune typed without accents or hyphens: Bourg-en-Bresse's places come first.
    await page.getByLabel('Près d’une commune').fill('bourg en bresse')
    await page.getByLabel('Près d’une commune').press('Enter')
    await page.getByText('Triés par distance depuis bourg en bresse').waitFor()
    await expect
      .poll(() => places.first().locator('.pf-card__meta').textContent())
      .toContain('Bourg-en-Bresse')
    await checkBothLanguages(page, 'point-de-chute')

    // Offline: the page, its list, its map and the tiles already seen still show, with the data's date.
    await context.setOffline(true)
    await page.reload()
    await page.getByText(/Hors ligne — données du/).waitFor()
    await poll(() => places.count()).toBeGreaterThanOrEqual(25)
    await poll(() => page.locator('.leaflet-container').count()).toBe(1)
    await poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0)
    await page.screenshot({ path: '/tmp/retention-point-de-chute-hors-ligne-haut.png' })
    await page.locator('.pdc__map').scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/retention-point-de-chute-hors-ligne-carte.png' })
    // Filters still work offline: « open now » and a facility.
    const before = await places.count()
    await page.locator('summary', { hasText: 'Équipements' }).click()
    await page.getByLabel('Micro-ondes').check()
    await poll(() => places.count()).toBeLessThan(before)
    for (const item of await places.all()) await poll(() => item.textContent()).toContain('Micro-ondes')
    await page.getByLabel('Micro-ondes').uncheck()
    await checkBothLanguages(page, 'point-de-chute-hors-ligne')
    await context.setOffline(false)
    expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([])
    await context.close()
  })

  test('a professional books a callback of the listening line, then cancels it from the link', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    await context.route('https://data.geopf.fr/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: tile }),
    )
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(async () => {
      console.log(errors)
      await screenshotOpenPages('retention-ecoute')
    })
    await page.setViewportSize(phoneViewport)

    await page.goto('/metiers/ligne-ecoute')
    const times = page.locator('input[name="heure"]')
    await poll(() => times.count()).toBeGreaterThan(3)
    await checkBothLanguages(page, 'ligne-ecoute')

    // Sending without a time nor consent says what is missing, in French, field by field.
    await page.getByRole('button', { name: 'Réserver ce rappel' }).click()
    await page.locator('#ecoute-heure-erreur').waitFor()
    await times.first().check()
    await page.getByRole('textbox', { name: /^Prénom/ }).fill('Nadia')
    await page.getByLabel('Numéro de téléphone').fill('06 12 34 56 78')
    await page.getByLabel('Adresse e-mail (facultatif)').fill('nadia.ecoute@example.org')
    await page.getByRole('button', { name: 'Réserver ce rappel' }).click()
    await page.getByText('Votre accord est nécessaire').first().waitFor()
    await page.getByLabel(/J’accepte que mon prénom/).check()
    await page.getByRole('button', { name: 'Réserver ce rappel' }).click()
    await page.getByRole('heading', { name: 'Rappel réservé' }).waitFor()
    const confirmation = (await page.locator('.pf-panel--success').textContent()) ?? ''
    const reference = /R-[A-Z2-9]{6}/.exec(confirmation)?.[0]
    expect(reference).toBeDefined()
    await expectNoAxeViolations(page, 'rappel réservé')
    await page.screenshot({ path: '/tmp/retention-rappel-reserve.png' })

    const mail = (await mails(platform.server.url)).find((m) => m.subject.includes(reference!))
    expect(mail?.to).toBe('nadia.ecoute@example.org')
    expect(mail?.subject).not.toContain('Nadia')

    await page.getByRole('link', { name: 'Annuler ce rappel' }).click()
    await page.getByRole('button', { name: 'Oui, annuler le rappel' }).click()
    await page.getByText('Votre rappel est annulé').waitFor()
    await expectNoAxeViolations(page, 'rappel annulé')
    await page.screenshot({ path: '/tmp/retention-rappel-annule.png' })
    expect(errors).toEqual([])
    await context.close()
  })

  test('housing and childcare pages list their addresses with a map', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    await context.route('https://data.geopf.fr/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: tile }),
    )
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.setViewportSize(phoneViewport)
    await page.goto('/metiers/faire-garder')
    const cards = page.locator('.pdc__places > li')
    await poll(() => cards.count()).toBeGreaterThanOrEqual(6)
    await page.getByLabel('Horaires', { exact: true }).selectOption('nuit')
    await poll(() => cards.count()).toBeGreaterThanOrEqual(1)
    await poll(() => cards.first().textContent()).toContain('La nuit')
    await checkBothLanguages(page, 'faire-garder')
    await page.goto('/metiers/se-loger')
    await poll(() => cards.count()).toBeGreaterThanOrEqual(6)
    await page.getByLabel('Pour qui').selectOption('apprentis')
    await poll(() => cards.count()).toBeLessThan(6)
    await checkBothLanguages(page, 'se-loger')
    expect(errors).toEqual([])
    await context.close()
  })

  test('the back office lists the organisation’s places and the listening line’s week', async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('retention-gestion'))
    const editor = platform.server.demo.accounts.editeur
    await signIn(page, editor, platform.server.demo.password, () => platform.server.totpCodeFor(editor))
    await page.goto('/edition/point-de-chute')
    await page.getByRole('heading', { level: 1, name: 'Réseau Point de chute' }).waitFor()
    await page.getByRole('cell', { name: 'EHPAD Les Tilleuls' }).waitFor()
    await checkPage(page, 'retention-point-de-chute-gestion')
    await page.goto('/edition/vivre-ici')
    await page.getByRole('cell', { name: /Les Petits Loups/ }).waitFor()
    await checkPage(page, 'retention-vivre-ici-gestion')
    await context.close()

    const desk = await newContext(platform.browser, platform.server.url)
    const deskPage = await desk.newPage()
    const direction = platform.server.demo.accounts.direction
    await signIn(deskPage, direction, platform.server.demo.password, () =>
      platform.server.totpCodeFor(direction),
    )
    await deskPage.goto('/ecoute/rappels')
    await deskPage.getByRole('heading', { level: 2, name: 'Créneaux de la semaine' }).waitFor()
    await checkPage(deskPage, 'retention-ecoute-gestion')
    expect(errors).toEqual([])
    await desk.close()
  })
})
