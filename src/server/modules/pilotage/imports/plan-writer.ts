/**
 * Writes a whole plan (axes, actions with their fiche, funders and budget lines) in the current
 * transaction: templates, imports and the demo go through it, so a plan is created whole or not at all.
 */
import { randomInt } from 'node:crypto'
import { eq, like } from 'drizzle-orm'
import type { ActionKind, ActionStatus } from '../../../../shared/modules/pilotage/pilotage.constants'
import type { Db } from '../../../db/client'
import { actionPlans, planActions, planAxes, planBudgetLines, planFunders } from '../pilotage.table'

export interface NewBudgetLine {
  funder: string
  year: number
  label?: string
  plannedCents: number
  consumedCents?: number
}

export interface NewAction {
  kind: ActionKind
  title: string
  objective?: string
  description?: string
  pilotAccountIds?: string[]
  pilotNames?: string
  serviceIds?: string[]
  partners?: { name: string; directoryOrganisationId?: string }[]
  targetPublics?: string
  staffTime?: string
  userParticipation?: string
  qualityCommitments?: string
  agentInvolvement?: string
  startDate?: string | null
  endDate?: string | null
  status?: ActionStatus
  statusReason?: string
  budget?: NewBudgetLine[]
}

export interface NewAxis {
  title: string
  objective?: string
  actions: NewAction[]
}

export interface NewPlan {
  organisationId: string
  createdBy: string | null
  title: string
  summary?: string
  source?: string
  periodStart: string
  periodEnd: string
  published?: boolean
  /** The public address wanted; made unique if taken. */
  slug?: string
  axes: NewAxis[]
  /** Funders named even when no budget line uses them yet. */
  funders?: string[]
}

export interface WrittenPlan {
  id: string
  slug: string
  axes: { id: string; title: string; actions: { id: string; title: string }[] }[]
  funders: Map<string, string>
}

/** Lower case, no accents, hyphens between words, at most 60 characters. */
export function slugOf(text: string): string {
  const words = text
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let out = ''
  for (const word of words) {
    const next = out ? `${out}-${word}` : word
    if (next.length > 60) break
    out = next
  }
  return out || 'plan'
}

/** The wanted address, or with a short random suffix when a plan (of any organisation) has it. */
async function freeSlug(tx: Db, wanted: string): Promise<string> {
  const taken = await tx
    .select({ slug: actionPlans.slug })
    .from(actionPlans)
    .where(like(actionPlans.slug, `${wanted}%`))
  const used = new Set(taken.map((t) => t.slug))
  if (!used.has(wanted)) return wanted
  for (;;) {
    const candidate = `${wanted}-${randomInt(36 ** 4)
      .toString(36)
      .padStart(4, '0')}`
    if (!used.has(candidate)) return candidate
  }
}

export async function writePlan(tx: Db, plan: NewPlan): Promise<WrittenPlan> {
  // Slugs are unique across the platform, but another organisation's unpublished plan is hidden by
  // row-level security: the unique index is the last word, a retry with a suffix the answer.
  const slug = await freeSlug(tx, plan.slug ?? slugOf(plan.title))
  const [created] = await tx
    .insert(actionPlans)
    .values({
      organisationId: plan.organisationId,
      slug,
      title: plan.title,
      summary: plan.summary ?? '',
      source: plan.source ?? '',
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      published: plan.published ?? false,
      createdBy: plan.createdBy,
    })
    .returning({ id: actionPlans.id })
  const planId = created!.id
  const owner = plan.organisationId

  const funderNames = new Set(plan.funders ?? [])
  for (const axis of plan.axes)
    for (const action of axis.actions) for (const line of action.budget ?? []) funderNames.add(line.funder)
  const funders = new Map<string, string>()
  if (funderNames.size > 0) {
    const inserted = await tx
      .insert(planFunders)
      .values([...funderNames].map((name) => ({ organisationId: owner, planId, name })))
      .returning({ id: planFunders.id, name: planFunders.name })
    for (const f of inserted) funders.set(f.name, f.id)
  }

  const written: WrittenPlan['axes'] = []
  for (const [axisIndex, axis] of plan.axes.entries()) {
    const [row] = await tx
      .insert(planAxes)
      .values({
        organisationId: owner,
        planId,
        position: axisIndex + 1,
        title: axis.title,
        objective: axis.objective ?? '',
      })
      .returning({ id: planAxes.id })
    const axisId = row!.id
    const actions: { id: string; title: string }[] = []
    if (axis.actions.length > 0) {
      const inserted = await tx
        .insert(planActions)
        .values(
          axis.actions.map((a, i) => ({
            organisationId: owner,
            planId,
            axisId,
            position: i + 1,
            kind: a.kind,
            title: a.title,
            objective: a.objective ?? '',
            description: a.description ?? '',
            pilotAccountIds: a.pilotAccountIds ?? [],
            pilotNames: a.pilotNames ?? '',
            serviceIds: a.serviceIds ?? [],
            partners: a.partners ?? [],
            targetPublics: a.targetPublics ?? '',
            staffTime: a.staffTime ?? '',
            userParticipation: a.userParticipation ?? '',
            qualityCommitments: a.qualityCommitments ?? '',
            agentInvolvement: a.agentInvolvement ?? '',
            startDate: a.startDate ?? null,
            endDate: a.endDate ?? null,
            status: a.status ?? 'a_lancer',
            statusReason: a.statusReason ?? '',
            updatedBy: plan.createdBy,
          })),
        )
        .returning({ id: planActions.id, position: planActions.position, title: planActions.title })
      inserted.sort((x, y) => x.position - y.position)
      actions.push(...inserted.map((r) => ({ id: r.id, title: r.title })))
      const lines = axis.actions.flatMap((a, i) =>
        (a.budget ?? []).map((line) => ({
          organisationId: owner,
          planId,
          actionId: inserted[i]!.id,
          funderId: funders.get(line.funder)!,
          year: line.year,
          label: line.label ?? '',
          plannedCents: line.plannedCents,
          consumedCents: line.consumedCents ?? 0,
        })),
      )
      if (lines.length > 0) await tx.insert(planBudgetLines).values(lines)
    }
    written.push({ id: axisId, title: axis.title, actions })
  }
  return { id: planId, slug, axes: written, funders }
}

/** The plan with this address, whoever owns it (the owner connection or a tenant that sees it). */
export async function planIdBySlug(tx: Db, slug: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.slug, slug))
  return row?.id
}
