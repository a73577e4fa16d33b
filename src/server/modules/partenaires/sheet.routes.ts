import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { sheetContract as c } from '../../../shared/modules/partenaires/sheet.contract'
import type { Database } from '../../db/client'
import type { HttpContext } from '../../http/context'
import { organisationPublicRoute, tenantRoute } from '../../http/register'
import type { PartenairesDeps } from './partenaires.deps'
import { sheetService, type GeneratedSheet } from './sheet/sheet.service'

/** Sends the sheet to open in the browser's PDF viewer (to print), once the transaction committed. */
function pdf({ reply }: HttpContext, sheet: GeneratedSheet) {
  void reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${sheet.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
  return Buffer.from(sheet.bytes)
}

/** Routes of the orientation sheet. */
export function registerSheetRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const sheets = sheetService({
    clock: deps.clock,
    publicUrl: deps.publicUrl,
    mapTiles: deps.mapTiles
      ? { url: deps.mapTiles.url, cacheDir: join(deps.mapTiles.dataDir, 'map-tiles') }
      : undefined,
  })

  tenantRoute(app, db, c.serviceSheet, async ({ params, query }, ctx, http) =>
    pdf(http, await sheets.forMember(ctx, params.id, query.language)),
  )
  tenantRoute(app, db, c.referralSheet, async ({ params, query }, ctx, http) =>
    pdf(http, await sheets.forReferral(ctx, params.referralId, query.language)),
  )
  organisationPublicRoute(
    app,
    db,
    c.publicServiceSheet,
    { organisationId: ({ params }) => params.organisationId, actorLabel: 'Public' },
    async ({ params, query }, ctx, http) =>
      pdf(http, await sheets.forPublic(ctx, params.organisationId, params.id, query.language)),
  )
}
