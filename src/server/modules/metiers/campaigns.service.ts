import { DomainError, conflict, invalid, notFound } from '../../../shared/errors'
import type {
  CampaignEditorStateView,
  EditorCampaignView,
  PublicCampaignView,
  TerritorySummaryView,
} from '../../../shared/modules/metiers/campaigns.contract'
import type { saveCampaignBody } from '../../../shared/modules/metiers/campaigns.contract'
import type { z } from 'zod'
import type { Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import { resolveCampaignArea } from './campaigns.area'
import { campaignEvents } from './events/campaign-events'
import { portraitPhotoUrl } from './campaigns.media'
import {
  areaView,
  editorView,
  inOrder,
  localOffersSearch,
  lookView,
  summaryView,
} from './campaigns.presenter'
import { campaignsRepository, type CampaignPageRow } from './campaigns.repository'
import { sanitizeRichText } from './rich-text'

export interface CampaignsDeps {
  geocoder: Geocoder
  clock: () => Date
}

const pageNotFound = () => notFound('Cette page de campagne')

function editorOf(ctx: RequestContext) {
  const organisationId = ctx.actor?.organisationId
  if (!organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return organisationId
}

/** True when PostgreSQL refused a second page with the same slug. */
function isSlugTaken(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string }
    if (code === '23505') return constraint === undefined || constraint === 'campaign_pages_slug_key'
  }
  return false
}

const slugTaken = () =>
  conflict('Cette adresse est déjà prise par un autre territoire : choisissez-en une autre.', 'slug')

const auditFields = (page: CampaignPageRow) => ({
  slug: page.slug,
  title: page.title,
  message: page.message,
  introHtml: page.introHtml,
  featuredJobIds: page.featuredJobIds,
  featuredPortraitIds: page.featuredPortraitIds,
  areaCommune: page.areaCommune,
  areaRadiusKm: page.areaRadiusKm,
  published: page.published,
})

/**
 * A published campaign page as the public reads it, or null: used by the public route and by the
 * server-rendered portal page. Works in any transaction (the page and what it features are public).
 */
export async function publicCampaign(
  tx: Db,
  slug: string,
  now: Date = new Date(),
): Promise<PublicCampaignView | null> {
  const repo = campaignsRepository(tx)
  const found = await repo.publishedBySlug(slug)
  if (!found) return null
  const { page, look } = found
  const [fiches, portraits] = await Promise.all([
    repo.fiches(page.featuredJobIds, true),
    repo.portraits(page.featuredPortraitIds, true),
  ])
  return {
    ...summaryView(page, look),
    introHtml: page.introHtml,
    featuredFiches: inOrder(page.featuredJobIds, fiches).map(({ slug, title, summary, codeRome }) => ({
      slug,
      title,
      summary,
      codeRome,
    })),
    featuredPortraits: inOrder(page.featuredPortraitIds, portraits).map((p) => ({
      id: p.id,
      name: p.name,
      roleLabel: p.roleLabel,
      workplace: p.workplace,
      quote: p.quote,
      photoUrl: portraitPhotoUrl(p),
      photoAlt: p.photoAlt,
      ficheSlug: p.ficheSlug,
      ficheTitle: p.ficheTitle,
    })),
    area: areaView(page),
    localOffers: localOffersSearch(page),
    events: await campaignEvents(tx, page, now),
    updatedAt: page.updatedAt.toISOString(),
  }
}

/** Every published campaign page, for the portal's home and the sitemap. */
export async function publishedCampaigns(tx: Db): Promise<TerritorySummaryView[]> {
  const rows = await campaignsRepository(tx).published()
  return rows.map(({ page, look }) => summaryView(page, look))
}

/** The editors' side: one page per organisation, its slug chosen once, published or not. */
export function campaignsService(deps: CampaignsDeps) {
  async function current(ctx: RequestContext) {
    const page = await campaignsRepository(ctx.tx).ofOrganisation(editorOf(ctx))
    if (!page) throw new DomainError('not_found', 'Écrivez et enregistrez d’abord la page de campagne.')
    return page
  }

  async function setPublished(ctx: RequestContext, published: boolean): Promise<EditorCampaignView> {
    const before = await current(ctx)
    const page = await campaignsRepository(ctx.tx).update(before.id, { published, updatedAt: deps.clock() })
    await ctx.audit({
      action: 'update',
      entityType: 'campaign_page',
      entityId: page.id,
      before: { published: before.published },
      after: { published },
    })
    return editorView(page)
  }

  return {
    async editorState(ctx: RequestContext): Promise<CampaignEditorStateView> {
      const organisationId = editorOf(ctx)
      const repo = campaignsRepository(ctx.tx)
      const [page, choices, look] = await Promise.all([
        repo.ofOrganisation(organisationId),
        repo.choices(),
        repo.look(organisationId),
      ])
      if (!look) throw notFound('Cette organisation')
      return { page: page ? editorView(page) : null, choices, look: lookView(look) }
    },

    async save(ctx: RequestContext, body: z.output<typeof saveCampaignBody>): Promise<EditorCampaignView> {
      const organisationId = editorOf(ctx)
      const repo = campaignsRepository(ctx.tx)
      const before = await repo.ofOrganisation(organisationId)
      if (before && before.slug !== body.slug)
        throw invalid('slug', `L’adresse de la page ne change plus une fois choisie (« ${before.slug} »).`)

      const [fiches, portraits] = await Promise.all([
        repo.fiches(body.featuredFicheIds, false),
        repo.portraits(body.featuredPortraitIds, false),
      ])
      if (fiches.length !== body.featuredFicheIds.length)
        throw invalid('featuredFicheIds', 'Une des fiches choisies n’existe pas.')
      if (portraits.length !== body.featuredPortraitIds.length)
        throw invalid('featuredPortraitIds', 'Un des portraits choisis n’existe pas.')

      const sameCommune =
        before && before.areaLatitude !== null && before.areaCommune === body.areaCommune.trim()
      const area = sameCommune
        ? {
            commune: before.areaCommune,
            codeInsee: before.areaInsee,
            latitude: before.areaLatitude,
            longitude: before.areaLongitude,
          }
        : await resolveCampaignArea(deps.geocoder, ctx.tx, body.areaCommune)

      const values = {
        slug: body.slug,
        title: body.title,
        message: body.message,
        introHtml: sanitizeRichText(body.introHtml),
        featuredJobIds: body.featuredFicheIds,
        featuredPortraitIds: body.featuredPortraitIds,
        areaCommune: area.commune,
        areaInsee: area.codeInsee,
        areaLatitude: area.latitude,
        areaLongitude: area.longitude,
        areaRadiusKm: body.areaRadiusKm,
        updatedAt: deps.clock(),
      }
      let page: CampaignPageRow
      try {
        page = before ? await repo.update(before.id, values) : await repo.insert(organisationId, values)
      } catch (error) {
        if (isSlugTaken(error)) throw slugTaken()
        throw error
      }
      await ctx.audit({
        action: before ? 'update' : 'create',
        entityType: 'campaign_page',
        entityId: page.id,
        before: before ? auditFields(before) : null,
        after: auditFields(page),
      })
      return editorView(page)
    },

    publish: (ctx: RequestContext) => setPublished(ctx, true),
    unpublish: (ctx: RequestContext) => setPublished(ctx, false),

    async territory(tx: Db, slug: string): Promise<PublicCampaignView> {
      const page = await publicCampaign(tx, slug, deps.clock())
      if (!page) throw pageNotFound()
      return page
    },
  }
}
