import type { FastifyInstance } from 'fastify'
import { domiciliationDecisionsContract as c } from '../../../shared/modules/domiciliation/decisions.contract'
import type { Database } from '../../db/client'
import type { HttpContext } from '../../http/context'
import { tenantRoute } from '../../http/register'
import type { Clock } from './decisions.context'
import { decisionsService } from './decisions.service'
import { documentsService, type GeneratedDocument } from './documents.service'
import { followUpService } from './follow-up.service'
import { radiationService } from './radiation.service'
import { structureSettingsService } from './structure-settings.service'

/** Sends a generated PDF as a download; its bytes leave once the transaction and its audit entry committed. */
function pdf({ reply }: HttpContext, document: GeneratedDocument) {
  void reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${document.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
  return Buffer.from(document.bytes)
}

export function registerDomiciliationDecisionRoutes(
  app: FastifyInstance,
  db: Database,
  deps: { clock: Clock },
) {
  const decisions = decisionsService(deps.clock)
  const followUp = followUpService(deps.clock)
  const radiation = radiationService(deps.clock)
  const settings = structureSettingsService(deps.clock)

  tenantRoute(app, db, c.getSettings, async (_i, ctx) => settings.get(ctx))
  tenantRoute(app, db, c.setSettings, async ({ body }, ctx) => settings.set(ctx, body))
  tenantRoute(app, db, c.open, async ({ body }, ctx) => decisions.open(ctx, body.usagerId))
  tenantRoute(app, db, c.list, async ({ query }, ctx) => followUp.list(ctx, query))
  tenantRoute(app, db, c.counters, async (_i, ctx) => followUp.counters(ctx))
  tenantRoute(app, db, c.get, async ({ params }, ctx) => decisions.get(ctx, params.id))
  tenantRoute(app, db, c.setBirthPlace, async ({ params, body }, ctx) =>
    decisions.setBirthPlace(ctx, params.id, body.birthPlace),
  )
  tenantRoute(app, db, c.fileRequest, async ({ params, body }, ctx) =>
    decisions.fileRequest(ctx, params.id, body),
  )
  tenantRoute(app, db, c.radiate, async ({ params, body }, ctx) => radiation.radiate(ctx, params.id, body))
  tenantRoute(app, db, c.radiateMany, async ({ body }, ctx) => {
    const { domiciliationIds, ...input } = body
    return radiation.radiateMany(ctx, domiciliationIds, input)
  })
  tenantRoute(app, db, c.acknowledge, async ({ params, body }, ctx) =>
    decisions.acknowledge(ctx, params.id, body.acknowledgedOn),
  )
  tenantRoute(app, db, c.interview, async ({ params, body }, ctx) =>
    decisions.interview(ctx, params.id, body),
  )
  tenantRoute(app, db, c.decide, async ({ params, body }, ctx) => decisions.decide(ctx, params.id, body))
  tenantRoute(app, db, c.cancel, async ({ params, body }, ctx) =>
    decisions.cancel(ctx, params.id, body.cancelReason),
  )
  tenantRoute(app, db, c.requestForm, async ({ params }, ctx, http) =>
    pdf(http, await documentsService.requestForm(ctx, params.id)),
  )
  tenantRoute(app, db, c.attestation, async ({ params }, ctx, http) =>
    pdf(http, await documentsService.attestation(ctx, params.id)),
  )
  tenantRoute(app, db, c.letter, async ({ params }, ctx, http) =>
    pdf(http, await documentsService.letter(ctx, params.id)),
  )
}
