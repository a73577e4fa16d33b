/**
 * Reviews (steering committees, boards, city councils): created and filled with decisions by the
 * plan's managers, then frozen with the plan's state as it stood; once frozen nothing of them
 * changes. The yearly recap.
 * A plan answers to its owner organisation and to those it is shared with (read); any other
 * tenant gets a 404.
 */
import type { z } from 'zod'
import { conflict, forbidden, invalid, notFound } from '../../../../shared/errors'
import { parisDate } from '../../../../shared/dates'
import type {
  decisionBody,
  RecapView,
  ReviewListView,
  ReviewSnapshot,
  ReviewView,
  reviewBody,
} from '../../../../shared/modules/pilotage/governance.contract'
import { planManagerRoles, type ReviewKind } from '../../../../shared/modules/pilotage/pilotage.constants'
import type { RequestContext } from '../../../http/context'
import type { PilotageDeps } from '../pilotage.deps'
import { planSnapshot } from './governance-snapshot'
import { governanceRepository, type PlanRow, type ReviewRow } from './governance.repository'
import { numberedPlan } from './plan-structure'
import { recapPdf } from './recap.pdf'
import { yearlyRecap } from './recap.model'
import { recapXlsx } from './recap.xlsx'

type ReviewInput = z.output<typeof reviewBody>
type DecisionInput = z.output<typeof decisionBody>

const FROZEN_MESSAGE = 'Cette séance est figée : son état du plan et ses décisions ne changent plus.'

function member(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw notFound('Ce plan')
  return { ...actor, organisationId: actor.organisationId }
}

const isManager = (ctx: RequestContext) => !!ctx.actor?.roles.some((r) => planManagerRoles.includes(r))

