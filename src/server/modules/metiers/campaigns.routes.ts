import type { FastifyInstance } from 'fastify'
import { metiersCampaignsContract as c } from '../../../shared/modules/metiers/campaigns.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import { campaignsService, publishedCampaigns } from './campaigns.service'
import type { MetiersDeps } from './metiers.deps'

/**
 * Campaign pages: the public reads the published ones (platform content, not personal data: not
 * audited); the territory's editors write their organisation's page, each write audited.
 */
export function registerCampaignsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const service = campaignsService(deps)
  tenantRoute(app, db, c.territories, async (_i, ctx) => publishedCampaigns(ctx.tx))
  tenantRoute(app, db, c.territory, async ({ params }, ctx) => service.territory(ctx.tx, params.slug))
  tenantRoute(app, db, c.editorPage, async (_i, ctx) => service.editorState(ctx))
  tenantRoute(app, db, c.savePage, async ({ body }, ctx) => service.save(ctx, body))
  tenantRoute(app, db, c.publishPage, async (_i, ctx) => service.publish(ctx))
  tenantRoute(app, db, c.unpublishPage, async (_i, ctx) => service.unpublish(ctx))
}
