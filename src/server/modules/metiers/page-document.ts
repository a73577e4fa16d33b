/**
 * The built `metiers.html` (the portal's page, with its scripts and styles) filled for one
 * address: head, content inside `<main>`, and the page's data for the React portal.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PortalInitialData } from '../../../shared/modules/metiers/pages.contract'
import { portalInitialDataId, portalRootId } from '../../../shared/modules/metiers/pages.contract'
import { renderHead, type PageHead } from './page-head'
import { jsonForScript } from './page-html'

const builtPage = fileURLToPath(new URL('../../../../dist/client/metiers.html', import.meta.url))

const titleMarker = /<title>[^<]*<\/title>/
const rootMarker = `<div id="${portalRootId}"></div>`

/** Without a build (tests, first start), the same page without its scripts: content still readable. */
const unbuiltPage = `<!doctype html>
<html lang="fr" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Métiers du lien</title>
  </head>
  <body>
    ${rootMarker}
  </body>
</html>
`

let cached: { mtimeMs: number; html: string } | null = null

/** The built page, read again only when a new build replaced it. */
function template(): string {
  let mtimeMs: number
  try {
    mtimeMs = statSync(builtPage).mtimeMs
  } catch {
    return unbuiltPage
  }
  if (cached?.mtimeMs !== mtimeMs) {
    const html = readFileSync(builtPage, 'utf8')
    if (!titleMarker.test(html) || !html.includes(rootMarker))
      throw new Error(
        `${builtPage} n’a plus son <title> ou son ${rootMarker} : le serveur ne peut pas le remplir`,
      )
    cached = { mtimeMs, html: inlineStylesheets(html) }
  }
  return cached.html
}

const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g

/**
 * The portal's few stylesheets written into the page: on a slow mobile network each one would
 * otherwise cost a round trip before anything is painted (the content is already in the HTML).
 */
function inlineStylesheets(html: string): string {
  const dist = dirname(builtPage)
  return html.replace(stylesheetLink, (link, path: string) => {
    try {
      const css = readFileSync(join(dist, path), 'utf8')
      return css.includes('</') ? link : `<style>${css}</style>`
    } catch {
      return link
    }
  })
}

export interface PortalDocument {
  head: PageHead
  /** Escaped HTML of the page's content, placed inside `<main>`. */
  mainHtml: string
  initial: PortalInitialData
}

export function renderPortalDocument(doc: PortalDocument, publicUrl: string): string {
  const main = `<main id="contenu" class="portail-page" tabindex="-1">${doc.mainHtml}</main>`
  const data = `<script type="application/json" id="${portalInitialDataId}">${jsonForScript(doc.initial)}</script>`
  // Replacement functions, so that a `$` in the content is never read as a pattern.
  return template()
    .replace(titleMarker, () => renderHead(doc.head, publicUrl))
    .replace(rootMarker, () => `<div id="${portalRootId}">${main}</div>\n    ${data}`)
}
