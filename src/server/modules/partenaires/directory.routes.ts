import type { FastifyInstance } from 'fastify'
import { directoryContract as c } from '../../../shared/modules/partenaires/directory.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import { directoryChangesService } from './directory-changes.service'
import { directoryService } from './directory.service'
import type { PartenairesDeps } from './partenaires.deps'

/** Routes of the directory: structures, places, services, partners' proposals. */
export function registerDirectoryRoutes(app: FastifyInstance, db: Database, deps: PartenairesDeps) {
  const directory = directoryService(deps)
  const changes = directoryChangesService({ clock: deps.clock, directory })
  tenantRoute(app, db, c.listStructures, async ({ query }, ctx) => directory.list(ctx, query))
  tenantRoute(app, db, c.createStructure, async ({ body }, ctx) => directory.createStructure(ctx, body))
  tenantRoute(app, db, c.getStructure, async ({ params }, ctx) => directory.get(ctx, params.id))
  tenantRoute(app, db, c.updateStructure, async ({ params, body }, ctx) =>
    directory.updateStructure(ctx, params.id, body),
  )
  tenantRoute(app, db, c.closeStructure, async ({ params }, ctx) => directory.closeStructure(ctx, params.id))
  tenantRoute(app, db, c.deleteStructure, async ({ params }, ctx) =>
    directory.deleteStructure(ctx, params.id),
  )
  tenantRoute(app, db, c.confirmStructure, async ({ params }, ctx) =>
    directory.confirmStructure(ctx, params.id),
  )
  tenantRoute(app, db, c.createPlace, async ({ params, body }, ctx) =>
    directory.createPlace(ctx, params.id, body),
  )
  tenantRoute(app, db, c.updatePlace, async ({ params, body }, ctx) =>
    directory.updatePlace(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deletePlace, async ({ params }, ctx) => directory.deletePlace(ctx, params.id))
  tenantRoute(app, db, c.createService, async ({ params, body }, ctx) =>
    directory.createService(ctx, params.id, body),
  )
  tenantRoute(app, db, c.updateService, async ({ params, body }, ctx) =>
    directory.updateService(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deleteService, async ({ params }, ctx) => directory.deleteService(ctx, params.id))
  tenantRoute(app, db, c.myStructures, async (_i, ctx) => directory.myStructures(ctx))
  tenantRoute(app, db, c.proposeChange, async ({ body }, ctx) => changes.propose(ctx, body))
  tenantRoute(app, db, c.myChanges, async (_i, ctx) => changes.mine(ctx))
  tenantRoute(app, db, c.listChanges, async ({ query }, ctx) => changes.list(ctx, query))
  tenantRoute(app, db, c.validateChange, async ({ params }, ctx) => changes.validate(ctx, params.id))
  tenantRoute(app, db, c.refuseChange, async ({ params, body }, ctx) =>
    changes.refuse(ctx, params.id, body.comment),
  )
}
