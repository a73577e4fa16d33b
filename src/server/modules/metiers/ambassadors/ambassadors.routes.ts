import type { FastifyInstance } from 'fastify'
import { metiersAmbassadorsContract as c } from '../../../../shared/modules/metiers/ambassadors.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { MetiersDeps } from '../metiers.deps'
import { ambassadorsService } from './ambassadors.service'
import { discoveryPathService } from './discovery-path.service'

/**
 * Routes of the métiers module's ambassadors part: the public directory and booking form, the
 * ambassador's space, the editors' validation and modules, and the candidate's discovery path.
 */
export function registerAmbassadorsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const ambassadors = ambassadorsService(deps)
  const path = discoveryPathService(deps)

  tenantRoute(app, db, c.directory, async ({ query }, ctx) => ambassadors.directory(ctx, query))
  tenantRoute(app, db, c.ambassador, async ({ params }, ctx) => ambassadors.ambassador(ctx, params.id))
  tenantRoute(app, db, c.book, async ({ params, body }, ctx) => ambassadors.book(ctx, params.id, body))

  tenantRoute(app, db, c.space, async (_i, ctx) => ambassadors.space(ctx))
  tenantRoute(app, db, c.saveProfile, async ({ body }, ctx) => ambassadors.saveProfile(ctx, body))
  tenantRoute(app, db, c.submitProfile, async (_i, ctx) => ambassadors.submit(ctx))
  tenantRoute(app, db, c.setActive, async ({ body }, ctx) => ambassadors.setActive(ctx, body.active))
  tenantRoute(app, db, c.completeModule, async ({ params }, ctx) =>
    ambassadors.completeModule(ctx, params.id),
  )
  tenantRoute(app, db, c.answerBooking, async ({ params, body }, ctx) =>
    ambassadors.answer(ctx, params.id, body),
  )
  tenantRoute(app, db, c.markBookingDone, async ({ params }, ctx) => ambassadors.markDone(ctx, params.id))

  tenantRoute(app, db, c.reviewList, async (_i, ctx) => ambassadors.reviewList(ctx))
  tenantRoute(app, db, c.review, async ({ params, body }, ctx) => ambassadors.review(ctx, params.id, body))
  tenantRoute(app, db, c.modules, async (_i, ctx) => ambassadors.modules(ctx))
  tenantRoute(app, db, c.createModule, async ({ body }, ctx) => ambassadors.createModule(ctx, body))
  tenantRoute(app, db, c.updateModule, async ({ params, body }, ctx) =>
    ambassadors.updateModule(ctx, params.id, body),
  )

  tenantRoute(app, db, c.path, async (_i, ctx) => path.view(ctx))
  tenantRoute(app, db, c.addPathJob, async ({ body }, ctx) => path.add(ctx, body.fiche))
  tenantRoute(app, db, c.removePathJob, async ({ params }, ctx) => path.remove(ctx, params.fiche))
  tenantRoute(app, db, c.markStep, async ({ params, body }, ctx) =>
    path.mark(ctx, params.fiche, params.step, body.done),
  )
}
