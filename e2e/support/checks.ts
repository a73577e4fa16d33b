import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { desktop, phone } from './browser'

const screenshots = fileURLToPath(new URL('../screenshots', import.meta.url))
mkdirSync(screenshots, { recursive: true })

export type Lang = 'fr' | 'ar'

/** Switches the interface language with the switcher in the header, as a person would. */
export async function switchLanguage(page: Page, lang: Lang | 'en'): Promise<void> {
  await page.locator(`nav.languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe with the WCAG 2.1 A and AA rules; the violations are listed in the failure message. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  )
  expect(violations, `axe sur ${where}`).toEqual([])
}

/** No horizontal scroll of the whole page (tables scroll inside their own region). */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const excess = document.documentElement.scrollWidth - width
    // Name the widest elements, to know what to fix.
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5,
      )
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
    return { excess, culprits }
  })
  expect(
    overflow.excess,
    `défilement horizontal sur ${where} : ${overflow.culprits.join(', ')}`,
  ).toBeLessThanOrEqual(0)
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true })
}

/**
 * The checks every page gets: axe in French and in Arabic (right-to-left), then screenshots
 * at desktop size and on a 320 px wide phone, without horizontal scroll. Ends in French.
 */
export async function checkPage(
  page: Page,
  name: string,
  options: { languages?: readonly Lang[] } = {},
): Promise<void> {
  for (const lang of options.languages ?? (['fr', 'ar'] as const)) {
    await switchLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await screenshot(page, `${name}-${lang}-bureau`)
    await page.setViewportSize(phone)
    await screenshot(page, `${name}-${lang}-mobile`)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await page.setViewportSize(desktop)
  }
  await switchLanguage(page, 'fr')
}
