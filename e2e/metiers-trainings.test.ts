import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

async function open(viewport: { width: number; height: number }) {
  const context = await newContext(platform.browser, platform.server.url)
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  // Map tiles are answered locally: journeys never leave the machine.
  await page.route('https://data.geopf.fr/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) }),
  )
  return { context, page, errors: watchErrors(page) }
}

async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe and a screenshot in French and in Arabic (right to left), without horizontal scroll; ends in French. */
async function look(page: Page, name: string, size: string) {
  await expectNoAxeViolations(page, `${name} (fr, ${size})`)
  await expectNoHorizontalScroll(page, `${name} (fr, ${size})`)
  await page.screenshot({ path: `/tmp/trainings-${name}-fr-${size}.png`, fullPage: true })
  await portalLanguage(page, 'ar')
  await expectNoAxeViolations(page, `${name} (ar, ${size})`)
  await expectNoHorizontalScroll(page, `${name} (ar, ${size})`)
  await page.screenshot({ path: `/tmp/trainings-${name}-ar-${size}.png`, fullPage: true })
  await portalLanguage(page, 'fr')
}

describe('trainings: catalogue, training page, the fiche’s section and the mallette', () => {
  for (const [size, viewport] of [
    ['320', phone],
    ['desktop', desktop],
  ] as const) {
    test(`a visitor finds a training for a job on the list and the map (${size})`, async () => {
      onTestFailed(() => screenshotOpenPages(`trainings-${size}`))
      const { context, page, errors } = await open(viewport)
      try {
        // The fiche's « Se former près de chez vous » section, and its link to the filtered catalogue.
        await page.goto('/metiers/fiches/accompagnant-educatif-et-social')
        const section = page.locator('section#formations-proches')
        await section.getByRole('heading', { name: 'Se former près de chez vous' }).waitFor()
        expect(await section.locator('li').count()).toBeGreaterThan(0)
        await section.locator('li').first().scrollIntoViewIfNeeded()
        await page.screenshot({ path: `/tmp/trainings-fiche-section-${size}.png`, fullPage: false })
        await section.getByRole('link', { name: /Toutes les formations pour devenir/ }).click()

        await page.waitForURL(/\/metiers\/formations\?metier=accompagnant-educatif-et-social/)
        await page.getByRole('heading', { level: 1, name: /Se former pour devenir Accompagnant/ }).waitFor()
        const items = page.locator('ol.pf-list > li')
        await items.first().waitFor()
        const count = await items.count()
        expect(count).toBeGreaterThanOrEqual(3)
        // The map shows one numbered marker per training of the list.
        await page.locator('.leaflet-container').waitFor()
        await expect.poll(() => page.locator('.pf-marker').count()).toBeGreaterThan(0)
        await look(page, 'catalogue', size)

        // Filter by place: near Bourg-en-Bresse, only the Ain's sessions remain.
        await page.getByLabel('Près de (commune ou code postal)').fill('01000 Bourg-en-Bresse')
        await page.getByLabel('Distance').selectOption('30')
        await page.getByRole('button', { name: 'Chercher', exact: true }).click()
        await page.waitForURL(/lieu=01000/)
        await page.getByText(/à 30 km de Bourg-en-Bresse/).waitFor()
        const near = await page.locator('ol.pf-list > li .pf-card__where').allInnerTexts()
        expect(near.length).toBeGreaterThan(0)
        for (const where of near) expect(where).not.toContain('Besançon')

        // The list is the accessible equivalent: keyboard to the first training's page.
        await page.getByRole('button', { name: 'Liste' }).click()
        const first = page.locator('ol.pf-list > li').first().getByRole('link')
        await first.focus()
        await page.keyboard.press('Enter')
        await page.waitForURL(/\/metiers\/formations\/[a-z0-9-]+$/)
        await page.getByRole('heading', { name: 'Prochaines sessions' }).waitFor()
        await page.getByRole('heading', { name: 'Le centre de formation' }).waitFor()
        await expect.poll(() => page.getByText('(démo)').count()).toBeGreaterThan(0)
        await look(page, 'formation', size)

        // The mallette: categories and a search forgiving typos.
        await page.goto('/metiers/mallette')
        await page.getByRole('heading', { name: 'Formulaires' }).waitFor()
        await look(page, 'mallette', size)
        await page.getByRole('searchbox', { name: 'Chercher dans la mallette' }).fill('maitre d’aprentissage')
        await page.getByRole('button', { name: 'Chercher', exact: true }).click()
        await page.getByRole('heading', { name: 'Être maître d’apprentissage' }).waitFor()
        // The guide for tutors and the public sector's rules both speak of « maître d’apprentissage ».
        await expect.poll(() => page.locator('article.pf-card').count()).toBe(2)
        expect(errors).toEqual([])
      } catch (error) {
        await page.screenshot({ path: `/tmp/trainings-failure-${size}.png`, fullPage: true })
        throw error
      } finally {
        await context.close()
      }
    })
  }
})
