/** The `<head>` of a portal page: title, description, canonical address, Open Graph, robots, JSON-LD. */
import { escapeHtml, jsonForScript } from './page-html'

export const PORTAL_NAME = 'Métiers du lien'
/** The image shared on social networks when the page has no logo or photo of its own (1200 × 630, src/client/public). */
export const DEFAULT_SHARE_IMAGE = '/metiers-partage.png'

export interface PageHead {
  title: string
  description: string
  /** Path on the public site (`/metiers/offres/…`), made absolute with the public URL. */
  canonicalPath: string
  /** An absolute http(s) image or a path; the default share image otherwise. */
  image?: string | null
  imageAlt?: string
  /** Account, follow-up and alert pages, and pages not found: kept out of search engines. */
  noindex?: boolean
  /** Structured data (JobPosting), written as `application/ld+json`. */
  jsonLd?: object | null
}

const absolute = (publicUrl: string, pathOrUrl: string) =>
  /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${publicUrl.replace(/\/$/, '')}${pathOrUrl}`

/** A logo stored as a data: URL cannot be shared; only web addresses and our own paths can. */
export const shareableImage = (candidate: string | null | undefined): string | null =>
  candidate && (/^https?:\/\//i.test(candidate) || candidate.startsWith('/')) ? candidate : null

export function renderHead(head: PageHead, publicUrl: string): string {
  const title = head.title === PORTAL_NAME ? PORTAL_NAME : `${head.title} – ${PORTAL_NAME}`
  const url = absolute(publicUrl, head.canonicalPath)
  const own = shareableImage(head.image)
  const image = absolute(publicUrl, own ?? DEFAULT_SHARE_IMAGE)
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...(head.noindex ? [meta('name', 'robots', 'noindex')] : []),
    meta('property', 'og:site_name', PORTAL_NAME),
    meta('property', 'og:locale', 'fr_FR'),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    ...(own
      ? head.imageAlt
        ? [meta('property', 'og:image:alt', head.imageAlt)]
        : []
      : [
          meta('property', 'og:image:width', '1200'),
          meta('property', 'og:image:height', '630'),
          meta('property', 'og:image:alt', `${PORTAL_NAME} : des métiers qui ont du sens, près de chez vous`),
        ]),
    // A logo or a portrait is small and square; the default image is a wide card.
    meta('name', 'twitter:card', own ? 'summary' : 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', image),
    ...(head.jsonLd ? [`<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`] : []),
  ].join('\n    ')
}
