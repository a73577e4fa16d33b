/**
 * Indicators of a plan's actions and axes: their definition and targets (the plan's managers),
 * their measurements (the action's pilots and the managers; a correction is a new entry, the
 * history keeps every one), their light on the dashboard's rules. Reading an indicator's history
 * names the people who entered it: each such read is audited, as is every write.
 */
import { parisDate } from '../../../../shared/dates'
import { DomainError, fieldLabel, forbidden, notFound, type FieldIssue } from '../../../../shared/errors'
import {
  allowedRange,
  formatWithUnit,
  measurementIssues,
  rangeInWords,
  rangeIssues,
  toNumeric,
} from '../../../../shared/modules/pilotage/indicator-rules'
import type {
  IndicatorAbilities,
  IndicatorChoicesView,
  IndicatorDefinition,
  IndicatorDetailView,
  IndicatorListView,
  IndicatorView,
  createIndicatorBody,
  measurementBody,
  targetsBody,
} from '../../../../shared/modules/pilotage/indicators.contract'
import {
  indicatorUnitLabels,
  planManagerRoles,
  type IndicatorDirection,
  type IndicatorUnit,
  type MeasurementFrequency,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import { assessIndicator } from '../../../../shared/modules/pilotage/traffic-lights'
import type { z } from 'zod'
import type { RequestContext } from '../../../http/context'
import type { PilotageDeps } from '../pilotage.deps'
import { computationChoices, computationOf } from './computations'
import {
  indicatorsRepository,
  type ActionRow,
  type IndicatorRow,
  type LatestRow,
  type PlanRow,
  type TargetRow,
} from './indicators.repository'

type CreateInput = z.output<typeof createIndicatorBody>
type TargetsInput = z.output<typeof targetsBody>
type MeasurementInput = z.output<typeof measurementBody>

const num = (v: string | null) => (v === null ? null : Number(v))
const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })
const inWords = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`))

/** A refusal naming every field at fault; the message names the first. */
function refuse(issues: FieldIssue[]): never {
  const first = issues[0]!
  throw new DomainError('validation', `${fieldLabel(first.field)} : ${first.message}`, issues)
}

const archivedPlan = () =>
  new DomainError('conflict', 'Ce plan est archivé : ses indicateurs ne changent plus tant qu’il n’est pas rouvert.')

async function planOf(repo: ReturnType<typeof indicatorsRepository>, planId: string) {
  return (await repo.plan(planId))!
}

function member(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw notFound('Cet indicateur')
  return {
    organisationId: actor.organisationId,
    accountId: actor.accountId,
    manager: actor.roles.some((r) => planManagerRoles.includes(r)),
  }
}

/** What the actor may do with the indicators of this action (null: of the axis itself). */
function abilitiesFor(
  me: ReturnType<typeof member>,
  owner: string,
  action: Pick<ActionRow, 'pilotAccountIds'> | null,
  plan: Pick<PlanRow, 'archived'>,
): IndicatorAbilities {
  const own = owner === me.organisationId && !plan.archived
  const manage = own && me.manager
  const pilot = own && action !== null && action.pilotAccountIds.includes(me.accountId)
  return { manage, measure: manage || pilot }
}

function present(
  row: IndicatorRow,
  targets: TargetRow[],
  latest: LatestRow | undefined,
  serviceName: string | null,
  abilities: IndicatorAbilities,
  today: string,
): IndicatorView {
  const source = computationOf(row.source)
  const assessment = assessIndicator(
    {
      direction: row.direction as IndicatorDirection,
      baseline: row.baseline,
      baselineDate: row.baselineDate,
      targets: targets.map((t) => ({ dueDate: t.dueDate, value: t.value })),
      frequency: row.frequency as MeasurementFrequency,
      latest: latest ? { period: latest.period, value: latest.value } : null,
    },
    today,
  )
  return {
    id: row.id,
    planId: row.planId,
    axisId: row.axisId,
    actionId: row.actionId,
    position: row.position,
    title: row.title,
    unit: row.unit as IndicatorUnit,
    direction: row.direction as IndicatorDirection,
    baseline: num(row.baseline),
    baselineDate: row.baselineDate,
    minValue: num(row.minValue),
    maxValue: num(row.maxValue),
    frequency: row.frequency as MeasurementFrequency,
    serviceId: row.serviceId,
    serviceName,
    source: row.source,
    sourceLabel: source?.label ?? null,
    targets: targets.map((t) => ({ dueDate: t.dueDate, value: Number(t.value) })),
    latest: latest
      ? {
          period: latest.period,
          value: Number(latest.value),
          comment: latest.comment,
          enteredAt: latest.enteredAt.toISOString(),
        }
      : null,
    expected: assessment.expected,
    late: assessment.late,
    light: assessment.light,
    abilities,
  }
}

export function indicatorsService(deps: PilotageDeps) {
  const today = () => parisDate(deps.clock())

  async function views(
    ctx: RequestContext,
    rows: IndicatorRow[],
    abilities: IndicatorAbilities,
  ): Promise<IndicatorView[]> {
    const repo = indicatorsRepository(ctx.tx)
    const ids = rows.map((r) => r.id)
    const [targets, latest, names] = await Promise.all([
      repo.targetsOf(ids),
      repo.latestOf(ids),
      repo.serviceNames([...new Set(rows.flatMap((r) => (r.serviceId ? [r.serviceId] : [])))]),
    ])
    const day = today()
    return rows.map((row) =>
      present(
        row,
        targets.filter((t) => t.indicatorId === row.id),
        latest.find((l) => l.indicatorId === row.id),
        row.serviceId ? (names.get(row.serviceId) ?? null) : null,
        abilities,
        day,
      ),
    )
  }

  /** The indicator with its plan and action, as the actor may see it (404 otherwise). */
  async function load(ctx: RequestContext, id: string) {
    const me = member(ctx)
    const repo = indicatorsRepository(ctx.tx)
    const row = await repo.indicator(id)
    if (!row) throw notFound('Cet indicateur')
    const plan = (await repo.plan(row.planId))!
    const action = row.actionId ? ((await repo.action(row.actionId)) ?? null) : null
    return { me, row, plan, action, abilities: abilitiesFor(me, row.organisationId, action, plan) }
  }

  async function detail(ctx: RequestContext, id: string): Promise<IndicatorDetailView> {
    const { row, plan, action, abilities } = await load(ctx, id)
    const repo = indicatorsRepository(ctx.tx)
    const [view] = await views(ctx, [row], abilities)
    const axis = await repo.axis(row.axisId)
    const history = await repo.history(row.id)
    if (history.some((m) => m.enteredBy !== null))
      await ctx.audit({ action: 'read', entityType: 'plan_indicator', entityId: row.id })
    const seen = new Set<string>()
    const current = history.filter((m) => {
      if (seen.has(m.period)) return false
      seen.add(m.period)
      return true
    })
    const currentIds = new Set(current.map((m) => m.id))
    return {
      ...view!,
      plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      axisTitle: axis?.title ?? '',
      actionTitle: action?.title ?? null,
      history: history.map((m) => ({
        id: m.id,
        period: m.period,
        value: Number(m.value),
        comment: m.comment,
        computed: m.computed,
        enteredByName: m.enteredByName,
        enteredAt: m.enteredAt.toISOString(),
        superseded: !currentIds.has(m.id),
      })),
      series: current.map((m) => ({ period: m.period, value: Number(m.value) })).reverse(),
    }
  }

  function requireManager(abilities: IndicatorAbilities) {
    if (!abilities.manage) throw forbidden()
  }

  /** The definition checked against its unit, the organisation's services and the computations. */
  async function checkDefinition(ctx: RequestContext, organisationId: string, def: IndicatorDefinition) {
    const issues = rangeIssues(def.unit, def.minValue, def.maxValue)
    if (def.serviceId) {
      const name = await indicatorsRepository(ctx.tx).serviceName(organisationId, def.serviceId)
      if (!name)
        issues.push({ field: 'serviceId', message: 'ce service n’est pas un service de votre organisation.' })
    }
    if (def.source !== 'saisie') {
      const computation = computationOf(def.source)
      if (!computation)
        issues.push({ field: 'source', message: 'calcul inconnu : choisissez-en un de la liste.' })
      else if (computation.unit !== def.unit)
        issues.push({
          field: 'unit',
          message: `le calcul « ${computation.label} » donne une valeur en ${indicatorUnitLabels[computation.unit]}.`,
        })
    }
    if (issues.length) refuse(issues)
  }

  const columns = (def: IndicatorDefinition) => ({
    title: def.title,
    unit: def.unit,
    direction: def.direction,
    baseline: def.baseline === null ? null : toNumeric(def.baseline),
    baselineDate: def.baselineDate,
    minValue: def.minValue === null ? null : toNumeric(def.minValue),
    maxValue: def.maxValue === null ? null : toNumeric(def.maxValue),
    frequency: def.frequency,
    serviceId: def.serviceId,
    source: def.source,
  })

  return {
    async ofAction(ctx: RequestContext, actionId: string): Promise<IndicatorListView> {
      const me = member(ctx)
      const repo = indicatorsRepository(ctx.tx)
      const action = await repo.action(actionId)
      if (!action) throw notFound('Cette action')
      const abilities = abilitiesFor(me, action.organisationId, action, await planOf(repo, action.planId))
      return { indicators: await views(ctx, await repo.ofAction(action.id), abilities), abilities }
    },

    async ofAxis(ctx: RequestContext, axisId: string): Promise<IndicatorListView> {
      const me = member(ctx)
      const repo = indicatorsRepository(ctx.tx)
      const axis = await repo.axis(axisId)
      if (!axis) throw notFound('Cet axe')
      const abilities = abilitiesFor(me, axis.organisationId, null, await planOf(repo, axis.planId))
      return { indicators: await views(ctx, await repo.ofAxisOnly(axis.id), abilities), abilities }
    },

    async choices(ctx: RequestContext): Promise<IndicatorChoicesView> {
      const me = member(ctx)
      return {
        computations: computationChoices(),
        services: await indicatorsRepository(ctx.tx).servicesOf(me.organisationId),
      }
    },

    get: detail,

    async create(ctx: RequestContext, input: CreateInput): Promise<IndicatorDetailView> {
      const me = member(ctx)
      const repo = indicatorsRepository(ctx.tx)
      let owner: { organisationId: string; planId: string; axisId: string; actionId: string | null }
      if (input.actionId) {
        const action = await repo.action(input.actionId)
        if (!action) throw notFound('Cette action')
        owner = { ...action, actionId: action.id }
      } else {
        const axis = await repo.axis(input.axisId!)
        if (!axis) throw notFound('Cet axe')
        owner = { ...axis, axisId: axis.id, actionId: null }
      }
      const plan = await planOf(repo, owner.planId)
      if (plan.archived) throw archivedPlan()
      requireManager(abilitiesFor(me, owner.organisationId, null, plan))
      const { actionId: _a, axisId: _x, ...def } = input
      await checkDefinition(ctx, me.organisationId, def)
      const row = await repo.insert({
        organisationId: owner.organisationId,
        planId: owner.planId,
        axisId: owner.axisId,
        actionId: owner.actionId,
        position: await repo.nextPosition(owner.axisId, owner.actionId),
        ...columns(def),
      })
      await ctx.audit({ action: 'create', entityType: 'plan_indicator', entityId: row.id, after: row })
      return detail(ctx, row.id)
    },

    async update(ctx: RequestContext, id: string, def: IndicatorDefinition): Promise<IndicatorDetailView> {
      const { me, row, plan, abilities } = await load(ctx, id)
      if (plan.archived) throw archivedPlan()
      requireManager(abilities)
      await checkDefinition(ctx, me.organisationId, def)
      const repo = indicatorsRepository(ctx.tx)
      if (def.unit !== row.unit && (await repo.latestOf([row.id])).length > 0)
        throw new DomainError(
          'conflict',
          `Unité : des mesures existent déjà en ${indicatorUnitLabels[row.unit as IndicatorUnit]} ; créez plutôt un autre indicateur.`,
          [{ field: 'unit', message: 'des mesures existent déjà dans l’unité actuelle.' }],
        )
      const after = await repo.update(row.id, columns(def))
      await ctx.audit({
        action: 'update',
        entityType: 'plan_indicator',
        entityId: row.id,
        before: row,
        after,
      })
      return detail(ctx, row.id)
    },

    async remove(ctx: RequestContext, id: string): Promise<{ id: string }> {
      const { row, plan, abilities } = await load(ctx, id)
      if (plan.archived) throw archivedPlan()
      requireManager(abilities)
      await indicatorsRepository(ctx.tx).remove(row.id)
      await ctx.audit({ action: 'delete', entityType: 'plan_indicator', entityId: row.id, before: row })
      return { id: row.id }
    },

    async setTargets(ctx: RequestContext, id: string, input: TargetsInput): Promise<IndicatorDetailView> {
      const { row, plan, abilities } = await load(ctx, id)
      if (plan.archived) throw archivedPlan()
      requireManager(abilities)
      const unit = row.unit as IndicatorUnit
      const range = allowedRange(unit, num(row.minValue), num(row.maxValue))
      const issues: FieldIssue[] = []
      input.targets.forEach((t, i) => {
        if (t.dueDate < plan.periodStart || t.dueDate > plan.periodEnd)
          issues.push({
            field: `targets.${i}.dueDate`,
            message: `le ${inWords(t.dueDate)} est hors de la période du plan (du ${inWords(plan.periodStart)} au ${inWords(plan.periodEnd)}).`,
          })
        if ((range.min !== null && t.value < range.min) || (range.max !== null && t.value > range.max))
          issues.push({
            field: `targets.${i}.value`,
            message: `${formatWithUnit(t.value, unit)} est hors des valeurs permises : ${rangeInWords(unit, num(row.minValue), num(row.maxValue))}.`,
          })
      })
      if (issues.length) refuse(issues)
      const repo = indicatorsRepository(ctx.tx)
      const before = await repo.targetsOf([row.id])
      await repo.replaceTargets(
        row,
        input.targets.map((t) => ({ dueDate: t.dueDate, value: toNumeric(t.value) })),
      )
      await ctx.audit({
        action: 'update',
        entityType: 'plan_indicator_targets',
        entityId: row.id,
        before: { targets: before.map((t) => [t.dueDate, Number(t.value)]) },
        after: { targets: input.targets.map((t) => [t.dueDate, t.value]) },
      })
      return detail(ctx, row.id)
    },

    async measure(ctx: RequestContext, id: string, input: MeasurementInput): Promise<IndicatorDetailView> {
      const { me, row, plan, abilities } = await load(ctx, id)
      if (plan.archived) throw archivedPlan()
      if (!abilities.measure)
        throw new DomainError(
          'forbidden',
          'Seuls les pilotes de cette action et la direction saisissent les mesures de ses indicateurs.',
        )
      if (row.source !== 'saisie')
        throw new DomainError(
          'conflict',
          'Cet indicateur est calculé par Lien chaque mois : ses mesures ne se saisissent pas.',
        )
      const issues = measurementIssues(
        { unit: row.unit as IndicatorUnit, minValue: num(row.minValue), maxValue: num(row.maxValue) },
        plan satisfies PlanRow,
        input,
        today(),
      )
      if (issues.length) refuse(issues)
      const measurement = await indicatorsRepository(ctx.tx).insertMeasurement({
        organisationId: row.organisationId,
        planId: row.planId,
        indicatorId: row.id,
        period: `${input.period}-01`,
        value: toNumeric(input.value),
        comment: input.comment,
        computed: false,
        enteredBy: me.accountId,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'plan_measurement',
        entityId: measurement.id,
        after: measurement,
      })
      return detail(ctx, row.id)
    },
  }
}
