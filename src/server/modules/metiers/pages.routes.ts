import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { metiersPagesContract } from '../../../shared/modules/metiers/pages.contract'
import { offerSearchQuery } from '../../../shared/modules/metiers/search.contract'
import type { Database } from '../../db/client'
import { DomainError, notFound } from '../../../shared/errors'
import type { RequestContext } from '../../http/context'
import { tenantRoute } from '../../http/register'
import { organisationsRepository } from '../organisations'
import type { MetiersDeps } from './metiers.deps'
import { campaignDocument, campaignPath, homeDocument } from './page-campaign'
import { renderPortalDocument, type PortalDocument } from './page-document'
import { ficheDocument, fichePath } from './page-fiche'
import { offerDocument, offerPath } from './page-offer'
import { logoImage } from './page-logo'
import { accessibilityDocument, notFoundDocument, privateDocument, privatePageOf } from './page-other'
import { searchDocument, searchRefusedDocument } from './page-search'
import { portalSources, type PortalSources } from './page-sources'
import { retentionDocument } from './retention/retention.pages'
import { ambassadorsDocument } from './ambassadors/ambassadors.pages'
import { contactDocument } from './observatory/contact.pages'
import { immersionsDocument } from './immersions/immersions.pages'
import { trainingsDocument } from './trainings/trainings.pages'
import { apprenticeshipsDocument } from './apprenticeships/apprenticeships.pages'
import { agrementDocument } from './agrement/agrement.pages'
import { offerSitemapParts, robotsTxt, SITEMAP_MAX_URLS, sitemapIndexXml, sitemapXml } from './sitemap'
import { sitemapRepository } from './sitemap.repository'

