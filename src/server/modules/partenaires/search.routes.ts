import type { FastifyInstance } from 'fastify'
import { searchContract as c } from '../../../shared/modules/partenaires/search.contract'
import type { Database } from '../../db/client'
import { organisationPublicRoute, tenantRoute } from '../../http/register'
import type { PartenairesDeps } from './partenaires.deps'
import { searchService } from './search.service'

const byPath = { organisationId: (i: { params: { organisationId: string } }) => i.params.organisationId }

/**
 * Routes of the search of the directory: agents search their organisation's directory; residents
 * without an account search the published directory of the organisation named in the path. The
 * directory is public information, so reading it is not written to the audit log.
 */
export function registerSearchRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const service = searchService(deps)
  tenantRoute(app, db, c.search, async ({ query }, ctx) =>
    service.search(ctx.tx, ctx.actor!.organisationId!, query),
  )
  tenantRoute(app, db, c.service, async ({ params }, ctx) =>
    service.service(ctx.tx, ctx.actor!.organisationId!, params.id),
  )
  organisationPublicRoute(
    app,
    db,
    c.publicSearch,
    { ...byPath, actorLabel: 'Public' },
    async ({ params, query }, ctx) => service.search(ctx.tx, params.organisationId, query),
  )
  organisationPublicRoute(
    app,
    db,
    c.publicService,
    { ...byPath, actorLabel: 'Public' },
    async ({ params }, ctx) => service.service(ctx.tx, params.organisationId, params.id),
  )
}
