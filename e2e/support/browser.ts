import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const desktop = { width: 1280, height: 900 }
export const phone = { width: 320, height: 720 }

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

const openPages = new Set<Page>()

/** Screenshots of every open page, to see where a failed journey stopped. */
export async function screenshotOpenPages(prefix: string): Promise<void> {
  let i = 0
  for (const page of openPages) {
    if (!page.isClosed())
      await page
        .screenshot({ path: `e2e/screenshots/${prefix}-${i++}.png`, fullPage: true })
        .catch(() => undefined)
  }
}

/** A fresh browser profile (own cookies and storage), in French, at desktop size. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: desktop,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  })
  context.setDefaultTimeout(15_000)
  context.on('page', (page) => {
    openPages.add(page)
    page.on('close', () => openPages.delete(page))
  })
  return context
}

/** Collects console errors and CSP violations: a journey fails if the page logged any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
    ) {
      errors.push(message.text())
    }
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
