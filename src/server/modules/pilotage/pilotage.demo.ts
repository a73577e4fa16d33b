import { and, eq, ilike, inArray } from 'drizzle-orm'
import { addDays, addMonths, parisDate } from '../../../shared/dates'
import { expectedValue } from '../../../shared/modules/pilotage/traffic-lights'
import type { Db } from '../../db/client'
import { accounts } from '../auth/auth.table'
import { organisations, services } from '../organisations/organisations.table'
import {
  ainMetiersDuLien,
  ainYearlyBudgetCents,
  besanconProjetSocial,
  type SeedPlan,
} from './imports/seed-plans'
import { writePlan, type NewAction, type NewAxis } from './imports/plan-writer'
import {
  actionPlanOrganisations,
  planIndicators,
  planIndicatorTargets,
  planMeasurements,
  planMilestones,
  planReviewDecisions,
  planReviews,
} from './pilotage.table'

export interface PilotageDemoContext {
  /** The demo CCAS of Besançon, owner of its social project. */
  ccasOrganisationId: string
  /** E-mail domain of the demo accounts (`demo-lien.test`): pilots are `direction@…` and others. */
  domain: string
}

/** Public addresses of the demo plans. */
export const demoPlanSlugs = {
  besancon: 'besancon-projet-social-2022-2026',
  ain: 'ain-metiers-accompagnement-2024-2026',
} as const

/**
 * The browser journey's facts: in Besançon's plan, axis 3 is orange only because the indicator
 * below has no measurement for last month (late); its pilot enters `valueToEnter` for last month
 * and the indicator, the action and the axis turn green.
 */
export const pilotageDemoJourney = {
  planSlug: demoPlanSlugs.besancon,
  axisTitle: besanconProjetSocial.axes[2]!.title,
  actionTitle: besanconProjetSocial.axes[2]!.actions[0]!.title,
  indicatorTitle: 'Personnes accompagnées dans leurs démarches d’accès aux droits',
  /** At or above every value the indicator's targets expect (their highest is 80). */
  valueToEnter: '95',
  pilotEmail: (domain: string) => `travailleur-social@${domain}`,
  directorEmail: (domain: string) => `direction@${domain}`,
} as const

/** Months `YYYY-MM-01` from `from` to `to`, both included. */
function months(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) out.push(m)
  return out
}

/** A small deterministic wobble (0 to 1) so that series do not look drawn with a ruler. */
const wobble = (i: number) => ((i * 7919) % 13) / 13

interface DemoIndicator {
  title: string
  unit: 'nombre' | 'pourcentage' | 'personnes'
  direction?: 'hausse' | 'baisse'
  baseline: number
  baselineDate: string
  targets: { dueDate: string; value: number }[]
  maxValue?: number
  /** Measurement relative to the expected value: 1.05 = 5 % above. */
  level: number
  /** The last month measured (defaults to last month). */
  until?: string
  serviceId?: string | null
}

/**
 * The two seed plans (the Département de l’Ain, created by the métiers demo, owns its plan for the
 * jobs), their fiches, indicators, measurements, budgets and a review. Dates follow today's.
 */
