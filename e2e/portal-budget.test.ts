import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clientDist } from '../src/server/app'
import { PORTAL_JS_BUDGET_BYTES, portalInitialJs } from '../bench/portal/initial-js'

// `npm test` builds the client just before the journeys: this reads that fresh build.
describe('public jobs portal budget', () => {
  it('loads at most 150 KB of gzipped JavaScript before its page works, and none of the back office', () => {
    expect(existsSync(`${clientDist}/.vite/manifest.json`), 'run `npx vite build` first').toBe(true)
    const initial = portalInitialJs(clientDist)
    expect(initial.totalGzipBytes).toBeLessThanOrEqual(PORTAL_JS_BUDGET_BYTES)
    // The back office's own entry and its UI kit (react-aria) stay out of the portal.
    for (const { file } of initial.files) expect(file).not.toMatch(/(^|\/)(main|react-aria)-/)
  })
})
