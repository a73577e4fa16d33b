/**
 * Where the portal's pages read their data: the other parts' public reads, the same functions
 * their API routes use, so that a page and its API answer always agree.
 */
import type { Db } from '../../db/client'
import type {
  PublicCampaignView,
  TerritorySummaryView,
} from '../../../shared/modules/metiers/campaigns.contract'
import type { FicheListItemView, PublicFicheView } from '../../../shared/modules/metiers/fiches.contract'
import type { PublicOfferView } from '../../../shared/modules/metiers/offers.contract'
import type { OfferSearchAnswerView, OfferSearchQuery } from '../../../shared/modules/metiers/search.contract'
import { publicCampaign, publishedCampaigns } from './campaigns.service'
import type { MetiersDeps } from './metiers.deps'
import { readPublicOffer } from './offers.service'

export interface PortalSources {
  offer(tx: Db, slug: string, now: Date): Promise<PublicOfferView | null>
  campaign(tx: Db, slug: string): Promise<PublicCampaignView | null>
  territories(tx: Db): Promise<TerritorySummaryView[]>
  /** Null while the fiches part has no public read: the page then leaves the reading to the portal. */
  fiche: ((tx: Db, slug: string) => Promise<PublicFicheView | null>) | null
  fiches: ((tx: Db) => Promise<FicheListItemView[]>) | null
  /** Null while the search part has no public read (see `fiche`). */
  search: ((tx: Db, query: OfferSearchQuery, now: Date) => Promise<OfferSearchAnswerView>) | null
}

export function portalSources(_deps: MetiersDeps): PortalSources {
  return {
    offer: async (tx, slug, now) => (await readPublicOffer(tx, slug, now)) ?? null,
    campaign: publicCampaign,
    territories: publishedCampaigns,
    fiche: null,
    fiches: null,
    search: null,
  }
}
