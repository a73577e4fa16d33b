import type { FastifyInstance } from 'fastify'
import { metiersApplicationsContract as c } from '../../../shared/modules/metiers/applications.contract'
import type { Database } from '../../db/client'
import { asAttachment } from '../../http/attachment'
import { identityRoute, tenantRoute } from '../../http/register'
import { followTenant, foundTenantRoute, offerTenant } from './application-public-routes'
import { applicationPipelineService } from './application-pipeline.service'
import { applicationsService } from './applications.service'
import { cvFiles } from './cv-files.service'
import type { MetiersDeps } from './metiers.deps'

const publicLabel = 'Candidat (portail public)'
const byFollowLink = {
  find: (tx: Parameters<typeof followTenant>[0], i: { params: { token: string } }) =>
    followTenant(tx, i.params.token),
  notFoundMessage: 'Cette candidature',
  actorLabel: 'Candidat (lien de suivi)',
}

/** Applying, the candidate's follow-up link, and the recruiters' pipeline. */
export function registerApplicationsRoutes(app: FastifyInstance, db: Database, deps: MetiersDeps) {
  const cvs = cvFiles(deps)
  const applications = applicationsService(deps)
  const pipeline = applicationPipelineService(deps)

  // No database: the file is checked, stored, and named by a signed token.
  identityRoute(app, c.uploadCv, async ({ query }, _ctx, http) =>
    cvs.upload(query.fileName, http.request.body),
  )

  foundTenantRoute(
    app,
    db,
    c.apply,
    {
      find: (tx, i) => offerTenant(tx, i.params.slug),
      notFoundMessage: 'Cette offre',
      actorLabel: publicLabel,
    },
    ({ params, body }, ctx) => applications.apply(ctx, params.slug, body),
  )
  foundTenantRoute(app, db, c.follow, byFollowLink, ({ params }, ctx) =>
    applications.follow(ctx, params.token),
  )
  foundTenantRoute(app, db, c.withdraw, byFollowLink, ({ params }, ctx) =>
    applications.withdraw(ctx, params.token),
  )

  tenantRoute(app, db, c.dashboard, async (_i, ctx) => pipeline.dashboard(ctx))
  tenantRoute(app, db, c.pipeline, async ({ params }, ctx) => pipeline.pipeline(ctx, params.id))
  tenantRoute(app, db, c.detail, async ({ params }, ctx) => pipeline.detail(ctx, params.id))
  tenantRoute(app, db, c.downloadCv, async ({ params }, ctx, http) => {
    const cv = await pipeline.cv(ctx, params.id)
    asAttachment(http.reply, cv.name, cv.type, 'cv')
    return cv.bytes
  })
  tenantRoute(app, db, c.changeStatus, async ({ params, body }, ctx) =>
    pipeline.changeStatus(ctx, params.id, body.status, body.message),
  )
  tenantRoute(app, db, c.addNote, async ({ params, body }, ctx) =>
    pipeline.addNote(ctx, params.id, body.text),
  )
}
