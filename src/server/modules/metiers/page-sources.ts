/**
 * Where the portal's pages read their data: the other parts' public reads, the same functions
 * their API routes use, so that a page and its API answer always agree.
 */
import { DomainError } from '../../../shared/errors'
import type {
  PublicCampaignView,
  TerritorySummaryView,
} from '../../../shared/modules/metiers/campaigns.contract'
import type { FicheListItemView, PublicFicheView } from '../../../shared/modules/metiers/fiches.contract'
import type { PublicOfferView } from '../../../shared/modules/metiers/offers.contract'
import type { OfferSearchAnswerView, OfferSearchQuery } from '../../../shared/modules/metiers/search.contract'
import type { RequestContext } from '../../http/context'
import { publicCampaign, publishedCampaigns } from './campaigns.service'
import { fichesService } from './fiches.service'
import type { MetiersDeps } from './metiers.deps'
import { readPublicOffer } from './offers.service'
import { offerSearchService } from './search.service'

export interface PortalSources {
  offer(ctx: RequestContext, slug: string): Promise<PublicOfferView | null>
  campaign(ctx: RequestContext, slug: string): Promise<PublicCampaignView | null>
  territories(ctx: RequestContext): Promise<TerritorySummaryView[]>
  fiche(ctx: RequestContext, slug: string): Promise<PublicFicheView | null>
  fiches(ctx: RequestContext): Promise<FicheListItemView[]>
  /** Refuses a query it cannot understand (an unknown fiche) with a DomainError naming the field. */
  search(ctx: RequestContext, query: OfferSearchQuery): Promise<OfferSearchAnswerView>
}

/** A page not found is an answer of its own (404 page), not an error. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') return null
    throw error
  }
}

export function portalSources(deps: MetiersDeps): PortalSources {
  const fiches = fichesService(deps)
  const search = offerSearchService(deps)
  return {
    offer: async (ctx, slug) => (await readPublicOffer(ctx.tx, slug, deps.clock())) ?? null,
    campaign: (ctx, slug) => publicCampaign(ctx.tx, slug),
    territories: (ctx) => publishedCampaigns(ctx.tx),
    fiche: (ctx, slug) => orNull(fiches.getPublic(ctx, slug)),
    fiches: (ctx) => fiches.listPublic(ctx),
    search: (ctx, query) => search.search(ctx.tx, query),
  }
}
