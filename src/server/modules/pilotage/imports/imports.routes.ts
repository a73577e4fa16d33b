import type { FastifyInstance } from 'fastify'
import { pilotageImportsContract as c } from '../../../../shared/modules/pilotage/imports.contract'
import type { Database } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { importModelXlsx } from './import-model'
import { importsService } from './imports.service'

/** Templates and imports: a plan created whole from a model or a spreadsheet (preview first). */
export function registerImportsRoutes(app: FastifyInstance, db: Database, _deps: PilotageDeps) {
  const service = importsService()
  tenantRoute(app, db, c.templates, async () => service.templates())
  tenantRoute(app, db, c.createFromTemplate, async ({ body }, ctx) => service.createFromTemplate(ctx, body))
  tenantRoute(app, db, c.importModel, async (_i, _ctx, http) => {
    asAttachment(
      http.reply,
      'modele-import-plan.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'modele-import-plan.xlsx',
    )
    return importModelXlsx()
  })
  tenantRoute(app, db, c.importPreview, async ({ query }, ctx, http) =>
    service.preview(ctx, http.request.body, query),
  )
  tenantRoute(app, db, c.importCommit, async ({ query }, ctx, http) =>
    service.commit(ctx, http.request.body, query),
  )
}