export async function createDemoPilotage(tx: Db, ctx: PilotageDemoContext): Promise<void> {
  const today = parisDate(new Date())
  const planEnd = extendedEnd(besanconProjetSocial.periodEnd, today)
  const endYear = Number(planEnd.slice(0, 4))
  const lastMonth = addMonths(`${today.slice(0, 7)}-01`, -1)
  const twoMonthsAgo = addMonths(lastMonth, -1)

  const emails = ['direction', 'travailleur-social', 'agent-accueil', 'administrateur'].map(
    (r) => `${r}@${ctx.domain}`,
  )
  const found = await tx
    .select({ id: accounts.id, email: accounts.email })
    .from(accounts)
    .where(inArray(accounts.email, emails))
  const account = (role: string) => found.find((a) => a.email === `${role}@${ctx.domain}`)?.id ?? null
  const director = account('direction')
  const socialWorker = account('travailleur-social')
  const reception = account('agent-accueil')
  const pilots = (...ids: (string | null)[]) => ids.filter((id): id is string => id !== null)

  const serviceRows = await tx
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(eq(services.organisationId, ctx.ccasOrganisationId))
  const service = (name: string) => serviceRows.find((s) => s.name === name)?.id ?? null
  const serviceList = (...names: string[]) => names.map(service).filter((id): id is string => id !== null)

  // ------------------------------------------------------------ Besançon: projet social 2022-2026
  const plan = besanconProjetSocial
  const end = planEnd
  const within = (date: string) => (date > end ? end : date)
  /** The fiche details of some flagship projects, by axis then position. */
  const fiches: Record<string, Partial<NewAction>> = {
    '1.1': {
      objective: 'Observer pour mieux agir : élargir l’observation sociale à l’échelle du Grand Besançon.',
      pilotAccountIds: pilots(director),
      serviceIds: serviceList('Accompagnement social'),
      partners: [
        { name: 'Grand Besançon Métropole' },
        { name: 'Communes du Grand Besançon dotées d’un CCAS' },
      ],
      targetPublics: 'Élus, services et partenaires des communes du Grand Besançon',
      staffTime: '0,3 ETP de chargé d’observation sociale',
      userParticipation: 'Ateliers ABS ouverts aux communes volontaires et aux associations.',
      qualityCommitments: 'Publication annuelle de l’ABS et présentation au conseil municipal.',
      agentInvolvement: 'Les équipes de terrain alimentent les focus thématiques.',
      startDate: '2022-03-01',
      endDate: planEnd,
      status: 'en_cours',
      budget: yearsFrom(2023, endYear).map((year) => ({
        funder: 'CCAS de Besançon',
        year,
        label: 'Études et ateliers ABS',
        plannedCents: 15_000_00,
        consumedCents: year < Number(today.slice(0, 4)) ? 14_200_00 : 9_800_00,
      })),
    },
    '1.2': {
      objective: 'Faciliter l’accès des jeunes majeurs de moins de 26 ans à une activité professionnelle.',
      pilotAccountIds: pilots(director),
      targetPublics: 'Jeunes de 18 à 25 ans',
      startDate: '2023-01-01',
      endDate: '2026-06-30',
      status: 'en_retard',
      statusReason: 'Le recrutement de l’encadrant technique des chantiers a été reporté.',
    },
    '1.3': { status: 'realise', startDate: '2022-06-01', endDate: '2024-12-31' },
    '2.1': { status: 'en_cours', startDate: '2022-09-01' },
    '2.2': {
      objective: 'Lutter contre l’isolement social et conforter l’installation dans un nouveau logement.',
      pilotAccountIds: pilots(socialWorker),
      serviceIds: serviceList('Accompagnement social', 'Domiciliation'),
      partners: [{ name: 'Bailleurs sociaux du territoire' }, { name: 'Centres sociaux des quartiers' }],
      targetPublics: 'Personnes sans domicile stable accédant à un logement',
      staffTime: '0,5 ETP de travailleur social',
      userParticipation: 'Les personnes relogées choisissent les animations avec l’équipe.',
      qualityCommitments: 'Un contact dans le mois qui suit l’entrée dans le logement.',
      agentInvolvement: 'Les travailleurs sociaux co-animent les actions collectives.',
      startDate: '2022-04-01',
      endDate: planEnd,
      status: 'en_cours',
    },
    '2.3': { status: 'realise', startDate: '2022-01-01', endDate: '2023-12-31' },
    '3.1': {
      objective: 'Garantir à chacun l’accès à ses droits en développant l’aller vers.',
      pilotAccountIds: pilots(socialWorker),
      serviceIds: serviceList('Accompagnement social', 'Accueil'),
      partners: [{ name: 'Maison France Services de Planoise' }, { name: 'CAF du Doubs' }],
      targetPublics: 'Personnes en situation de non-recours, personnes sans domicile',
      staffTime: '1 ETP réparti entre la veille mobile et l’accueil',
      userParticipation: 'Enquêtes de satisfaction Marianne SP+ et temps de rencontre avec les usagers.',
      qualityCommitments: 'Référentiel Marianne : une réponse à chaque demande dans le délai annoncé.',
      agentInvolvement: 'Groupes de travail sur la qualité de l’accueil avec les agents volontaires.',
      startDate: '2022-06-01',
      endDate: planEnd,
      status: 'en_cours',
      budget: yearsFrom(2024, endYear).map((year) => ({
        funder: 'CCAS de Besançon',
        year,
        label: 'Veille mobile et accueil',
        plannedCents: 8_000_00,
        consumedCents: year < Number(today.slice(0, 4)) ? 7_600_00 : 5_100_00,
      })),
    },
    '3.2': {
      objective: 'Doter chaque service de professionnels référents pour l’accès aux droits numériques.',
      pilotAccountIds: pilots(director),
      serviceIds: serviceList('Accueil'),
      targetPublics: 'Publics les plus précaires éloignés du numérique',
      staffTime: '2 conseillers numériques',
      startDate: '2022-01-01',
      endDate: planEnd,
      status: 'en_cours',
      budget: yearsFrom(2024, endYear).map((year) => ({
        funder: 'État (dispositif Conseiller numérique)',
        year,
        label: 'Deux postes de conseillers numériques',
        plannedCents: 50_000_00,
        consumedCents: year < Number(today.slice(0, 4)) ? 50_000_00 : 41_000_00,
      })),
    },
    '3.3': {
      pilotAccountIds: pilots(reception),
      startDate: '2022-09-01',
      endDate: planEnd,
      status: 'en_cours',
    },
    '4.1': { status: 'en_cours', startDate: '2022-01-01' },
    '4.2': { status: 'a_lancer', startDate: within(addDays(today, 20)) },
    '4.3': { status: 'en_cours', startDate: '2022-01-01', pilotAccountIds: pilots(director) },
    '5.1': {
      objective: 'Moderniser les résidences autonomie et améliorer la performance thermique du siège.',
      pilotAccountIds: pilots(director),
      startDate: '2022-01-01',
      endDate: planEnd,
      status: 'en_cours',
      budget: yearsFrom(2022, endYear).map((year) => ({
        funder: year <= 2023 ? 'CCAS de Besançon' : 'Ville de Besançon',
        year,
        label: year <= 2023 ? 'Rénovation thermique du siège' : 'Résidences autonomie',
        plannedCents: 120_000_00,
        consumedCents: year < Number(today.slice(0, 4)) ? 118_500_00 : 64_000_00,
      })),
    },
    '5.2': { status: 'en_cours', startDate: '2023-01-01' },
    '5.3': {
      objective: 'Mettre en réseau les associations du secteur social grâce à un répertoire partagé.',
      pilotAccountIds: pilots(reception),
      partners: [{ name: 'Associations de solidarité de Besançon' }],
      targetPublics: 'Près de 150 associations œuvrant dans le domaine de la solidarité',
      startDate: '2022-01-01',
      endDate: '2024-12-31',
      status: 'realise',
    },
    '6.1': { status: 'realise', startDate: '2022-01-01', endDate: '2023-06-30' },
    '6.2': { status: 'en_cours', startDate: '2022-09-01' },
    '6.3': { status: 'en_cours', startDate: '2022-01-01' },
  }
  const axes: NewAxis[] = plan.axes.map((axis, a) => ({
    title: axis.title,
    objective: axis.objective,
    actions: axis.actions.map((act, i) => ({
      kind: act.kind,
      title: act.title,
      ...fiches[`${a + 1}.${i + 1}`],
    })),
  }))
  const besancon = await writePlan(tx, {
    organisationId: ctx.ccasOrganisationId,
    createdBy: director,
    title: plan.title,
    summary: plan.summary,
    source: plan.source,
    periodStart: plan.periodStart,
    periodEnd: planEnd,
    slug: demoPlanSlugs.besancon,
    published: true,
    axes,
    funders: [...plan.funders, 'Ville de Besançon', 'État (dispositif Conseiller numérique)'],
  })
  const actionId = (ref: string) => {
    const [a, i] = ref.split('.').map(Number)
    return besancon.axes[a! - 1]!.actions[i! - 1]!.id
  }
  const axisId = (ref: string) => besancon.axes[Number(ref.split('.')[0]) - 1]!.id

  // Indicators with their baselines, targets and monthly measurements up to last month.
  const indicators: (DemoIndicator & { ref: string })[] = [
    {
      ref: '1.1',
      title: 'Communes du Grand Besançon associées aux ateliers ABS',
      unit: 'nombre',
      baseline: 1,
      baselineDate: '2022-01-01',
      targets: [{ dueDate: `${endYear}-12-01`, value: 20 }],
      level: 0.93,
      serviceId: service('Accompagnement social'),
    },
    {
      ref: '2.2',
      title: 'Personnes relogées participant aux animations',
      unit: 'personnes',
      baseline: 5,
      baselineDate: '2022-04-01',
      targets: [
        { dueDate: '2024-01-01', value: 30 },
        { dueDate: `${endYear}-12-01`, value: 60 },
      ],
      level: 0.8,
      serviceId: service('Accompagnement social'),
    },
    {
      ref: '3.1',
      title: pilotageDemoJourney.indicatorTitle,
      unit: 'personnes',
      baseline: 40,
      baselineDate: '2022-01-01',
      targets: [
        { dueDate: '2024-01-01', value: 60 },
        { dueDate: `${endYear}-12-01`, value: 80 },
      ],
      level: 1.04,
      // Last month is not entered yet: the indicator is late, hence orange.
      until: twoMonthsAgo,
      serviceId: service('Accompagnement social'),
    },
    {
      ref: '3.2',
      title: 'Services dotés d’un référent numérique',
      unit: 'pourcentage',
      baseline: 10,
      baselineDate: '2022-01-01',
      targets: [{ dueDate: '2025-01-01', value: 100 }],
      maxValue: 100,
      level: 1,
      serviceId: service('Accueil'),
    },
    {
      ref: '4.1',
      title: 'Seniors participant aux actions de prévention de la perte d’autonomie',
      unit: 'personnes',
      baseline: 120,
      baselineDate: '2022-01-01',
      targets: [{ dueDate: `${endYear}-12-01`, value: 300 }],
      level: 1.1,
    },
  ]
  for (const ind of indicators) {
    const [row] = await tx
      .insert(planIndicators)
      .values({
        organisationId: ctx.ccasOrganisationId,
        planId: besancon.id,
        axisId: axisId(ind.ref),
        actionId: actionId(ind.ref),
        title: ind.title,
        unit: ind.unit,
        direction: ind.direction ?? 'hausse',
        baseline: String(ind.baseline),
        baselineDate: ind.baselineDate,
        minValue: '0',
        maxValue: ind.maxValue === undefined ? null : String(ind.maxValue),
        frequency: 'mensuelle',
        serviceId: ind.serviceId ?? null,
      })
      .returning({ id: planIndicators.id })
    const indicatorId = row!.id
    await tx.insert(planIndicatorTargets).values(
      ind.targets.map((t) => ({
        organisationId: ctx.ccasOrganisationId,
        planId: besancon.id,
        indicatorId,
        dueDate: t.dueDate,
        value: String(t.value),
      })),
    )
    const rules = {
      direction: ind.direction ?? ('hausse' as const),
      baseline: ind.baseline,
      baselineDate: ind.baselineDate,
      targets: ind.targets,
    }
    const measured = months(ind.baselineDate, ind.until ?? lastMonth).map((period, i) => {
      const expected = expectedValue(rules, period)!
      // Whole people and counts; at least the expected value when the level says « reached ».
      const raw = expected * ind.level + (ind.level >= 1 ? wobble(i) : -wobble(i))
      const value = ind.level >= 1 ? Math.ceil(Math.max(raw, expected)) : Math.floor(raw)
      return {
        organisationId: ctx.ccasOrganisationId,
        planId: besancon.id,
        indicatorId,
        period,
        value: String(ind.maxValue === undefined ? value : Math.min(value, ind.maxValue)),
        comment: i === 0 ? 'Valeur de départ' : '',
        enteredBy: socialWorker,
        enteredAt: new Date(`${addMonths(period, 1).slice(0, 7)}-05T09:00:00Z`),
      }
    })
    if (measured.length > 0) await tx.insert(planMeasurements).values(measured)
  }

  // Milestones of some flagship projects, and the three yearly presentations to the city council.
  const currentYear = Number(today.slice(0, 4))
  await tx.insert(planMilestones).values([
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      actionId: actionId('3.1'),
      title: 'Charte d’accueil revue avec les agents',
      dueDate: '2023-06-30',
      doneOn: '2023-06-20',
      ownerAccountId: socialWorker,
    },
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      actionId: actionId('3.2'),
      title: 'Deux conseillers numériques recrutés',
      dueDate: '2022-09-30',
      doneOn: '2022-09-12',
      ownerAccountId: director,
    },
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      actionId: actionId('4.3'),
      title: 'Guide d’accueil du CCAS en FALC',
      dueDate: within(addDays(today, 20)),
      ownerAccountId: director,
    },
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      actionId: actionId('1.1'),
      title: 'Premier atelier ABS intercommunal',
      dueDate: '2023-10-15',
      doneOn: '2023-10-12',
      ownerAccountId: director,
    },
  ])
  const presentations = [
    { title: 'Présentation de l’analyse des besoins sociaux (ABS) au conseil municipal', monthDay: '09-25' },
    { title: 'Présentation du rapport d’activité du CCAS au conseil municipal', monthDay: '06-26' },
    { title: 'Présentation des budgets du CCAS au conseil municipal', monthDay: '12-14' },
  ]
  for (const p of presentations) {
    const dates: string[] = []
    for (let year = 2022; year <= Math.min(currentYear + 1, endYear); year++) dates.push(`${year}-${p.monthDay}`)
    const next = dates.find((d) => d >= today && d <= end)
    await tx.insert(planMilestones).values(
      dates
        .filter((d) => d < today || d === next)
        .map((d) => ({
          organisationId: ctx.ccasOrganisationId,
          planId: besancon.id,
          actionId: null,
          title: p.title,
          dueDate: d,
          doneOn: d < today ? d : null,
          ownerAccountId: director,
          // The coming one (or the last one held) comes back each year.
          recurrence:
            d === next || (!next && d === dates.filter((x) => x < today).at(-1)) ? 'annuelle' : 'aucune',
          remindDaysBefore: 30,
        })),
    )
  }

  // A steering committee held, with its decisions (its snapshot is frozen by the governance part).
  const [review] = await tx
    .insert(planReviews)
    .values({
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      kind: 'comite_pilotage',
      heldOn: addMonths(lastMonth, -2),
      title: 'Comité de pilotage du projet social',
      notes: 'Point d’étape sur les 18 projets phares.',
    })
    .returning({ id: planReviews.id })
  await tx.insert(planReviewDecisions).values([
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      reviewId: review!.id,
      actionId: actionId('1.2'),
      text: 'Relancer le recrutement de l’encadrant technique des chantiers jeunes.',
      position: 1,
      createdBy: director,
    },
    {
      organisationId: ctx.ccasOrganisationId,
      planId: besancon.id,
      reviewId: review!.id,
      actionId: null,
      text: 'Présenter le bilan à mi-parcours au conseil d’administration.',
      position: 2,
      createdBy: director,
    },
  ])

  // ------------------------------------------------------------ Ain: plan métiers 2024-2026
  const [ain] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.kind, 'departement'), ilike(organisations.name, '%Ain%')))
  await createAinPlan(tx, ain?.id ?? ctx.ccasOrganisationId, ctx.ccasOrganisationId, ainMetiersDuLien, today)
}

