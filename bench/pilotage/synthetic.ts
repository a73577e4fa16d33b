/**
 * A synthetic multi-year plan for the pilotage benchmarks (dashboard, yearly recap): by default 500
 * actions in 6 axes, 2,000 indicators (4 per action, one in fifty at the axis level), 5 years of
 * monthly measurements (120,000 rows, a few corrections aside none), two targets each, 3 milestones
 * per action and budget lines by funder and year. The same seed writes the same plan (titles,
 * values, dates; the identifiers are new each time). Rows go in batches, as the database owner.
 *
 *   const plan = await syntheticPlan(db.owner, { organisationId, today: '2026-11-23' })
 */
import type { Db } from '../../src/server/db/client'
import {
  actionPlans,
  planActions,
  planAxes,
  planBudgetLines,
  planFunders,
  planIndicators,
  planIndicatorTargets,
  planMeasurements,
  planMilestones,
} from '../../src/server/modules/pilotage/pilotage.table'
import { addDays, addMonths } from '../../src/shared/dates'
import { newId } from '../../src/shared/ids'
import type { ActionStatus, IndicatorUnit } from '../../src/shared/modules/pilotage/pilotage.constants'

export interface SyntheticPlanOptions {
  organisationId: string
  /** The day the plan is looked at: measurements stop at the month before it. */
  today: string
  seed?: number
  actions?: number
  axes?: number
  indicatorsPerAction?: number
  /** Months of measurements, ending with the month before `today`. */
  months?: number
  /** Pilots and services spread over the actions (none by default). */
  pilotAccountIds?: readonly string[]
  serviceIds?: readonly string[]
  /** Unique part of the plan's slug (the seed by default). */
  slug?: string
}

export interface SyntheticPlan {
  planId: string
  axisIds: string[]
  counts: {
    axes: number
    actions: number
    indicators: number
    targets: number
    measurements: number
    milestones: number
    funders: number
    budgetLines: number
  }
}