export function governanceService(deps: PilotageDeps) {
  const today = () => parisDate(deps.clock())

  /** The plan if the caller's organisation owns it or it is shared with it; 404 otherwise. */
  async function readablePlan(ctx: RequestContext, planId: string): Promise<PlanRow & { owned: boolean }> {
    const me = member(ctx)
    const repo = governanceRepository(ctx.tx)
    const plan = await repo.plan(planId)
    if (!plan) throw notFound('Ce plan')
    const owned = plan.organisationId === me.organisationId
    if (!owned && !(await repo.isSharedWith(plan.id, me.organisationId))) throw notFound('Ce plan')
    return { ...plan, owned }
  }

  /** The plan for a write: readable, and owned (a partner it is shared with reads only). */
  async function writablePlan(ctx: RequestContext, planId: string) {
    const plan = await readablePlan(ctx, planId)
    if (!plan.owned || !isManager(ctx)) throw forbidden()
    return plan
  }

  async function readableReview(ctx: RequestContext, reviewId: string, lock = false) {
    const repo = governanceRepository(ctx.tx)
    const review = lock ? await repo.lockReview(reviewId) : await repo.review(reviewId)
    if (!review) throw notFound('Cette séance')
    const plan = await readablePlan(ctx, review.planId).catch(() => {
      throw notFound('Cette séance')
    })
    return { review, plan }
  }

  async function present(
    ctx: RequestContext,
    review: ReviewRow,
    plan: PlanRow & { owned: boolean },
  ): Promise<ReviewView> {
    const repo = governanceRepository(ctx.tx)
    const decisions = await repo.decisions(review.id)
    const frozen = review.frozenAt !== null
    const structure = frozen ? [] : numberedPlan(await repo.axes(plan.id), await repo.actions(plan.id))
    const labels = new Map(
      structure.flatMap((axis) =>
        axis.actions.map((a) => [a.row.id, `${a.number} — ${a.row.title}`] as const),
      ),
    )
    // Once frozen, decisions name their action as the snapshot numbered it.
    const snapshot = (review.snapshot as ReviewSnapshot | null) ?? null
    for (const axis of snapshot?.axes ?? [])
      for (const a of axis.actions) labels.set(a.id, `${a.number} — ${a.title}`)
    const names = await repo.accountNames(
      [...decisions.map((d) => d.createdBy), review.frozenBy].filter((v): v is string => !!v),
    )
    return {
      id: review.id,
      planId: review.planId,
      planTitle: plan.title,
      kind: review.kind as ReviewKind,
      heldOn: review.heldOn,
      title: review.title,
      notes: review.notes,
      frozenAt: review.frozenAt?.toISOString() ?? null,
      frozenByName: review.frozenBy ? (names.get(review.frozenBy) ?? null) : null,
      decisionCount: decisions.length,
      decisions: decisions.map((d) => ({
        id: d.id,
        text: d.text,
        actionId: d.actionId,
        actionLabel: d.actionId ? (labels.get(d.actionId) ?? null) : null,
        createdAt: d.createdAt.toISOString(),
        createdByName: d.createdBy ? (names.get(d.createdBy) ?? null) : null,
      })),
      snapshot,
      actions: structure.flatMap((axis) =>
        axis.actions.map((a) => ({ id: a.row.id, label: `${a.number} — ${a.row.title}` })),
      ),
      canWrite: plan.owned && isManager(ctx) && !frozen,
    }
  }

  return {
    async list(ctx: RequestContext, planId: string): Promise<ReviewListView> {
      const plan = await readablePlan(ctx, planId)
      const reviews = await governanceRepository(ctx.tx).reviews(plan.id)
      return {
        planId: plan.id,
        planTitle: plan.title,
        canWrite: plan.owned && isManager(ctx),
        reviews: reviews.map(({ review, decisions }) => ({
          id: review.id,
          planId: review.planId,
          kind: review.kind as ReviewKind,
          heldOn: review.heldOn,
          title: review.title,
          frozenAt: review.frozenAt?.toISOString() ?? null,
          decisionCount: Number(decisions),
        })),
      }
    },

    async create(ctx: RequestContext, planId: string, input: ReviewInput): Promise<ReviewView> {
      const plan = await writablePlan(ctx, planId)
      const review = await governanceRepository(ctx.tx).insertReview({
        organisationId: plan.organisationId,
        planId: plan.id,
        kind: input.kind,
        heldOn: input.heldOn,
        title: input.title,
        notes: input.notes,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_review',
        entityId: review.id,
        after: { ...input },
      })
      return present(ctx, review, plan)
    },

    async get(ctx: RequestContext, reviewId: string): Promise<ReviewView> {
      const { review, plan } = await readableReview(ctx, reviewId)
      await ctx.audit({ action: 'read', entityType: 'plan_review', entityId: review.id })
      return present(ctx, review, plan)
    },

    async addDecision(ctx: RequestContext, reviewId: string, input: DecisionInput): Promise<ReviewView> {
      const { review, plan } = await readableReview(ctx, reviewId, true)
      if (!plan.owned || !isManager(ctx)) throw forbidden()
      if (review.frozenAt) throw conflict(FROZEN_MESSAGE)
      const repo = governanceRepository(ctx.tx)
      if (input.actionId) {
        const actions = await repo.actions(plan.id)
        if (!actions.some((a) => a.id === input.actionId))
          throw invalid('actionId', 'cette action n’est pas dans le plan.')
      }
      const position = (await repo.decisions(review.id)).length
      const decision = await repo.insertDecision({
        organisationId: plan.organisationId,
        planId: plan.id,
        reviewId: review.id,
        actionId: input.actionId,
        text: input.text,
        position,
        createdBy: ctx.actor!.accountId,
        createdAt: deps.clock(),
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_review_decision',
        entityId: decision.id,
        after: { reviewId: review.id, actionId: input.actionId, text: input.text },
      })
      return present(ctx, review, plan)
    },

    async freeze(ctx: RequestContext, reviewId: string): Promise<ReviewView> {
      const { review, plan } = await readableReview(ctx, reviewId, true)
      if (!plan.owned || !isManager(ctx)) throw forbidden()
      if (review.frozenAt) throw conflict(FROZEN_MESSAGE)
      const snapshot = await planSnapshot(ctx.tx, plan, today())
      const frozen = await governanceRepository(ctx.tx).freeze(
        review.id,
        snapshot,
        deps.clock(),
        ctx.actor!.accountId,
      )
      if (!frozen) throw conflict(FROZEN_MESSAGE)
      await ctx.audit({
        action: 'update',
        entityType: 'plan_review',
        entityId: review.id,
        before: { frozenAt: null },
        after: { frozenAt: frozen.frozenAt?.toISOString() },
      })
      return present(ctx, frozen, plan)
    },

    async recap(ctx: RequestContext, planId: string, year: number): Promise<RecapView> {
      const plan = await readablePlan(ctx, planId)
      const recap = await yearlyRecap(ctx.tx, plan, year, today())
      // The recap names the pilots.
      await ctx.audit({ action: 'read', entityType: 'plan_recap', entityId: plan.id })
      return recap
    },

    async recapFile(ctx: RequestContext, planId: string, year: number, format: 'pdf' | 'xlsx') {
      const plan = await readablePlan(ctx, planId)
      const recap = await yearlyRecap(ctx.tx, plan, year, today())
      await ctx.audit({ action: 'export', entityType: 'plan_recap', entityId: plan.id })
      const bytes = format === 'pdf' ? await recapPdf(recap) : await recapXlsx(recap)
      const base = `Liste récapitulative ${year} — ${plan.title}`.replace(/[/\\:*?"<>|]/g, ' ').slice(0, 150)
      return { name: `${base}.${format}`, bytes }
    },
  }
}
