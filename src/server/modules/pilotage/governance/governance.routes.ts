import type { FastifyInstance } from 'fastify'
import { pilotageGovernanceContract as c } from '../../../../shared/modules/pilotage/governance.contract'
import type { Database } from '../../../db/client'
import { asAttachment } from '../../../http/attachment'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { governanceService } from './governance.service'

/** Routes of the pilotage module's governance part: reviews and the yearly recap. */
export function registerGovernanceRoutes(app: FastifyInstance, db: Database, deps: PilotageDeps) {
  const service = governanceService(deps)
  tenantRoute(app, db, c.reviews, async ({ params }, ctx) => service.list(ctx, params.id))
  tenantRoute(app, db, c.createReview, async ({ params, body }, ctx) => service.create(ctx, params.id, body))
  tenantRoute(app, db, c.review, async ({ params }, ctx) => service.get(ctx, params.id))
  tenantRoute(app, db, c.addDecision, async ({ params, body }, ctx) =>
    service.addDecision(ctx, params.id, body),
  )
  tenantRoute(app, db, c.freeze, async ({ params }, ctx) => service.freeze(ctx, params.id))
  tenantRoute(app, db, c.recap, async ({ params, query }, ctx) => service.recap(ctx, params.id, query.annee))
  tenantRoute(app, db, c.recapPdf, async ({ params, query }, ctx, http) => {
    const file = await service.recapFile(ctx, params.id, query.annee, 'pdf')
    asAttachment(http.reply, file.name, 'application/pdf', 'liste-recapitulative.pdf')
    return Buffer.from(file.bytes)
  })
  tenantRoute(app, db, c.recapXlsx, async ({ params, query }, ctx, http) => {
    const file = await service.recapFile(ctx, params.id, query.annee, 'xlsx')
    asAttachment(
      http.reply,
      file.name,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'liste-recapitulative.xlsx',
    )
    return file.bytes
  })
}
