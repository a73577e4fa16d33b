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

export function sitemapXml(content: SitemapContent, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '')
  const url = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(`${base}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`
  const urls = [
    url('/metiers'),
    url('/metiers/offres'),
    ...content.campaigns.map((c) => url(campaignPath(c.slug), c.updatedAt)),
    ...content.fiches.map((f) => url(fichePath(f.slug), f.updatedAt)),
    ...content.offers.map((o) => url(offerPath(o.slug), o.updatedAt)),
  ].slice(0, SITEMAP_MAX_URLS)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
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
