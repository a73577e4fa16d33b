import {
  campaignPagePath,
  type CampaignAreaView,
  type EditorCampaignView,
  type LocalOffersSearchView,
  type TerritoryLookView,
  type TerritorySummaryView,
} from '../../../shared/modules/metiers/campaigns.contract'
import { defaultCampaignAccent, defaultCampaignPrimary, readableColour } from './campaigns.look'
import type { CampaignPageRow, OrganisationLookRow } from './campaigns.repository'

export const lookView = (row: OrganisationLookRow): TerritoryLookView => ({
  organisationName: row.name,
  logoDataUrl: row.logoDataUrl,
  primaryColor: readableColour(row.primaryColor, defaultCampaignPrimary),
  accentColor: readableColour(row.accentColor, defaultCampaignAccent),
})

export const areaView = (page: CampaignPageRow): CampaignAreaView => ({
  commune: page.areaCommune,
  codeInsee: page.areaInsee,
  latitude: page.areaLatitude,
  longitude: page.areaLongitude,
  radiusKm: page.areaRadiusKm,
})

/** The public search of offers around the territory (`lieu` read as an INSEE code by the search). */
export function localOffersSearch(page: CampaignPageRow): LocalOffersSearchView | null {
  const lieu = page.areaInsee ?? page.areaCommune
  if (!lieu) return null
  const query = { lieu, rayon: String(page.areaRadiusKm) }
  return { query, href: `/metiers/offres?${new URLSearchParams(query).toString()}` }
}

export const summaryView = (page: CampaignPageRow, look: OrganisationLookRow): TerritorySummaryView => ({
  ...lookView(look),
  slug: page.slug,
  title: page.title,
  message: page.message,
})

export const editorView = (page: CampaignPageRow): EditorCampaignView => ({
  id: page.id,
  slug: page.slug,
  title: page.title,
  message: page.message,
  introHtml: page.introHtml,
  featuredFicheIds: page.featuredJobIds,
  featuredPortraitIds: page.featuredPortraitIds,
  area: areaView(page),
  published: page.published,
  updatedAt: page.updatedAt.toISOString(),
  publicPath: campaignPagePath(page.slug),
})

/** Keeps the order the editor chose, dropping what no longer exists or is not public. */
export function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): T[] {
  const byId = new Map(found.map((item) => [item.id, item]))
  return ids.flatMap((id) => {
    const item = byId.get(id)
    return item ? [item] : []
  })
}
