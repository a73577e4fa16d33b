import type { FastifyInstance, FastifyReply } from 'fastify'
import { metiersPagesContract } from '../../../shared/modules/metiers/pages.contract'
import { offerSearchQuery } from '../../../shared/modules/metiers/search.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import type { MetiersDeps } from './metiers.deps'
import { campaignDocument, campaignPath, homeDocument } from './page-campaign'
import { renderPortalDocument, type PortalDocument } from './page-document'
import { ficheDocument, fichePath } from './page-fiche'
import { escapeHtml } from './page-html'
import { offerDocument, offerPath } from './page-offer'
import { notFoundDocument, privateDocument, privatePageOf } from './page-other'
import { searchDocument } from './page-search'
import { portalSources, type PortalSources } from './page-sources'
import { robotsTxt, SITEMAP_MAX_URLS, sitemapXml } from './sitemap'
import { sitemapRepository } from './sitemap.repository'

/**
 * The public portal's addresses, answered with the built portal page already holding the page's
 * content, head and data (a search engine, a link preview or `curl` reads it without JavaScript).
 * Public pages run as the public under row-level security: they see only what is published.
 */
export function registerPagesRoutes(
  app: FastifyInstance,
  db: Database,
  deps: MetiersDeps,
  sources: PortalSources = portalSources(deps),
) {
  const contract = metiersPagesContract
  const page = (reply: FastifyReply, doc: PortalDocument, indexable = true) => {
    reply
      .status(doc.initial.status)
      .type('text/html; charset=utf-8')
      .header('cache-control', indexable && doc.initial.status === 200 ? 'public, max-age=60' : 'no-store')
    return renderPortalDocument(doc, deps.publicUrl)
  }

  tenantRoute(app, db, contract.home, async (_input, { tx }, { request, reply }) => {
    const [territories, fiches] = await Promise.all([sources.territories(tx), sources.fiches?.(tx) ?? []])
    return page(reply, homeDocument({ territories, fiches }, request.url))
  })

  tenantRoute(app, db, contract.offer, async ({ params }, { tx }, { request, reply }) => {
    const offer = await sources.offer(tx, params.slug, deps.clock())
    return page(
      reply,
      offer
        ? offerDocument(offer, request.url, deps.publicUrl)
        : notFoundDocument('offre', request.url, offerPath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.fiche, async ({ params }, { tx }, { request, reply }) => {
    if (!sources.fiche)
      return page(reply, privateDocument('fiche', request.url, fichePath(params.slug)), false)
    const fiche = await sources.fiche(tx, params.slug)
    return page(
      reply,
      fiche
        ? ficheDocument(fiche, request.url)
        : notFoundDocument('fiche', request.url, fichePath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.campaign, async ({ params }, { tx }, { request, reply }) => {
    const campaign = await sources.campaign(tx, params.slug)
    return page(
      reply,
      campaign
        ? campaignDocument(campaign, request.url)
        : notFoundDocument('territoire', request.url, campaignPath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.search, async (_input, { tx }, { request, reply }) => {
    const canonicalPath = request.url.startsWith('/metiers/offres') ? request.url : '/metiers/offres'
    const query = offerSearchQuery.safeParse(request.query)
    if (!sources.search || !query.success) {
      // The portal shows the search form with the refusal, field by field, from the API.
      const doc = privateDocument('offres', request.url, '/metiers/offres')
      const refusal = query.success ? '' : (query.error.issues[0]?.message ?? 'Recherche incomprise.')
      return page(
        reply,
        {
          ...doc,
          head: {
            title: 'Offres d’emploi du social et du médico-social',
            description: 'Cherchez une offre d’emploi du social et du médico-social près de chez vous.',
            canonicalPath: '/metiers/offres',
            noindex: !query.success,
          },
          mainHtml: `<h1>Offres d’emploi</h1>${refusal ? `<p class="portail-avis" role="alert">${escapeHtml(refusal)}</p>` : ''}`,
        },
        query.success,
      )
    }
    const answer = await sources.search(tx, query.data, deps.clock())
    return page(reply, searchDocument(answer, request.url, canonicalPath))
  })

  tenantRoute(app, db, contract.other, async ({ params }, { tx }, { request, reply }) => {
    const rest = (params as { '*'?: string })['*'] ?? ''
    if (
      rest === '' ||
      rest === 'fiches' ||
      rest === 'territoires' ||
      rest === 'fiches/' ||
      rest === 'territoires/'
    ) {
      const [territories, fiches] = await Promise.all([sources.territories(tx), sources.fiches?.(tx) ?? []])
      const doc = homeDocument({ territories, fiches }, request.url)
      return page(reply, doc)
    }
    const kind = privatePageOf(rest)
    // Tokens and personal pages never go into a canonical address.
    if (kind) return page(reply, privateDocument(kind, request.url, '/metiers'), false)
    return page(reply, notFoundDocument('introuvable', request.url, '/metiers'))
  })

  tenantRoute(app, db, contract.sitemap, async (_input, { tx }, { reply }) => {
    const repo = sitemapRepository(tx)
    const [fiches, campaigns, offers] = await Promise.all([
      repo.fiches(),
      repo.campaigns(),
      repo.openOffers(deps.clock(), SITEMAP_MAX_URLS),
    ])
    reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=600')
    return sitemapXml({ fiches, campaigns, offers }, deps.publicUrl)
  })

  tenantRoute(app, db, contract.robots, async (_input, _ctx, { reply }) => {
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600')
    return robotsTxt(deps.publicUrl)
  })
}
