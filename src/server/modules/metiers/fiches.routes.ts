import type { FastifyInstance } from 'fastify'
import { metiersFichesContract as c } from '../../../shared/modules/metiers/fiches.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import { fichesService } from './fiches.service'
import type { MetiersDeps } from './metiers.deps'
import { payGridsService } from './pay-grids.service'
import { portraitsService } from './portraits.service'
import { sanitizeRichText } from './rich-text'
import { romeImportService } from './rome-import.service'

/** Fiches métiers: public reading, editors' writing, portraits and their files, ROME and pay grid imports. */
export function registerFichesRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const fiches = fichesService(deps)
  const portraits = portraitsService(deps)
  const rome = romeImportService()
  const grids = payGridsService()

  tenantRoute(app, db, c.listPublic, async (_i, ctx) => fiches.listPublic(ctx))
  tenantRoute(app, db, c.getPublic, async ({ params }, ctx) => fiches.getPublic(ctx, params.slug))
  tenantRoute(app, db, c.media, async ({ params }, ctx, http) => {
    const media = await portraits.media(ctx, params.id)
    http.reply
      .type(media.type === 'text/vtt' ? 'text/vtt; charset=utf-8' : media.type)
      .header('x-content-type-options', 'nosniff')
      // Each upload has its own address: a published file never changes, a draft's stays private.
      .header('cache-control', media.public ? 'public, max-age=31536000, immutable' : 'private, no-store')
    return media.bytes
  })

  tenantRoute(app, db, c.list, async (_i, ctx) => fiches.list(ctx))
  tenantRoute(app, db, c.get, async ({ params }, ctx) => fiches.get(ctx, params.id))
  tenantRoute(app, db, c.create, async ({ body }, ctx) => fiches.create(ctx, body))
  tenantRoute(app, db, c.update, async ({ params, body }, ctx) => fiches.update(ctx, params.id, body))
  tenantRoute(app, db, c.setPublished, async ({ params, body }, ctx) =>
    fiches.setPublished(ctx, params.id, body.published),
  )
  tenantRoute(app, db, c.previewRichText, async ({ body }) => ({ html: sanitizeRichText(body.html) }))

  tenantRoute(app, db, c.createPortrait, async ({ params, body }, ctx) =>
    portraits.create(ctx, params.id, body),
  )
  tenantRoute(app, db, c.updatePortrait, async ({ params, body }, ctx) =>
    portraits.update(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deletePortrait, async ({ params }, ctx) => portraits.delete(ctx, params.id))
  tenantRoute(app, db, c.uploadPhoto, async ({ params, query }, ctx, http) =>
    portraits.uploadPhoto(ctx, params.id, http.request.body, query.alt),
  )
  tenantRoute(app, db, c.deletePhoto, async ({ params }, ctx) => portraits.deletePhoto(ctx, params.id))
  tenantRoute(app, db, c.uploadVideo, async ({ params }, ctx, http) =>
    portraits.uploadVideo(ctx, params.id, http.request.body),
  )
  tenantRoute(app, db, c.uploadCaptions, async ({ params }, ctx, http) =>
    portraits.uploadCaptions(ctx, params.id, http.request.body),
  )
  tenantRoute(app, db, c.deleteVideo, async ({ params }, ctx) => portraits.deleteVideo(ctx, params.id))

  tenantRoute(app, db, c.romeReferential, async (_i, ctx) => rome.referential(ctx))
  tenantRoute(app, db, c.romeLookup, async ({ query }, ctx) => rome.lookup(ctx, query))
  tenantRoute(app, db, c.romeImportPreview, async ({ query }, ctx, http) =>
    rome.preview(ctx, http.request.body, query),
  )
  tenantRoute(app, db, c.romeImportCommit, async ({ query }, ctx, http) =>
    rome.commit(ctx, http.request.body, query),
  )

  tenantRoute(app, db, c.payGrids, async (_i, ctx) => grids.list(ctx))
  tenantRoute(app, db, c.payGrid, async ({ params }, ctx) => grids.get(ctx, params.id))
  tenantRoute(app, db, c.payGridImportPreview, async ({ query }, ctx, http) =>
    grids.preview(ctx, http.request.body, query),
  )
  tenantRoute(app, db, c.payGridImportCommit, async ({ query }, ctx, http) =>
    grids.commit(ctx, http.request.body, query),
  )
  tenantRoute(app, db, c.deletePayGrid, async ({ params }, ctx) => grids.delete(ctx, params.id))
}
