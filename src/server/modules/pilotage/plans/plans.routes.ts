import type { FastifyInstance } from 'fastify'
import { pilotagePlansContract as c } from '../../../../shared/modules/pilotage/plans.contract'
import type { Database } from '../../../db/client'
import { tenantRoute } from '../../../http/register'
import type { PilotageDeps } from '../pilotage.deps'
import { plansService } from './plans.service'

/** Routes of the pilotage module's plans part: plans, axes, actions and their fiches, milestones, budget. */
export function registerPlansRoutes(app: FastifyInstance, db: Database, _deps: PilotageDeps) {
  const s = plansService()
  tenantRoute(app, db, c.list, (_i, ctx) => s.list(ctx))
  tenantRoute(app, db, c.create, ({ body }, ctx) => s.create(ctx, body))
  tenantRoute(app, db, c.plan, ({ params }, ctx) => s.plan(ctx, params.id))
  tenantRoute(app, db, c.update, ({ params, body }, ctx) => s.update(ctx, params.id, body))
  tenantRoute(app, db, c.sharing, ({ params }, ctx) => s.sharing(ctx, params.id))
  tenantRoute(app, db, c.share, ({ params, body }, ctx) => s.share(ctx, params.id, body.organisationId))
  tenantRoute(app, db, c.unshare, ({ params, body }, ctx) => s.unshare(ctx, params.id, body.organisationId))
  tenantRoute(app, db, c.choices, (_i, ctx) => s.choices(ctx))
  tenantRoute(app, db, c.createAxis, ({ params, body }, ctx) => s.createAxis(ctx, params.id, body))
  tenantRoute(app, db, c.updateAxis, ({ params, body }, ctx) => s.updateAxis(ctx, params.id, body))
  tenantRoute(app, db, c.deleteAxis, ({ params }, ctx) => s.deleteAxis(ctx, params.id))
  tenantRoute(app, db, c.moveAxis, ({ params, body }, ctx) => s.moveAxis(ctx, params.id, body.position))
  tenantRoute(app, db, c.createAction, ({ params, body }, ctx) => s.createAction(ctx, params.id, body))
  tenantRoute(app, db, c.moveAction, ({ params, body }, ctx) => s.moveAction(ctx, params.id, body))
  tenantRoute(app, db, c.deleteAction, ({ params }, ctx) => s.deleteAction(ctx, params.id))
  tenantRoute(app, db, c.fiche, ({ params }, ctx) => s.fiche(ctx, params.id))
  tenantRoute(app, db, c.updateFiche, ({ params, body }, ctx) => s.updateFiche(ctx, params.id, body))
  tenantRoute(app, db, c.changeStatus, ({ params, body }, ctx) => s.changeStatus(ctx, params.id, body))
  tenantRoute(app, db, c.createActionMilestone, ({ params, body }, ctx) =>
    s.createActionMilestone(ctx, params.id, body),
  )
  tenantRoute(app, db, c.planMilestones, ({ params }, ctx) => s.planMilestones(ctx, params.id))
  tenantRoute(app, db, c.createPlanMilestone, ({ params, body }, ctx) =>
    s.createPlanMilestone(ctx, params.id, body),
  )
  tenantRoute(app, db, c.updateMilestone, ({ params, body }, ctx) => s.updateMilestone(ctx, params.id, body))
  tenantRoute(app, db, c.milestoneDone, ({ params, body }, ctx) =>
    s.milestoneDone(ctx, params.id, body.doneOn),
  )
  tenantRoute(app, db, c.deleteMilestone, ({ params }, ctx) => s.deleteMilestone(ctx, params.id))
  tenantRoute(app, db, c.funders, ({ params }, ctx) => s.funders(ctx, params.id))
  tenantRoute(app, db, c.createFunder, ({ params, body }, ctx) => s.createFunder(ctx, params.id, body.name))
  tenantRoute(app, db, c.updateFunder, ({ params, body }, ctx) => s.updateFunder(ctx, params.id, body.name))
  tenantRoute(app, db, c.deleteFunder, ({ params }, ctx) => s.deleteFunder(ctx, params.id))
  tenantRoute(app, db, c.createBudgetLine, ({ params, body }, ctx) =>
    s.createBudgetLine(ctx, params.id, body),
  )
  tenantRoute(app, db, c.updateBudgetLine, ({ params, body }, ctx) =>
    s.updateBudgetLine(ctx, params.id, body),
  )
  tenantRoute(app, db, c.deleteBudgetLine, ({ params }, ctx) => s.deleteBudgetLine(ctx, params.id))
  tenantRoute(app, db, c.myFiches, (_i, ctx) => s.myFiches(ctx))
}
