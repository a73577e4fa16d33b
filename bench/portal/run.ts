/**
 * The public search page's speed as a phone on a slow mobile network sees it: Largest Contentful
 * Paint of `/metiers/offres?lieu=Besançon&rayon=20`, loaded cold (empty cache, new profile) in
 * Debian's Chromium with the network throttled through CDP and the CPU slowed 4×, several runs;
 * and the page's initial JavaScript, gzipped, read from the build manifest.
 *
 *   npm run bench:portal -- [--runs 7] [--database pglite|postgresql]
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { ensureClientBuilt } from '../../e2e/support/client-build'
import { clientDist } from '../../src/server/app'
import { benchPlatform, databaseLabel, type BenchDatabase } from '../support/bench-platform'
import { PORTAL_JS_BUDGET_BYTES, portalInitialJs } from './initial-js'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    database: { type: 'string', default: 'pglite' },
  },
})
const runs = Number(values.runs)
const database = values.database as BenchDatabase
const here = dirname(fileURLToPath(import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)

/** The network profile: a slow 4G (or good 3G) connection as the issue describes it. */
const network = { latencyMs: 400, downloadKbps: 1600, uploadKbps: 400 }
const cpuSlowdown = 4
const pagePath = `/metiers/offres?lieu=${encodeURIComponent('Besançon')}&rayon=20`
const LCP_TARGET_MS = 2500

interface Run {
  lcpMs: number
  element: string
  fcpMs: number
  loadMs: number
  bytes: number
}

declare global {
  interface Window {
    __lcp?: { time: number; element: string }
  }
}

async function measure() {
  await ensureClientBuilt()
  const js = portalInitialJs(clientDist)
  const { platform, close } = await benchPlatform(database, 'portal')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  })
  try {
    const results: Run[] = []
    // A warm-up load (not counted): the server's first answer compiles its queries.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'fr-FR',
      })
      const page = await context.newPage()
      await page.addInitScript(() => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
            const element = entry.element
            window.__lcp = {
              time: entry.startTime,
              element: element
                ? `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 50)} »`
                : '?',
            }
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true })
      })
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: (network.downloadKbps * 1000) / 8,
        uploadThroughput: (network.uploadKbps * 1000) / 8,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
      let bytes = 0
      cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
        bytes += event.encodedDataLength
      })
      const response = await page.goto(`${platform.url}${pagePath}`, { waitUntil: 'load', timeout: 60_000 })
      if (response?.status() !== 200) throw new Error(`${pagePath} : statut ${response?.status()}`)
      // LCP candidates stop at the first input; wait for the portal's own render, then read.
      await page.waitForTimeout(1500)
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]
        return { lcp: window.__lcp ?? null, fcp: fcp?.startTime ?? 0, load: nav.loadEventEnd }
      })
      await context.close()
      if (!timing.lcp) throw new Error('aucune mesure de Largest Contentful Paint')
      if (i === 0) continue
      results.push({
        lcpMs: timing.lcp.time,
        element: timing.lcp.element,
        fcpMs: timing.fcp,
        loadMs: timing.load,
        bytes,
      })
      log(
        `essai ${i} : LCP ${Math.round(timing.lcp.time)} ms (${timing.lcp.element}), ${Math.round(bytes / 1024)} Ko transférés`,
      )
    }
    return { results, js }
  } finally {
    await browser.close()
    await close()
  }
}

const { results, js } = await measure()
const sorted = (pick: (r: Run) => number) => results.map(pick).sort((a, b) => a - b)
const median = (list: number[]) => list[Math.floor(list.length / 2)]!
const lcp = sorted((r) => r.lcpMs)
const fcp = sorted((r) => r.fcpMs)
const load = sorted((r) => r.loadMs)
const kb = (bytes: number) => (bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })
const s = (ms: number) =>
  (ms / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const lcpElement = results.find((r) => r.lcpMs === median(lcp))?.element ?? '?'

const lines = [
  '## Page de recherche du portail des métiers (npm run bench:portal)',
  '',
  `Mesuré le ${new Date().toISOString().slice(0, 10)} sur ${cpus().length} cœurs (${cpus()[0]?.model ?? 'inconnu'}), ${databaseLabel(database)}, données de démonstration : \`${pagePath.replace('%C3%A7', 'ç')}\` chargée ${runs} fois à froid (profil neuf, cache désactivé) dans Chromium (Debian, sans interface) en taille de téléphone (390 × 844), réseau bridé par CDP à ${network.latencyMs} ms d’aller-retour, ${(network.downloadKbps / 1000).toLocaleString('fr-FR')} Mbit/s en réception et ${network.uploadKbps} kbit/s en émission (un 4G lent), processeur ralenti ${cpuSlowdown} fois (\`Emulation.setCPUThrottlingRate\`). Le Largest Contentful Paint est lu par un \`PerformanceObserver\` (\`buffered\`), 1,5 s après l’événement \`load\`.`,
  `Commande : \`npm run bench:portal -- --runs ${runs} --database ${database}\``,
  '',
  '| mesure | médiane | pire | objectif |',
  '|---|---:|---:|---:|',
  `| Largest Contentful Paint (s) | ${s(median(lcp))} | ${s(lcp.at(-1)!)} | ≤ 2,5 |`,
  `| First Contentful Paint (s) | ${s(median(fcp))} | ${s(fcp.at(-1)!)} | |`,
  `| événement load (s) | ${s(median(load))} | ${s(load.at(-1)!)} | |`,
  `| JavaScript initial du portail, gzip (Ko) | ${kb(js.totalGzipBytes)} | | ≤ ${kb(PORTAL_JS_BUDGET_BYTES)} |`,
  '',
  `La page arrive gzippée avec ses feuilles de style écrites dedans (aucun aller-retour avant le premier affichage), ses scripts servis pré-compressés (Brotli ou gzip) : ${kb(median(sorted((r) => r.bytes)))} Ko transférés en tout (médiane).`,
  `JavaScript initial : l’entrée \`metiers.html\` et ses imports statiques d’après \`dist/client/.vite/manifest.json\` (${js.files.length} fichiers, ${kb(js.totalBytes)} Ko avant compression ; la carte Leaflet, chargée à la demande, n’est pas comptée). L’élément du LCP médian : ${lcpElement}. Le serveur écrit la page avec ses résultats dans \`<main>\` : le LCP ne dépend pas du JavaScript.`,
  `${lcp.at(-1)! <= LCP_TARGET_MS && js.totalGzipBytes <= PORTAL_JS_BUDGET_BYTES ? 'Les deux objectifs sont tenus.' : 'Objectif non tenu : voir les chiffres ci-dessus.'}`,
]
writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`)
process.stdout.write(`${lines.join('\n')}\n`)
