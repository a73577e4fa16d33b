import type { CampaignEventView } from '../../../../shared/modules/metiers/campaigns.contract'
import { eventPages } from '../../../../shared/modules/metiers/events.contract'
import type { Db } from '../../../db/client'
import { distanceKm } from './events-public.service'
import { eventsRepository } from './events.repository'

interface CampaignArea {
  organisationId: string
  areaLatitude: number | null
  areaLongitude: number | null
  areaRadiusKm: number
}

/**
 * A campaign page's coming events, soonest first: those held within its area, and the online ones
 * its own organisation holds.
 */
export async function campaignEvents(
  tx: Db,
  page: CampaignArea,
  now: Date,
  limit = 6,
): Promise<CampaignEventView[]> {
  const found = await eventsRepository(tx).published({ words: [], from: now, replays: false })
  const centre =
    page.areaLatitude !== null && page.areaLongitude !== null
      ? { lat: page.areaLatitude, lon: page.areaLongitude }
      : null
  return found
    .filter((e) =>
      e.online
        ? e.organisationId === page.organisationId
        : centre !== null &&
          e.latitude !== null &&
          e.longitude !== null &&
          distanceKm(centre, { lat: e.latitude, lon: e.longitude }) <= page.areaRadiusKm,
    )
    .slice(0, limit)
    .map((e) => ({
      id: e.id,
      title: e.title,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      place: e.online ? 'En ligne' : [e.commune, e.address].filter(Boolean).join(', '),
      href: eventPages.event(e.slug),
    }))
}