/** Pages carry their content and data: gzipped, a search page is a quarter of its size on a phone's network. */
function compressed(reply: FastifyReply, html: string): string | Buffer {
  reply.header('vary', 'accept-encoding')
  const accepted = String(reply.request.headers['accept-encoding'] ?? '')
  if (html.length < 1024 || !/\bgzip\b/.test(accepted)) return html
  reply.header('content-encoding', 'gzip')
  return gzipSync(html, { level: 6 })
}

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
    return compressed(reply, renderPortalDocument(doc, deps.publicUrl))
  }

  const home = async (ctx: RequestContext, url: string) =>
    homeDocument({ territories: await sources.territories(ctx), fiches: await sources.fiches(ctx) }, url)

  tenantRoute(app, db, contract.home, async (_input, ctx, { request, reply }) =>
    page(reply, await home(ctx, request.url)),
  )

  tenantRoute(app, db, contract.offer, async ({ params }, ctx, { request, reply }) => {
    const offer = await sources.offer(ctx, params.slug)
    return page(
      reply,
      offer
        ? offerDocument(offer, request.url, deps.publicUrl)
        : notFoundDocument('offre', request.url, offerPath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.fiche, async ({ params }, ctx, { request, reply }) => {
    const fiche = await sources.fiche(ctx, params.slug)
    return page(
      reply,
      fiche
        ? ficheDocument(fiche, request.url)
        : notFoundDocument('fiche', request.url, fichePath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.campaign, async ({ params }, ctx, { request, reply }) => {
    const campaign = await sources.campaign(ctx, params.slug)
    return page(
      reply,
      campaign
        ? campaignDocument(campaign, request.url)
        : notFoundDocument('territoire', request.url, campaignPath(params.slug)),
    )
  })

  tenantRoute(app, db, contract.search, async (_input, ctx, { request, reply }) => {
    const query = offerSearchQuery.safeParse(request.query)
    let refusal: string | null = query.success
      ? null
      : (query.error.issues[0]?.message ?? 'Recherche incomprise.')
    if (query.success) {
      try {
        return page(reply, searchDocument(await sources.search(ctx, query.data), request.url, request.url))
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'validation') throw error
        refusal = error.fields[0]?.message ?? error.message
      }
    }
    // The portal shows the form with the refusal, field by field, from the API; the server says it plainly.
    return page(reply, searchRefusedDocument(refusal ?? 'Recherche incomprise.', request.url), false)
  })

  tenantRoute(app, db, contract.other, async ({ params }, ctx, { request, reply }) => {
    const rest = ((params as { '*'?: string })['*'] ?? '').replace(/\/$/, '')
    // The lists of fiches and territories are on the home page (its canonical address).
    if (rest === '' || rest === 'fiches' || rest === 'territoires')
      return page(reply, await home(ctx, request.url))
    if (rest === 'accessibilite') return page(reply, accessibilityDocument(request.url))
    const retention = retentionDocument(rest, request.url)
    if (retention) return page(reply, retention, !retention.head.noindex)
    const ambassadors = ambassadorsDocument(rest, request.url)
    if (ambassadors) return page(reply, ambassadors)
    const contact = contactDocument(rest, request.url)
    if (contact) return page(reply, contact)
    const pathway =
      immersionsDocument(rest, request.url) ??
      trainingsDocument(rest, request.url) ??
      apprenticeshipsDocument(rest, request.url) ??
      agrementDocument(rest, request.url)
    if (pathway) return page(reply, pathway, !pathway.head.noindex)
    const kind = privatePageOf(rest)
    // Tokens and personal pages never go into a canonical address.
    if (kind) return page(reply, privateDocument(kind, request.url, '/metiers'), false)
    return page(reply, notFoundDocument('introuvable', request.url, '/metiers'))
  })

  const logo = (reply: FastifyReply, dataUrl: string | null | undefined) => {
    const image = logoImage(dataUrl)
    if (!image) throw notFound('Ce logo')
    reply.type(image.type).header('cache-control', 'public, max-age=86400')
    return image.bytes
  }
  tenantRoute(app, db, contract.employerLogo, async ({ params }, ctx, { reply }) =>
    logo(reply, (await organisationsRepository(ctx.tx).getOrganisation(params.organisationId))?.logoDataUrl),
  )
  tenantRoute(app, db, contract.territoryLogo, async ({ params }, ctx, { reply }) =>
    logo(reply, (await sources.campaign(ctx, params.slug))?.logoDataUrl),
  )

  const xml = (reply: FastifyReply, body: string) => {
    reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=600')
    return compressed(reply, body)
  }

  tenantRoute(app, db, contract.sitemap, async (_input, { tx }, { reply }) => {
    const repo = sitemapRepository(tx)
    const now = deps.clock()
    const [fiches, campaigns, openOffers] = await Promise.all([
      repo.fiches(),
      repo.campaigns(),
      repo.openOfferCount(now),
    ])
    const parts = offerSitemapParts(2 + fiches.length + campaigns.length, openOffers)
    if (parts > 0) return xml(reply, sitemapIndexXml(parts, deps.publicUrl, now))
    const offers = await repo.openOffers(now, SITEMAP_MAX_URLS)
    return xml(reply, sitemapXml({ fiches, campaigns, offers }, deps.publicUrl))
  })

  /** Beyond 50,000 addresses: file 0 holds the pages, files 1… the open offers. */
  tenantRoute(app, db, contract.sitemapPart, async ({ params }, { tx }, { reply }) => {
    const repo = sitemapRepository(tx)
    const part = params.part
    if (part === 0) {
      const [fiches, campaigns] = await Promise.all([repo.fiches(), repo.campaigns()])
      return xml(reply, sitemapXml({ fiches, campaigns, offers: [] }, deps.publicUrl))
    }
    const offers = await repo.openOffers(deps.clock(), SITEMAP_MAX_URLS, (part - 1) * SITEMAP_MAX_URLS)
    if (offers.length === 0) throw notFound('Ce plan du site')
    return xml(reply, sitemapXml({ fiches: [], campaigns: [], offers }, deps.publicUrl, { pages: false }))
  })

  tenantRoute(app, db, contract.robots, async (_input, _ctx, { reply }) => {
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600')
    return robotsTxt(deps.publicUrl)
  })
}
