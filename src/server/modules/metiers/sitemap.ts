/** sitemap.xml and robots.txt of the public portal. */
import { campaignPath } from './page-campaign'
import { fichePath } from './page-fiche'
import { offerPath } from './page-offer'
import type { SitemapEntry } from './sitemap.repository'

/** The protocol's limit for one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => xmlEntities[c]!)

export interface SitemapContent {
  fiches: SitemapEntry[]
  campaigns: SitemapEntry[]
  offers: SitemapEntry[]
}

export function sitemapXml(content: SitemapContent, publicUrl: string, options = { pages: true }): string {
  const base = publicUrl.replace(/\/$/, '')
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(`${base}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`
  const urls = [
    ...(options.pages ? [url('/metiers'), url('/metiers/offres')] : []),
    ...content.campaigns.map((c) => url(campaignPath(c.slug), c.updatedAt)),
    ...content.fiches.map((f) => url(fichePath(f.slug), f.updatedAt)),
    ...content.offers.map((o) => url(offerPath(o.slug), o.updatedAt)),
  ].slice(0, SITEMAP_MAX_URLS)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** The file holding the offers beyond the first sitemap's room, 50,000 to a file, newest first. */
export const offersSitemapPath = (part: number) => `/sitemaps/offres-${part}.xml`

/** How many offer files follow `/sitemap.xml` when it cannot hold every address itself (0: it can). */
export function offerSitemapParts(otherUrls: number, openOffers: number, max = SITEMAP_MAX_URLS): number {
  return otherUrls + openOffers <= max ? 0 : Math.ceil(openOffers / max)
}

/**
 * A sitemap index: the portal's pages (home, search, campaigns, fiches) in the first file, then
 * the open offers in files of 50,000.
 */
export function sitemapIndexXml(offerParts: number, publicUrl: string, lastmod: Date): string {
  const base = publicUrl.replace(/\/$/, '')
  const entry = (path: string) =>
    `<sitemap><loc>${escapeXml(`${base}${path}`)}</loc><lastmod>${lastmod.toISOString()}</lastmod></sitemap>`
  const files = [
    entry(offersSitemapPath(0)),
    ...Array.from({ length: offerParts }, (_, i) => entry(offersSitemapPath(i + 1))),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`
}

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /metiers',
    'Disallow: /metiers.html',
    'Disallow: /metiers/compte',
    'Disallow: /metiers/candidatures/',
    'Disallow: /metiers/alertes/',
    'Disallow: /api/',
    '',
    `Sitemap: ${publicUrl.replace(/\/$/, '')}/sitemap.xml`,
    '',
  ].join('\n')
}