/**
 * The Ain plan: its 4 axes (with the number of actions each announces in their objective), the
 * example actions the document names, and its budget (200,000 € a year, half from CNSA, DDETS and
 * the Région: the split between them is the demo's). Shared with the demo CCAS so its team reads it.
 */
async function createAinPlan(tx: Db, ownerId: string, ccasId: string, plan: SeedPlan, today: string) {
  const periodEnd = extendedEnd(plan.periodEnd, today)
  const years = yearsFrom(2024, Number(periodEnd.slice(0, 4)))
  const external = ['CNSA', 'DDETS', 'CNSA', 'Région Auvergne-Rhône-Alpes']
  const axisBudget = ainYearlyBudgetCents / 4
  const written = await writePlan(tx, {
    organisationId: ownerId,
    createdBy: null,
    title: plan.title,
    summary: plan.summary,
    source: plan.source,
    periodStart: plan.periodStart,
    periodEnd,
    slug: demoPlanSlugs.ain,
    published: true,
    funders: plan.funders,
    axes: plan.axes.map((axis, a) => ({
      title: axis.title,
      objective: axis.objective,
      actions: axis.actions.map((act, i) => ({
        kind: act.kind,
        title: act.title,
        startDate: '2025-01-01',
        endDate: periodEnd,
        status: a === 0 || i === 0 ? 'en_cours' : 'a_lancer',
        budget:
          i === 0
            ? years.flatMap((year) => [
                {
                  funder: 'Département de l’Ain',
                  year,
                  label: 'Part départementale',
                  plannedCents: axisBudget / 2,
                },
                { funder: external[a]!, year, label: 'Cofinancement', plannedCents: axisBudget / 2 },
              ])
            : [],
      })),
    })),
  })
  if (ownerId !== ccasId)
    await tx.insert(actionPlanOrganisations).values({ planId: written.id, organisationId: ccasId })
}

/**
 * The seed plans end in 2026; once that year is over the demo keeps them running (as if extended
 * to the end of the current year) so that this month's measurements and milestones still belong
 * to their period.
 */
function extendedEnd(seedEnd: string, today: string): string {
  return today > seedEnd ? `${today.slice(0, 4)}-12-31` : seedEnd
}

const yearsFrom = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i)
