import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startE2eServer, type E2eServer } from '../../src/server/test/e2e-server'
import { launchBrowser } from './browser'
import { ensureClientBuilt } from './client-build'

export interface JourneyPlatform {
  readonly server: E2eServer
  readonly browser: Browser
}

/** One platform (fresh data, local ProConnect) and one browser for the journeys of a file. */
export function useJourneyPlatform(): JourneyPlatform {
  let server: E2eServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    await ensureClientBuilt()
    ;[server, browser] = await Promise.all([startE2eServer(), launchBrowser()])
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get server() {
      if (!server) throw new Error('platform not started')
      return server
    },
    get browser() {
      if (!browser) throw new Error('browser not started')
      return browser
    },
  }
}
