/**
 * Plans: the plan and its structure (axes, actions in order), the fiche opérationnelle of each
 * action, milestones, funders and budget lines. The owner organisation's managers build the plan;
 * an action's pilots keep its fiche, status, milestones and consumption current; organisations the
 * plan is shared with read it. Reads that name pilots and every write are audited.
 */
import type { z } from 'zod'
import { addMonths } from '../../../../shared/dates'
import { conflict, DomainError, invalid, notFound } from '../../../../shared/errors'
import { newId } from '../../../../shared/ids'
import {
  planManagerRoles,
  planReaderRoles,
  type ActionKind,
  type ActionStatus,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import { moveAcross, moveWithin, positionsOf } from '../../../../shared/modules/pilotage/plan-ordering'
import type {
  FicheView,
  MilestoneView,
  MyFichesView,
  PlanView,
  actionBody,
  axisBody,
  axisUpdateBody,
  budgetLineBody,
  budgetLineUpdateBody,
  ficheBody,
  milestoneBody,
  milestoneUpdateBody,
  planBody,
  planUpdateBody,
  statusBody,
} from '../../../../shared/modules/pilotage/plans.contract'
import type { RequestContext } from '../../../http/context'
import { activeColleagues } from '../../organisations'
import { presentActionLine, presentBudget, presentMilestone, presentSummary, people } from './plans.presenter'
import { plansRepository, type ActionRow, type MilestoneRow, type PlanRow } from './plans.repository'

const NOT_FOUND = 'Ce plan'
const readOnly = () =>
  new DomainError('forbidden', 'Ce plan est partagé avec votre organisation en lecture seule.')
const archivedPlan = () =>
  new DomainError('conflict', 'Ce plan est archivé : rouvrez-le dans ses réglages pour le modifier.')
const managersOnly = () =>
  new DomainError('forbidden', 'Seules la direction et les administrateurs modifient la structure du plan.')
const pilotsOnly = () =>
  new DomainError(
    'forbidden',
    'Seuls les pilotes de cette action, la direction et les administrateurs peuvent la modifier.',
  )

const frenchDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

function slugWords(title: string) {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

interface Me {
  organisationId: string
  accountId: string
  manager: boolean
}

function meOf(ctx: RequestContext): Me {
  const a = ctx.actor
  if (!a?.organisationId || !a.roles.some((r) => planReaderRoles.includes(r))) throw notFound(NOT_FOUND)
  return {
    organisationId: a.organisationId,
    accountId: a.accountId,
    manager: a.roles.some((r) => planManagerRoles.includes(r)),
  }
}

const auditable = (row: object) => ({ ...row }) as Record<string, unknown>

export function plansService() {
  // ---------------------------------------------------------------- access

  /** A plan the organisation owns or that is shared with it; any other answers 404. */
  async function readable(ctx: RequestContext, planId: string) {
    const me = meOf(ctx)
    const repo = plansRepository(ctx.tx)
    const plan = await repo.plan(planId)
    if (!plan) throw notFound(NOT_FOUND)
    const owned = plan.organisationId === me.organisationId
    if (!owned && !(await repo.isSharedWith(plan.id, me.organisationId))) throw notFound(NOT_FOUND)
    return { me, repo, plan, owned }
  }

  /** The plan's structure: its owner's managers only. */
  async function managed(ctx: RequestContext, planId: string, { settings = false } = {}) {
    const found = await readable(ctx, planId)
    if (!found.owned) throw readOnly()
    if (!found.me.manager) throw managersOnly()
    if (found.plan.archived && !settings) throw archivedPlan()
    return found
  }

  async function actionOf(ctx: RequestContext, actionId: string) {
    const repo = plansRepository(ctx.tx)
    const action = await repo.action(actionId)
    if (!action) throw notFound('Cette action')
    const found = await readable(ctx, action.planId).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === 'not_found') throw notFound('Cette action')
      throw e
    })
    return { ...found, action }
  }

  /** An action's fiche: its pilots or a manager of the owner. */
  async function editableAction(ctx: RequestContext, actionId: string) {
    const found = await actionOf(ctx, actionId)
    if (!found.owned) throw readOnly()
    if (!found.me.manager && !found.action.pilotAccountIds.includes(found.me.accountId)) throw pilotsOnly()
    if (found.plan.archived) throw archivedPlan()
    return found
  }

  async function managedAction(ctx: RequestContext, actionId: string) {
    const found = await actionOf(ctx, actionId)
    if (!found.owned) throw readOnly()
    if (!found.me.manager) throw managersOnly()
    if (found.plan.archived) throw archivedPlan()
    return found
  }

  async function axisOf(ctx: RequestContext, axisId: string) {
    const repo = plansRepository(ctx.tx)
    const axis = await repo.axis(axisId)
    if (!axis) throw notFound('Cet axe')
    const found = await managed(ctx, axis.planId).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === 'not_found') throw notFound('Cet axe')
      throw e
    })
    return { ...found, axis }
  }

  // ---------------------------------------------------------------- checks

  function checkInPeriod(plan: PlanRow, field: string, date: string) {
    if (date > plan.periodEnd)
      throw invalid(
        field,
        `après la fin du plan (${frenchDate(plan.periodEnd)}) : choisissez une date avant.`,
      )
    if (date < plan.periodStart)
      throw invalid(
        field,
        `avant le début du plan (${frenchDate(plan.periodStart)}) : choisissez une date après.`,
      )
  }

  function checkYear(plan: PlanRow, year: number) {
    const first = Number(plan.periodStart.slice(0, 4))
    const last = Number(plan.periodEnd.slice(0, 4))
    if (year < first || year > last) throw invalid('year', `entre ${first} et ${last}, la période du plan.`)
  }

  async function checkMembers(ctx: RequestContext, field: string, ids: string[]) {
    if (ids.length === 0) return
    const members = new Set(
      (await activeColleagues(ctx.tx, { roles: planReaderRoles })).map((m) => m.accountId),
    )
    if (ids.some((id) => !members.has(id)))
      throw invalid(field, 'choisissez des membres actifs de votre organisation.')
  }

  // ---------------------------------------------------------------- views

  async function planView(
    ctx: RequestContext,
    plan: PlanRow,
    owned: boolean,
    manage: boolean,
  ): Promise<PlanView> {
    const repo = plansRepository(ctx.tx)
    const [axes, actions, sharedWith, owner] = await Promise.all([
      repo.axes(plan.id),
      repo.actionsOfPlan(plan.id),
      owned ? repo.sharedWith(plan.id) : Promise.resolve([]),
      repo.organisation(plan.organisationId),
    ])
    const names = await repo.accountNames([...new Set(actions.flatMap((a) => a.pilotAccountIds))])
    if (actions.some((a) => a.pilotAccountIds.length > 0))
      await ctx.audit({ action: 'read', entityType: 'action_plan', entityId: plan.id })
    const byStatus: Partial<Record<ActionStatus, number>> = {}
    for (const a of actions)
      byStatus[a.status as ActionStatus] = (byStatus[a.status as ActionStatus] ?? 0) + 1
    return {
      ...presentSummary(plan, owned, owner?.name ?? '', {
        axes: axes.length,
        actions: actions.length,
        byStatus,
      }),
      sharedWith,
      axes: axes.map((axis) => ({
        id: axis.id,
        position: axis.position,
        number: String(axis.position),
        title: axis.title,
        objective: axis.objective,
        actions: actions.filter((a) => a.axisId === axis.id).map((a) => presentActionLine(a, axis, names)),
      })),
      abilities: { manage: owned && manage && !plan.archived, settings: owned && manage },
    }
  }

  async function ficheView(ctx: RequestContext, actionId: string): Promise<FicheView> {
    const { repo, plan, owned, me, action } = await actionOf(ctx, actionId)
    const axis = (await repo.axis(action.axisId))!
    const [milestones, lines, funders] = await Promise.all([
      repo.milestonesOfAction(action.id),
      repo.budgetLines(action.id),
      repo.funders(plan.id),
    ])
    const accountIds = [
      ...new Set([
        ...action.pilotAccountIds,
        ...milestones.flatMap((m) => (m.ownerAccountId ? [m.ownerAccountId] : [])),
      ]),
    ]
    const [names, serviceNames] = await Promise.all([
      repo.accountNames(accountIds),
      repo.serviceNames(action.serviceIds),
    ])
    await ctx.audit({ action: 'read', entityType: 'plan_action', entityId: action.id })
    const pilot = action.pilotAccountIds.includes(me.accountId)
    return {
      id: action.id,
      number: `${axis.position}.${action.position}`,
      position: action.position,
      kind: action.kind as ActionKind,
      title: action.title,
      objective: action.objective,
      description: action.description,
      plan: {
        id: plan.id,
        title: plan.title,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        owned,
      },
      axis: { id: axis.id, number: String(axis.position), title: axis.title, objective: axis.objective },
      pilots: people(action.pilotAccountIds, names),
      pilotNames: action.pilotNames,
      services: action.serviceIds.map((id) => ({
        id,
        name: serviceNames.get(id) ?? 'Service de l’organisation pilote',
      })),
      partners: action.partners.map((p) => ({
        name: p.name,
        directoryOrganisationId: p.directoryOrganisationId ?? null,
      })),
      targetPublics: action.targetPublics,
      staffTime: action.staffTime,
      userParticipation: action.userParticipation,
      qualityCommitments: action.qualityCommitments,
      agentInvolvement: action.agentInvolvement,
      startsOn: action.startDate,
      endsOn: action.endDate,
      status: action.status as ActionStatus,
      statusReason: action.statusReason,
      statusChangedAt: action.statusChangedAt.toISOString(),
      updatedAt: action.updatedAt.toISOString(),
      milestones: milestones.map((m) => presentMilestone(m, names)),
      funders: funders.map((f) => ({ id: f.id, name: f.name })),
      budget: presentBudget(lines, funders),
      abilities: {
        edit: owned && !plan.archived && (me.manager || pilot),
        manage: owned && !plan.archived && me.manager,
      },
    }
  }

  async function milestoneView(ctx: RequestContext, m: MilestoneRow): Promise<MilestoneView> {
    const names = await plansRepository(ctx.tx).accountNames(m.ownerAccountId ? [m.ownerAccountId] : [])
    return presentMilestone(m, names)
  }

  /** Rewrites the axes' positions 1..n in the given order. */
  async function renumberAxes(ctx: RequestContext, ordered: string[]) {
    await plansRepository(ctx.tx).setAxisPositions(positionsOf(ordered))
  }

  async function renumberActions(ctx: RequestContext, axisId: string, ordered: string[]) {
    await plansRepository(ctx.tx).setActionPositions(axisId, positionsOf(ordered))
  }

  // ---------------------------------------------------------------- milestones (shared)

  async function milestoneAccess(ctx: RequestContext, id: string) {
    const repo = plansRepository(ctx.tx)
    const m = await repo.milestone(id)
    if (!m) throw notFound('Ce jalon')
    const found = m.actionId
      ? await actionOf(ctx, m.actionId)
      : { ...(await readable(ctx, m.planId)), action: null as ActionRow | null }
    if (!found.owned) throw readOnly()
    const allowed =
      found.me.manager ||
      (found.action
        ? found.action.pilotAccountIds.includes(found.me.accountId)
        : m.ownerAccountId === found.me.accountId)
    if (!allowed) throw found.action ? pilotsOnly() : managersOnly()
    if (found.plan.archived) throw archivedPlan()
    return { ...found, milestone: m }
  }

  async function sharingOf(ctx: RequestContext, id: string) {
    const { plan, repo } = await managed(ctx, id, { settings: true })
    const [sharedWith, all] = await Promise.all([
      repo.sharedWith(plan.id),
      repo.shareChoices(plan.organisationId),
    ])
    const shared = new Set(sharedWith.map((s) => s.id))
    return { sharedWith, choices: all.filter((o) => !shared.has(o.id)) }
  }

  async function fundersOf(ctx: RequestContext, planId: string) {
    const { repo, plan } = await readable(ctx, planId)
    return { funders: (await repo.funders(plan.id)).map((f) => ({ id: f.id, name: f.name })) }
  }

  return {
    // -------------------------------------------------------------- plans

    async list(ctx: RequestContext) {
      const me = meOf(ctx)
      const repo = plansRepository(ctx.tx)
      const plans = await repo.visiblePlans(me.organisationId)
      const counts = await repo.counts(plans.map((p) => p.id))
      const owners = await repo.organisationNames([...new Set(plans.map((p) => p.organisationId))])
      return {
        plans: plans.map((plan) => {
          const mine = counts.actions.filter((c) => c.planId === plan.id)
          const byStatus: Partial<Record<ActionStatus, number>> = {}
          for (const c of mine) byStatus[c.status as ActionStatus] = Number(c.n)
          return presentSummary(
            plan,
            plan.organisationId === me.organisationId,
            owners.get(plan.organisationId) ?? '',
            {
              axes: counts.axes.get(plan.id) ?? 0,
              actions: mine.reduce((n, c) => n + Number(c.n), 0),
              byStatus,
            },
          )
        }),
      }
    },

    async create(ctx: RequestContext, input: z.output<typeof planBody>) {
      const me = meOf(ctx)
      if (!me.manager) throw managersOnly()
      const repo = plansRepository(ctx.tx)
      const words = slugWords(input.title) || 'plan'
      let slug = words
      while (await repo.slugTaken(slug)) slug = `${words}-${newId().slice(-6)}`
      const plan = await repo.insertPlan({
        organisationId: me.organisationId,
        slug,
        title: input.title,
        summary: input.summary,
        source: input.source,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdBy: me.accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'action_plan',
        entityId: plan.id,
        after: auditable(plan),
      })
      return planView(ctx, plan, true, true)
    },

    async plan(ctx: RequestContext, id: string) {
      const { plan, owned, me } = await readable(ctx, id)
      return planView(ctx, plan, owned, me.manager)
    },

    async update(ctx: RequestContext, id: string, input: z.output<typeof planUpdateBody>) {
      const { plan, repo } = await managed(ctx, id, { settings: true })
      // An archived plan is only reopened; reopening may come with other changes.
      if (plan.archived && input.archived !== false) throw archivedPlan()
      const periodStart = input.periodStart ?? plan.periodStart
      const periodEnd = input.periodEnd ?? plan.periodEnd
      if (periodEnd <= periodStart) throw invalid('periodEnd', 'la fin de la période vient après son début.')
      // Milestones and budget years stay inside the period: shortening it past them is refused.
      const span = await repo.datedSpan(plan.id)
      if (span.firstDue && span.firstDue < periodStart)
        throw invalid('periodStart', `un jalon tombe le ${frenchDate(span.firstDue)}, avant ce début.`)
      if (span.lastDue && span.lastDue > periodEnd)
        throw invalid('periodEnd', `un jalon tombe le ${frenchDate(span.lastDue)}, après cette fin.`)
      if (span.firstYear !== null && span.firstYear < Number(periodStart.slice(0, 4)))
        throw invalid('periodStart', `le budget a une ligne pour ${span.firstYear}, avant ce début.`)
      if (span.lastYear !== null && span.lastYear > Number(periodEnd.slice(0, 4)))
        throw invalid('periodEnd', `le budget a une ligne pour ${span.lastYear}, après cette fin.`)
      const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      const after = await repo.updatePlan(plan.id, values)
      await ctx.audit({
        action: 'update',
        entityType: 'action_plan',
        entityId: plan.id,
        before: auditable(plan),
        after: auditable(after),
      })
      return planView(ctx, after, true, true)
    },

    sharing: sharingOf,

    async share(ctx: RequestContext, id: string, organisationId: string) {
      const { plan, repo } = await managed(ctx, id, { settings: true })
      if (organisationId === plan.organisationId)
        throw invalid('organisationId', 'le plan appartient déjà à votre organisation.')
      if (!(await repo.organisation(organisationId)))
        throw invalid('organisationId', 'organisation inconnue.')
      await repo.share(plan.id, organisationId)
      await ctx.audit({
        action: 'create',
        entityType: 'action_plan_share',
        entityId: plan.id,
        after: { organisationId },
      })
      return sharingOf(ctx, id)
    },

    async unshare(ctx: RequestContext, id: string, organisationId: string) {
      const { plan, repo } = await managed(ctx, id, { settings: true })
      await repo.unshare(plan.id, organisationId)
      await ctx.audit({
        action: 'delete',
        entityType: 'action_plan_share',
        entityId: plan.id,
        before: { organisationId },
      })
      return sharingOf(ctx, id)
    },

    async choices(ctx: RequestContext) {
      meOf(ctx)
      const [members, services] = await Promise.all([
        activeColleagues(ctx.tx, { roles: planReaderRoles }),
        plansRepository(ctx.tx).services(),
      ])
      return {
        members: members.map((m) => ({ accountId: m.accountId, displayName: m.displayName })),
        services,
      }
    },

    // -------------------------------------------------------------- axes

    async createAxis(ctx: RequestContext, planId: string, input: z.output<typeof axisBody>) {
      const { plan, repo } = await managed(ctx, planId)
      await repo.lockPlan(plan.id)
      const axes = await repo.axes(plan.id)
      await renumberAxes(
        ctx,
        axes.map((a) => a.id),
      )
      const axis = await repo.insertAxis({
        organisationId: plan.organisationId,
        planId: plan.id,
        position: axes.length + 1,
        title: input.title,
        objective: input.objective,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_axis',
        entityId: axis.id,
        after: auditable(axis),
      })
      return planView(ctx, plan, true, true)
    },

    async updateAxis(ctx: RequestContext, axisId: string, input: z.output<typeof axisUpdateBody>) {
      const { plan, repo, axis } = await axisOf(ctx, axisId)
      const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      const after = await repo.updateAxis(axis.id, values)
      await ctx.audit({
        action: 'update',
        entityType: 'plan_axis',
        entityId: axis.id,
        before: auditable(axis),
        after: auditable(after),
      })
      return planView(ctx, plan, true, true)
    },

    async deleteAxis(ctx: RequestContext, axisId: string) {
      const { plan, repo, axis } = await axisOf(ctx, axisId)
      await repo.lockPlan(plan.id)
      if ((await repo.actionsOfAxis(axis.id)).length > 0)
        throw conflict('Cet axe contient des actions : déplacez-les ou supprimez-les d’abord.')
      await repo.deleteAxis(axis.id)
      await renumberAxes(
        ctx,
        (await repo.axes(plan.id)).map((a) => a.id),
      )
      await ctx.audit({
        action: 'delete',
        entityType: 'plan_axis',
        entityId: axis.id,
        before: auditable(axis),
      })
      return planView(ctx, plan, true, true)
    },

    async moveAxis(ctx: RequestContext, axisId: string, position: number) {
      const { plan, repo, axis } = await axisOf(ctx, axisId)
      await repo.lockPlan(plan.id)
      const ids = (await repo.axes(plan.id)).map((a) => a.id)
      await renumberAxes(ctx, moveWithin(ids, axis.id, position))
      await ctx.audit({
        action: 'update',
        entityType: 'plan_axis',
        entityId: axis.id,
        before: { position: axis.position },
        after: { position },
      })
      return planView(ctx, plan, true, true)
    },

    // -------------------------------------------------------------- actions

    async createAction(ctx: RequestContext, axisId: string, input: z.output<typeof actionBody>) {
      const { plan, repo, axis, me } = await axisOf(ctx, axisId)
      await repo.lockPlan(plan.id)
      const actions = await repo.actionsOfAxis(axis.id)
      await renumberActions(
        ctx,
        axis.id,
        actions.map((a) => a.id),
      )
      const action = await repo.insertAction({
        organisationId: plan.organisationId,
        planId: plan.id,
        axisId: axis.id,
        position: actions.length + 1,
        kind: input.kind,
        title: input.title,
        objective: input.objective,
        updatedBy: me.accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_action',
        entityId: action.id,
        after: auditable(action),
      })
      return planView(ctx, plan, true, true)
    },

    async moveAction(
      ctx: RequestContext,
      actionId: string,
      input: { position: number; axisId?: string | undefined },
    ) {
      const { plan, repo, action } = await managedAction(ctx, actionId)
      await repo.lockPlan(plan.id)
      const targetAxisId = input.axisId ?? action.axisId
      const target = await repo.axis(targetAxisId)
      if (!target || target.planId !== plan.id) throw invalid('axisId', 'choisissez un axe de ce plan.')
      const fromIds = (await repo.actionsOfAxis(action.axisId)).map((a) => a.id)
      if (target.id === action.axisId) {
        await renumberActions(ctx, action.axisId, moveWithin(fromIds, action.id, input.position))
      } else {
        const toIds = (await repo.actionsOfAxis(target.id)).map((a) => a.id)
        const moved = moveAcross(fromIds, toIds, action.id, input.position)
        await renumberActions(ctx, action.axisId, moved.from)
        await renumberActions(ctx, target.id, moved.to)
      }
      await ctx.audit({
        action: 'update',
        entityType: 'plan_action',
        entityId: action.id,
        before: { axisId: action.axisId, position: action.position },
        after: { axisId: target.id, position: input.position },
      })
      return planView(ctx, plan, true, true)
    },

    async deleteAction(ctx: RequestContext, actionId: string) {
      const { plan, repo, action } = await managedAction(ctx, actionId)
      await repo.lockPlan(plan.id)
      await repo.deleteAction(action.id)
      await renumberActions(
        ctx,
        action.axisId,
        (await repo.actionsOfAxis(action.axisId)).map((a) => a.id),
      )
      await ctx.audit({
        action: 'delete',
        entityType: 'plan_action',
        entityId: action.id,
        before: auditable(action),
      })
      return planView(ctx, plan, true, true)
    },

    fiche: ficheView,

    async updateFiche(ctx: RequestContext, actionId: string, input: z.output<typeof ficheBody>) {
      const { repo, action, me } = await editableAction(ctx, actionId)
      if (input.pilotAccountIds !== undefined) {
        const same =
          input.pilotAccountIds.length === action.pilotAccountIds.length &&
          input.pilotAccountIds.every((id) => action.pilotAccountIds.includes(id))
        if (!same && !me.manager)
          throw new DomainError(
            'forbidden',
            'Seules la direction et les administrateurs choisissent les pilotes.',
          )
        await checkMembers(ctx, 'pilotAccountIds', input.pilotAccountIds)
      }
      if (input.serviceIds?.length) {
        const known = await repo.serviceNames(input.serviceIds)
        if (input.serviceIds.some((id) => !known.has(id)))
          throw invalid('serviceIds', 'choisissez des services de votre organisation.')
      }
      if (input.partners) {
        const linked = input.partners.flatMap((p) =>
          p.directoryOrganisationId ? [p.directoryOrganisationId] : [],
        )
        const known = await repo.directoryStructuresExisting(linked)
        if (linked.some((id) => !known.has(id)))
          throw invalid('partners', 'une structure liée est introuvable dans l’annuaire.')
      }
      const startDate = input.startsOn === undefined ? action.startDate : input.startsOn
      const endDate = input.endsOn === undefined ? action.endDate : input.endsOn
      if (startDate && endDate && endDate < startDate) throw invalid('endsOn', 'la fin vient après le début.')
      const { startsOn: _s, endsOn: _e, partners, pilotAccountIds, serviceIds, ...rest } = input
      const values = {
        ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
        ...(pilotAccountIds ? { pilotAccountIds: [...new Set(pilotAccountIds)] } : {}),
        ...(serviceIds ? { serviceIds: [...new Set(serviceIds)] } : {}),
        ...(partners
          ? {
              partners: partners.map((p) =>
                p.directoryOrganisationId
                  ? { name: p.name, directoryOrganisationId: p.directoryOrganisationId }
                  : { name: p.name },
              ),
            }
          : {}),
        startDate,
        endDate,
        updatedBy: me.accountId,
      }
      const after = await repo.updateAction(action.id, values)
      await ctx.audit({
        action: 'update',
        entityType: 'plan_action',
        entityId: action.id,
        before: auditable(action),
        after: auditable(after),
      })
      return ficheView(ctx, action.id)
    },

    async changeStatus(ctx: RequestContext, actionId: string, input: z.output<typeof statusBody>) {
      const { repo, action, me } = await editableAction(ctx, actionId)
      const after = await repo.updateAction(action.id, {
        status: input.status,
        statusReason: input.reason,
        statusChangedAt: new Date(),
        updatedBy: me.accountId,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'plan_action',
        entityId: action.id,
        before: { status: action.status, statusReason: action.statusReason },
        after: { status: after.status, statusReason: after.statusReason },
      })
      return ficheView(ctx, action.id)
    },

    // -------------------------------------------------------------- milestones

    async createActionMilestone(
      ctx: RequestContext,
      actionId: string,
      input: z.output<typeof milestoneBody>,
    ) {
      const { repo, action, plan } = await editableAction(ctx, actionId)
      checkInPeriod(plan, 'dueDate', input.dueDate)
      if (input.ownerAccountId) await checkMembers(ctx, 'ownerAccountId', [input.ownerAccountId])
      const m = await repo.insertMilestone({
        ...input,
        organisationId: plan.organisationId,
        planId: plan.id,
        actionId: action.id,
      })
      await ctx.audit({ action: 'create', entityType: 'plan_milestone', entityId: m.id, after: auditable(m) })
      return ficheView(ctx, action.id)
    },

    async planMilestones(ctx: RequestContext, planId: string) {
      const { repo, plan } = await readable(ctx, planId)
      const list = await repo.planLevelMilestones(plan.id)
      const names = await repo.accountNames(list.flatMap((m) => (m.ownerAccountId ? [m.ownerAccountId] : [])))
      if (list.some((m) => m.ownerAccountId))
        await ctx.audit({ action: 'read', entityType: 'plan_milestone', entityId: plan.id })
      return { milestones: list.map((m) => presentMilestone(m, names)) }
    },

    async createPlanMilestone(ctx: RequestContext, planId: string, input: z.output<typeof milestoneBody>) {
      const { repo, plan } = await managed(ctx, planId)
      checkInPeriod(plan, 'dueDate', input.dueDate)
      if (input.ownerAccountId) await checkMembers(ctx, 'ownerAccountId', [input.ownerAccountId])
      const m = await repo.insertMilestone({
        ...input,
        organisationId: plan.organisationId,
        planId: plan.id,
        actionId: null,
      })
      await ctx.audit({ action: 'create', entityType: 'plan_milestone', entityId: m.id, after: auditable(m) })
      return milestoneView(ctx, m)
    },

    async updateMilestone(ctx: RequestContext, id: string, input: z.output<typeof milestoneUpdateBody>) {
      const { repo, plan, milestone } = await milestoneAccess(ctx, id)
      if (input.dueDate) checkInPeriod(plan, 'dueDate', input.dueDate)
      if (input.ownerAccountId) await checkMembers(ctx, 'ownerAccountId', [input.ownerAccountId])
      const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      const after = await repo.updateMilestone(milestone.id, {
        ...values,
        ...(input.dueDate ? { remindedAt: null } : {}),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'plan_milestone',
        entityId: id,
        before: auditable(milestone),
        after: auditable(after),
      })
      return milestoneView(ctx, after)
    },

    async milestoneDone(ctx: RequestContext, id: string, doneOn: string | null) {
      const { repo, plan, milestone } = await milestoneAccess(ctx, id)
      const after = await repo.updateMilestone(milestone.id, { doneOn })
      // A yearly milestone comes back next year (while the plan lasts).
      if (doneOn && !milestone.doneOn && milestone.recurrence === 'annuelle') {
        const next = addMonths(milestone.dueDate, 12)
        if (next <= plan.periodEnd) {
          const created = await repo.insertMilestone({
            organisationId: milestone.organisationId,
            planId: milestone.planId,
            actionId: milestone.actionId,
            title: milestone.title,
            dueDate: next,
            ownerAccountId: milestone.ownerAccountId,
            recurrence: 'annuelle',
            remindDaysBefore: milestone.remindDaysBefore,
          })
          await ctx.audit({
            action: 'create',
            entityType: 'plan_milestone',
            entityId: created.id,
            after: auditable(created),
          })
        }
      }
      await ctx.audit({
        action: 'update',
        entityType: 'plan_milestone',
        entityId: id,
        before: { doneOn: milestone.doneOn },
        after: { doneOn },
      })
      return milestoneView(ctx, after)
    },

    async deleteMilestone(ctx: RequestContext, id: string) {
      const { repo, milestone } = await milestoneAccess(ctx, id)
      await repo.deleteMilestone(milestone.id)
      await ctx.audit({
        action: 'delete',
        entityType: 'plan_milestone',
        entityId: id,
        before: auditable(milestone),
      })
      return { ok: true as const }
    },

    // -------------------------------------------------------------- funders and budget

    funders: fundersOf,

    async createFunder(ctx: RequestContext, planId: string, name: string) {
      const { repo, plan } = await managed(ctx, planId)
      if (await repo.funderNamed(plan.id, name))
        throw conflict('Ce financeur existe déjà dans ce plan.', 'name')
      const f = await repo.insertFunder({ organisationId: plan.organisationId, planId: plan.id, name })
      await ctx.audit({ action: 'create', entityType: 'plan_funder', entityId: f.id, after: auditable(f) })
      return fundersOf(ctx, plan.id)
    },

    async updateFunder(ctx: RequestContext, id: string, name: string) {
      const repo = plansRepository(ctx.tx)
      const f = await repo.funder(id)
      if (!f) throw notFound('Ce financeur')
      const { plan } = await managed(ctx, f.planId)
      if (await repo.funderNamed(plan.id, name, f.id))
        throw conflict('Ce financeur existe déjà dans ce plan.', 'name')
      await repo.updateFunder(f.id, name)
      await ctx.audit({
        action: 'update',
        entityType: 'plan_funder',
        entityId: f.id,
        before: { name: f.name },
        after: { name },
      })
      return fundersOf(ctx, plan.id)
    },

    async deleteFunder(ctx: RequestContext, id: string) {
      const repo = plansRepository(ctx.tx)
      const f = await repo.funder(id)
      if (!f) throw notFound('Ce financeur')
      const { plan } = await managed(ctx, f.planId)
      if (await repo.funderUsed(f.id))
        throw conflict('Ce financeur finance des lignes de budget : supprimez-les d’abord.')
      await repo.deleteFunder(f.id)
      await ctx.audit({ action: 'delete', entityType: 'plan_funder', entityId: f.id, before: auditable(f) })
      return fundersOf(ctx, plan.id)
    },

    async createBudgetLine(ctx: RequestContext, actionId: string, input: z.output<typeof budgetLineBody>) {
      const { repo, plan, action } = await managedAction(ctx, actionId)
      const funder = await repo.funder(input.funderId)
      if (!funder || funder.planId !== plan.id)
        throw invalid('funderId', 'choisissez un financeur de ce plan.')
      checkYear(plan, input.year)
      const line = await repo.insertBudgetLine({
        ...input,
        organisationId: plan.organisationId,
        planId: plan.id,
        actionId: action.id,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_budget_line',
        entityId: line.id,
        after: auditable(line),
      })
      return ficheView(ctx, action.id)
    },

    async updateBudgetLine(ctx: RequestContext, id: string, input: z.output<typeof budgetLineUpdateBody>) {
      const repo = plansRepository(ctx.tx)
      const line = await repo.budgetLine(id)
      if (!line) throw notFound('Cette ligne de budget')
      const { plan, me } = await editableAction(ctx, line.actionId).catch((e: unknown) => {
        if (e instanceof DomainError && e.code === 'not_found') throw notFound('Cette ligne de budget')
        throw e
      })
      const changesPlan =
        (input.funderId !== undefined && input.funderId !== line.funderId) ||
        (input.year !== undefined && input.year !== line.year) ||
        (input.plannedCents !== undefined && input.plannedCents !== line.plannedCents) ||
        (input.label !== undefined && input.label !== line.label)
      if (changesPlan && !me.manager)
        throw new DomainError(
          'forbidden',
          'Les pilotes saisissent le montant consommé ; le reste du budget est fixé par la direction.',
        )
      if (input.funderId) {
        const funder = await repo.funder(input.funderId)
        if (!funder || funder.planId !== plan.id)
          throw invalid('funderId', 'choisissez un financeur de ce plan.')
      }
      if (input.year !== undefined) checkYear(plan, input.year)
      const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
      const after = await repo.updateBudgetLine(line.id, values)
      await ctx.audit({
        action: 'update',
        entityType: 'plan_budget_line',
        entityId: id,
        before: auditable(line),
        after: auditable(after),
      })
      return ficheView(ctx, line.actionId)
    },

    async deleteBudgetLine(ctx: RequestContext, id: string) {
      const repo = plansRepository(ctx.tx)
      const line = await repo.budgetLine(id)
      if (!line) throw notFound('Cette ligne de budget')
      await managedAction(ctx, line.actionId).catch((e: unknown) => {
        if (e instanceof DomainError && e.code === 'not_found') throw notFound('Cette ligne de budget')
        throw e
      })
      await repo.deleteBudgetLine(line.id)
      await ctx.audit({
        action: 'delete',
        entityType: 'plan_budget_line',
        entityId: id,
        before: auditable(line),
      })
      return ficheView(ctx, line.actionId)
    },

    // -------------------------------------------------------------- mine

    async myFiches(ctx: RequestContext): Promise<MyFichesView> {
      const me = meOf(ctx)
      const repo = plansRepository(ctx.tx)
      const found = await repo.pilotedBy(me.accountId, me.organisationId)
      const names = await repo.accountNames([...new Set(found.flatMap((f) => f.action.pilotAccountIds))])
      const milestones = await repo.milestonesOfActions(found.map((f) => f.action.id))
      if (found.length > 0) await ctx.audit({ action: 'read', entityType: 'plan_action', entityId: null })
      return {
        fiches: found.map(({ action, axis, plan }) => {
          const next = milestones.find((m) => m.actionId === action.id && !m.doneOn)
          return {
            ...presentActionLine(action, axis, names),
            planId: plan.id,
            planTitle: plan.title,
            axisTitle: axis.title,
            nextMilestone: next ? { title: next.title, dueDate: next.dueDate } : null,
          }
        }),
      }
    },
  }
}

export type PlansService = ReturnType<typeof plansService>
