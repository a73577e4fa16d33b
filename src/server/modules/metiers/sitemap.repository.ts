import { and, count, desc, eq, gt, isNull, or } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { campaignPages } from './campaigns.table'
import { jobProfiles } from './fiches.table'
import { jobOffers } from './offers.table'

export interface SitemapEntry {
  slug: string
  updatedAt: Date
}

/** Offers open to applications: published, end of publication not past. */
const open = (now: Date) =>
  and(eq(jobOffers.state, 'publiee'), or(isNull(jobOffers.expiresAt), gt(jobOffers.expiresAt, now)))

/**
 * What the sitemap lists, read under row-level security as the public: published fiches and
 * campaign pages, and open offers.
 */
export function sitemapRepository(tx: Db) {
  return {
    fiches: (): Promise<SitemapEntry[]> =>
      tx
        .select({ slug: jobProfiles.slug, updatedAt: jobProfiles.updatedAt })
        .from(jobProfiles)
        .where(eq(jobProfiles.published, true))
        .orderBy(jobProfiles.position, jobProfiles.slug),
    campaigns: (): Promise<SitemapEntry[]> =>
      tx
        .select({ slug: campaignPages.slug, updatedAt: campaignPages.updatedAt })
        .from(campaignPages)
        .where(eq(campaignPages.published, true))
        .orderBy(campaignPages.slug),
    /** The newest first, in a stable order, so that the files of a sitemap index do not overlap. */
    openOffers: (now: Date, limit: number, offset = 0): Promise<SitemapEntry[]> =>
      tx
        .select({ slug: jobOffers.slug, updatedAt: jobOffers.updatedAt })
        .from(jobOffers)
        .where(open(now))
        .orderBy(desc(jobOffers.publishedAt), jobOffers.slug)
        .limit(limit)
        .offset(offset),
    async openOfferCount(now: Date): Promise<number> {
      const [row] = await tx.select({ n: count() }).from(jobOffers).where(open(now))
      return row?.n ?? 0
    },
  }
}
