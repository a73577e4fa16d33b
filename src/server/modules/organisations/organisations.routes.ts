import type { FastifyInstance } from 'fastify'
import { organisationsContract as c } from '../../../shared/modules/organisations/organisations.contract'
import type { Database } from '../../db/client'
import { identityRoute, tenantRoute } from '../../http/register'
import { acceptInvitation, lookupInvitation } from './membership-onboarding'
import { presentInvitation, presentMember, presentOrganisation } from './organisations.presenter'
import type { OrganisationsService } from './organisations.service'

export function registerOrganisationsRoutes(app: FastifyInstance, db: Database, service: OrganisationsService) {
  tenantRoute(app, db, c.list, async (_i, ctx) => (await service.listOrganisations(ctx)).map(presentOrganisation))
  tenantRoute(app, db, c.create, async ({ body }, ctx) => presentOrganisation(await service.createOrganisation(ctx, body)))
  tenantRoute(app, db, c.current, async (_i, ctx) => presentOrganisation(await service.current(ctx)))
  tenantRoute(app, db, c.updateCurrent, async ({ body }, ctx) => presentOrganisation(await service.updateCurrent(ctx, body)))
  tenantRoute(app, db, c.listServices, async (_i, ctx) => service.listServices(ctx))
  tenantRoute(app, db, c.createService, async ({ body }, ctx) => service.createService(ctx, body.name))
  tenantRoute(app, db, c.renameService, async ({ params, body }, ctx) => service.renameService(ctx, params.id, body.name))
  tenantRoute(app, db, c.listMembers, async (_i, ctx) => (await service.listMembers(ctx)).map(presentMember))
  tenantRoute(app, db, c.getMember, async ({ params }, ctx) => presentMember(await service.getMember(ctx, params.id)))
  tenantRoute(app, db, c.updateMember, async ({ params, body }, ctx) => presentMember(await service.updateMember(ctx, params.id, body)))
  tenantRoute(app, db, c.removeMember, async ({ params }, ctx) => {
    await service.removeMember(ctx, params.id)
    return { ok: true as const }
  })
  tenantRoute(app, db, c.listInvitations, async (_i, ctx) => (await service.listInvitations(ctx)).map(presentInvitation))
  tenantRoute(app, db, c.invite, async ({ body }, ctx) => presentInvitation(await service.invite(ctx, body)))
  tenantRoute(app, db, c.revokeInvitation, async ({ params }, ctx) => {
    await service.revokeInvitation(ctx, params.id)
    return { ok: true as const }
  })
  identityRoute(app, c.readInvitation, async ({ body }) => lookupInvitation(db, body.token))
  identityRoute(app, c.acceptInvitation, async ({ body }, { requestId }) => {
    await acceptInvitation(db, body, requestId)
    return { ok: true as const }
  })
}
