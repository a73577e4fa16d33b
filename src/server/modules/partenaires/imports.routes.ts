import type { FastifyInstance } from 'fastify'
import { importsContract as c } from '../../../shared/modules/partenaires/imports.contract'
import type { Database } from '../../db/client'
import type { HttpContext } from '../../http/context'
import { tenantRoute } from '../../http/register'
import { importRunner, type ImportRunner } from './imports/import-runner'
import { importsService } from './imports/imports.service'
import type { PartenairesDeps } from './partenaires.deps'

/** Once the answer has left (the transaction committed), the import's places are located in the background. */
function locateAfterAnswer(http: HttpContext, runner: ImportRunner, importId: string) {
  http.reply.raw.once('finish', () => {
    if (http.reply.statusCode === 201) runner.start(importId)
  })
}

/** Routes of imports (RNA, CSV/XLSX) and batch geocoding. */
export function registerImportsRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const imports = importsService()
  const runner = importRunner(db, deps.geocoder, (message) => app.log.error(message))
  app.addHook('onClose', async () => runner.idle())
  tenantRoute(app, db, c.rnaPreview, async ({ query }, ctx, http) =>
    imports.previewRna(ctx, http.request.body, query),
  )
  tenantRoute(app, db, c.rnaCommit, async ({ query }, ctx, http) => {
    const view = await imports.commitRna(ctx, http.request.body, query)
    if (view.status === 'en_cours') locateAfterAnswer(http, runner, view.id)
    return view
  })
  tenantRoute(app, db, c.sheetPreview, async (_input, ctx, http) =>
    imports.previewSheet(ctx, http.request.body),
  )
  tenantRoute(app, db, c.sheetCommit, async ({ query }, ctx, http) => {
    const view = await imports.commitSheet(ctx, http.request.body, query.fileName)
    if (view.status === 'en_cours') locateAfterAnswer(http, runner, view.id)
    return view
  })
  tenantRoute(app, db, c.list, async (_input, ctx) => imports.list(ctx))
  tenantRoute(app, db, c.get, async ({ params }, ctx) => imports.get(ctx, params.id))
}