/** mulberry32: a small seeded generator. */
export function seeded(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const axisTitles = [
  'Accueillir et accompagner chaque personne',
  'Lutter contre la précarité et l’isolement',
  'Soutenir les aînés et les aidants',
  'Agir avec les habitants et les partenaires',
  'Faire savoir et rendre compte',
  'Une organisation au service des usagers',
  'Attirer et fidéliser les professionnels',
  'Innover et évaluer',
]
const verbs = ['Développer', 'Renforcer', 'Créer', 'Mieux coordonner', 'Évaluer', 'Simplifier', 'Étendre']
const topics = [
  'l’accueil inconditionnel',
  'la domiciliation',
  'l’aide alimentaire',
  'les visites à domicile',
  'le repérage de l’isolement',
  'l’accès aux droits',
  'la médiation numérique',
  'les permanences dans les quartiers',
  'l’accompagnement budgétaire',
  'la participation des usagers',
]
const measures: [string, IndicatorUnit][] = [
  ['Personnes accompagnées', 'personnes'],
  ['Demandes traitées dans le délai', 'pourcentage'],
  ['Délai moyen de réponse', 'jours'],
  ['Heures d’intervention', 'heures'],
  ['Dépense engagée', 'euros'],
  ['Ateliers tenus', 'nombre'],
]
const funderNames = ['Ville', 'Département', 'CNSA', 'CAF', 'État (DDETS)']
const statuses: ActionStatus[] = [
  'en_cours',
  'en_cours',
  'en_cours',
  'a_lancer',
  'realise',
  'en_retard',
  'abandonne',
]

const monthStart = (date: string) => `${date.slice(0, 7)}-01`

/** Inserts rows in batches small enough for the parameter limit. */
async function insertAll<T>(rows: T[], write: (batch: T[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size))
}

/** When a measurement of a period was entered: some days into the next month. */
const enteredAt = (period: string, days: number) =>
  new Date(Date.parse(`${addMonths(period, 1)}T09:00:00Z`) + days * 86_400_000)

export async function syntheticPlan(db: Db, options: SyntheticPlanOptions): Promise<SyntheticPlan> {
  const seed = options.seed ?? 1
  const next = seeded(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const actionCount = options.actions ?? 500
  const axisCount = options.axes ?? 6
  const perAction = options.indicatorsPerAction ?? 4
  const monthCount = options.months ?? 60
  const lastMonth = addMonths(monthStart(options.today), -1)
  const firstMonth = addMonths(lastMonth, -(monthCount - 1))
  const periodStart = firstMonth
  const periodEnd = addDays(addMonths(lastMonth, 13), -1)
  const organisationId = options.organisationId
  const pilots = options.pilotAccountIds ?? []
  const services = options.serviceIds ?? []

  const planId = newId()
  await db.insert(actionPlans).values({
    id: planId,
    organisationId,
    slug: `plan-synthetique-${options.slug ?? seed}`,
    title: `Plan synthétique ${seed} : ${actionCount} actions`,
    summary: 'Plan généré pour les mesures de performance.',
    periodStart,
    periodEnd,
    source: 'Données synthétiques',
  })

  const axisIds = Array.from({ length: axisCount }, () => newId())
  await db.insert(planAxes).values(
    axisIds.map((id, i) => ({
      id,
      organisationId,
      planId,
      position: i + 1,
      title: axisTitles[i % axisTitles.length]!,
      objective: `Objectif stratégique de l’axe ${i + 1}`,
    })),
  )

  const actions: (typeof planActions.$inferInsert)[] = []
  for (let i = 0; i < actionCount; i++) {
    const axis = i % axisCount
    const start = addMonths(periodStart, Math.floor(next() * 36))
    const status = pick(statuses)
    actions.push({
      id: newId(),
      organisationId,
      planId,
      axisId: axisIds[axis]!,
      position: Math.floor(i / axisCount) + 1,
      kind: i < axisCount * 3 ? 'projet_phare' : 'action',
      title: `${pick(verbs)} ${pick(topics)} (${i + 1})`,
      objective: 'Objectif opérationnel',
      pilotAccountIds: pilots.length ? [pick(pilots)] : [],
      serviceIds: services.length ? [pick(services)] : [],
      startDate: start,
      endDate: addMonths(start, 12 + Math.floor(next() * 36)),
      status,
      statusReason: status === 'en_retard' || status === 'abandonne' ? 'Moyens insuffisants' : '',
    })
  }
  await insertAll(actions, (batch) => db.insert(planActions).values(batch))

  const indicators: (typeof planIndicators.$inferInsert)[] = []
  const targets: (typeof planIndicatorTargets.$inferInsert)[] = []
  const measurements: (typeof planMeasurements.$inferInsert)[] = []
  const midTarget = addMonths(periodStart, 30)
  for (const action of actions) {
    for (let k = 0; k < perAction; k++) {
      const id = newId()
      const [title, unit] = pick(measures)
      const falling = unit === 'jours' || next() < 0.1
      const baseline = unit === 'pourcentage' ? 40 + Math.floor(next() * 30) : 10 + Math.floor(next() * 500)
      const goal = falling
        ? Math.round(baseline * (0.5 + next() * 0.3))
        : unit === 'pourcentage'
          ? Math.min(100, baseline + 10 + Math.floor(next() * 20))
          : Math.round(baseline * (1.2 + next()))
      const axisLevel = next() < 0.02
      const frequency = next() < 0.9 ? 'mensuelle' : 'trimestrielle'
      indicators.push({
        id,
        organisationId,
        planId,
        axisId: action.axisId,
        actionId: axisLevel ? null : action.id!,
        position: k + 1,
        title: `${title} (${indicators.length + 1})`,
        unit,
        direction: falling ? 'baisse' : 'hausse',
        baseline: String(baseline),
        baselineDate: periodStart,
        minValue: '0',
        maxValue: unit === 'pourcentage' ? '100' : null,
        frequency,
        serviceId: services.length ? pick(services) : null,
      })
      const middle = baseline + (goal - baseline) / 2
      targets.push(
        { organisationId, planId, indicatorId: id, dueDate: midTarget, value: middle.toFixed(2) },
        { organisationId, planId, indicatorId: id, dueDate: periodEnd, value: String(goal) },
      )
      // How well this indicator keeps to its path (some ahead, most near, some behind), and whether
      // its last months are missing (a late measurement).
      const pace = 0.8 + next() * 0.35
      const stopsEarly = next() < 0.08 ? 1 + Math.floor(next() * 3) : 0
      const span = monthCount - 1
      for (let m = 0; m < monthCount - stopsEarly; m++) {
        const progress = m / span
        const ideal = baseline + (goal - baseline) * progress * 0.8
        const drift = falling ? ideal / pace : ideal * pace
        let value = drift * (0.97 + next() * 0.06)
        if (unit === 'pourcentage') value = Math.min(100, value)
        measurements.push({
          organisationId,
          planId,
          indicatorId: id,
          period: addMonths(firstMonth, m),
          value: Math.max(0, value).toFixed(2),
          comment: '',
          enteredAt: enteredAt(addMonths(firstMonth, m), 5),
        })
      }
      // An indicator whose last months are missing had its last value corrected as many times, so
      // that every indicator has as many rows: the latest entry of a period is the one that counts.
      const last = measurements[measurements.length - 1]!
      for (let c = 1; c <= stopsEarly; c++) {
        measurements.push({
          ...last,
          value: (Number(last.value) * (1 + c / 100)).toFixed(2),
          comment: 'Correction',
          enteredAt: enteredAt(last.period, 5 + 7 * c),
        })
      }
    }
  }
  await insertAll(indicators, (batch) => db.insert(planIndicators).values(batch))
  await insertAll(targets, (batch) => db.insert(planIndicatorTargets).values(batch), 5000)
  await insertAll(measurements, (batch) => db.insert(planMeasurements).values(batch), 5000)

  const milestones: (typeof planMilestones.$inferInsert)[] = []
  for (const action of actions) {
    for (let k = 0; k < 3; k++) {
      const due = addDays(action.startDate!, Math.floor(next() * 900))
      const done = due < options.today && next() < 0.75
      milestones.push({
        organisationId,
        planId,
        actionId: action.id!,
        title: `Étape ${k + 1}`,
        dueDate: due,
        doneOn: done ? addDays(due, Math.floor(next() * 20) - 10) : null,
      })
    }
  }
  await insertAll(milestones, (batch) => db.insert(planMilestones).values(batch))

  const funderIds = funderNames.map(() => newId())
  await db
    .insert(planFunders)
    .values(funderNames.map((name, i) => ({ id: funderIds[i]!, organisationId, planId, name })))
  const firstYear = Number(periodStart.slice(0, 4))
  const currentYear = Number(options.today.slice(0, 4))
  const lines: (typeof planBudgetLines.$inferInsert)[] = []
  for (const action of actions) {
    const funders = [...new Set([pick(funderIds), pick(funderIds)])]
    for (const funderId of funders) {
      for (let year = firstYear; year < firstYear + 5; year++) {
        const planned = (5 + Math.floor(next() * 200)) * 100_000
        const consumed = year < currentYear ? Math.round(planned * (0.6 + next() * 0.5)) : 0
        lines.push({
          organisationId,
          planId,
          actionId: action.id!,
          funderId,
          year,
          plannedCents: planned,
          consumedCents: year === currentYear ? Math.round(planned * next() * 0.9) : consumed,
        })
      }
    }
  }
  await insertAll(lines, (batch) => db.insert(planBudgetLines).values(batch))

  return {
    planId,
    axisIds,
    counts: {
      axes: axisCount,
      actions: actions.length,
      indicators: indicators.length,
      targets: targets.length,
      measurements: measurements.length,
      milestones: milestones.length,
      funders: funderIds.length,
      budgetLines: lines.length,
    },
  }
}
