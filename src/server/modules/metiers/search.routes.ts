import type { FastifyInstance } from 'fastify'
import { metiersSearchContract as c } from '../../../shared/modules/metiers/search.contract'
import type { Database } from '../../db/client'
import { identityRoute, tenantRoute } from '../../http/register'
import type { MetiersDeps } from './metiers.deps'
import { savedSearchesService } from './saved-searches.service'
import { offerSearchService } from './search.service'

/**
 * The public offer search, and saved searches with e-mail alerts. Offers are public: the search is
 * not audited. Visitors' alerts are reached by their tokens only (owner); a signed-in account reads
 * and deletes its own alerts under row-level security.
 */
export function registerSearchRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const search = offerSearchService(deps)
  const alerts = savedSearchesService(db, deps)

  tenantRoute(app, db, c.search, async ({ query }, ctx) => search.search(ctx.tx, query))

  identityRoute(app, c.createAlert, async ({ body }, { actor, requestId }) =>
    alerts.create(body, actor, requestId),
  )
  identityRoute(app, c.confirmAlert, async ({ body }, { actor, requestId }) =>
    alerts.confirm(body.token, actor, requestId),
  )
  identityRoute(app, c.unsubscribeAlert, async ({ body }, { actor, requestId }) =>
    alerts.unsubscribe(body.token, actor, requestId),
  )

  tenantRoute(app, db, c.accountAlerts, async (_input, ctx) =>
    alerts.ofAccount(ctx.tx, ctx.actor!.accountId, ctx.audit),
  )
  tenantRoute(app, db, c.deleteAccountAlert, async ({ params }, ctx) =>
    alerts.deleteOfAccount(ctx.tx, ctx.actor!.accountId, params.id, ctx.audit),
  )
}
