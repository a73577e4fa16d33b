import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { clientDist } from '../src/server/app'
import { PORTAL_JS_BUDGET_BYTES, portalInitialJs } from '../bench/portal/initial-js'
import { ensureClientBuilt } from './support/client-build'

describe('public jobs portal budget', () => {
  // A build at least as new as the sources (`npm test` has just made one).
  beforeAll(ensureClientBuilt)

  it('loads at most 150 KB of gzipped JavaScript before its page works, and none of the back office', () => {
    const initial = portalInitialJs(clientDist)
    expect(initial.totalGzipBytes).toBeLessThanOrEqual(PORTAL_JS_BUDGET_BYTES)
    // The back office's own entry and its UI kit (react-aria) stay out of the portal.
    for (const { file } of initial.files) expect(file).not.toMatch(/(^|\/)(main|react-aria)-/)
    // The image pages share on social networks when they have none of their own.
    expect(existsSync(`${clientDist}/metiers-partage.png`)).toBe(true)
  })
})
