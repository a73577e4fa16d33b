import { describe, expect, it } from 'vitest'
import { offerSitemapParts, sitemapIndexXml, sitemapXml, SITEMAP_MAX_URLS } from './sitemap'

describe('sitemap', () => {
  it('stays one file up to 50,000 addresses, then becomes an index of files of 50,000 offers', () => {
    expect(offerSitemapParts(20, SITEMAP_MAX_URLS - 20)).toBe(0)
    expect(offerSitemapParts(20, SITEMAP_MAX_URLS - 19)).toBe(1)
    expect(offerSitemapParts(20, 120_000)).toBe(3)
    const index = sitemapIndexXml(2, 'https://lien.example/', new Date('2026-11-23T08:00:00Z'))
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index.match(/<sitemap>/g)).toHaveLength(3)
    expect(index).toContain(
      '<loc>https://lien.example/sitemaps/offres-0.xml</loc><lastmod>2026-11-23T08:00:00.000Z</lastmod>',
    )
    expect(index).toContain('<loc>https://lien.example/sitemaps/offres-2.xml</loc>')
  })

  it('escapes addresses for XML', () => {
    const xml = sitemapXml(
      { fiches: [{ slug: 'a&b<c', updatedAt: new Date('2026-01-01T00:00:00Z') }], campaigns: [], offers: [] },
      'https://lien.example',
    )
    expect(xml).toContain('<loc>https://lien.example/metiers/fiches/a%26b%3Cc</loc>')
    expect(sitemapXml({ fiches: [], campaigns: [], offers: [] }, 'https://x.example/?a=1&b=2')).toContain(
      '<loc>https://x.example/?a=1&amp;b=2/metiers</loc>',
    )
  })
})
