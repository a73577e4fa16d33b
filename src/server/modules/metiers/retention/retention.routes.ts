import type { FastifyInstance } from 'fastify'
import { metiersRetentionContract as c } from '../../../../shared/modules/metiers/retention.contract'
import type { Database } from '../../../db/client'
import { identityRoute, organisationPublicRoute, tenantRoute } from '../../../http/register'
import type { MetiersDeps } from '../metiers.deps'
import { listeningLines, listeningService } from './listening.service'
import { livingPlacesService, publishedLivingPlaces } from './living-places.service'
import { pointDeChuteNetwork, pointDeChuteService } from './point-de-chute.service'
import { sendPointDeChuteWorker } from './point-de-chute.worker'

const PUBLIC = 'Le public (ligne d’écoute)'

/**
 * Routes of the métiers module's retention part: reasons to stay: the Point de chute network, housing near
 * workplaces, childcare with staggered hours, the listening line's callback slots. Places are public
 * once published (no personal data: not audited), their writes are audited; callbacks are personal
 * data, every read and write audited.
 */
export function registerRetentionRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const places = pointDeChuteService(deps)
  const living = livingPlacesService(deps)
  const listening = listeningService(deps)
  const inOrganisation = {
    organisationId: ({ params }: { params: { organisationId: string } }) => params.organisationId,
    actorLabel: PUBLIC,
  }

  identityRoute(app, c.pointDeChuteWorker, async (_i, _ctx, { reply }) => sendPointDeChuteWorker(reply))
  tenantRoute(app, db, c.pointDeChuteNetwork, async (_i, ctx) => pointDeChuteNetwork(ctx.tx, deps.clock()))
  tenantRoute(app, db, c.pointDeChuteAccessCode, async ({ params }, ctx) => places.accessCode(ctx, params.id))
  tenantRoute(app, db, c.editorPointDeChute, async (_i, ctx) => places.list(ctx))
  tenantRoute(app, db, c.createPointDeChute, async ({ body }, ctx) => places.create(ctx, body))
  tenantRoute(app, db, c.updatePointDeChute, async ({ params, body }, ctx) =>
    places.update(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deletePointDeChute, async ({ params }, ctx) => places.remove(ctx, params.id))

  tenantRoute(app, db, c.livingPlaces, async ({ query }, ctx) =>
    publishedLivingPlaces(ctx.tx, query.category),
  )
  tenantRoute(app, db, c.editorLivingPlaces, async (_i, ctx) => living.list(ctx))
  tenantRoute(app, db, c.createLivingPlace, async ({ body }, ctx) => living.create(ctx, body))
  tenantRoute(app, db, c.updateLivingPlace, async ({ params, body }, ctx) =>
    living.update(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deleteLivingPlace, async ({ params }, ctx) => living.remove(ctx, params.id))

  tenantRoute(app, db, c.listeningLines, async (_i, ctx) => listeningLines(ctx.tx))
  organisationPublicRoute(app, db, c.freeTimes, inOrganisation, async ({ params }, ctx) =>
    listening.freeTimes(ctx, params.organisationId),
  )
  organisationPublicRoute(app, db, c.bookCallback, inOrganisation, async ({ params, body }, ctx) =>
    listening.book(ctx, params.organisationId, body),
  )
  organisationPublicRoute(app, db, c.cancelCallback, inOrganisation, async ({ params, body }, ctx) =>
    listening.cancel(ctx, params.organisationId, params.id, body.token),
  )
  tenantRoute(app, db, c.listeningSetup, async (_i, ctx) => listening.setup(ctx))
  tenantRoute(app, db, c.createListeningSlot, async ({ body }, ctx) => listening.saveSlot(ctx, null, body))
  tenantRoute(app, db, c.updateListeningSlot, async ({ params, body }, ctx) =>
    listening.saveSlot(ctx, params.id, body),
  )
  tenantRoute(app, db, c.weekCallbacks, async ({ query }, ctx) => listening.week(ctx, query.week))
  tenantRoute(app, db, c.markCalledBack, async ({ params }, ctx) => listening.markCalledBack(ctx, params.id))
}
