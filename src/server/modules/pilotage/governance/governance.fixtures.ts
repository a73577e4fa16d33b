import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client'
import { accounts } from '../../auth/auth.table'
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
} from '../pilotage.table'

/** A small plan of two axes, inserted as the owner, for the governance tests and journeys. */
export async function governancePlan(db: Db, organisationId: string, pilotEmail: string, slug: string) {
  const [pilot] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, pilotEmail))
  const [plan] = await db
    .insert(actionPlans)
    .values({
      organisationId,
      slug,
      title: 'Projet social 2022-2026 — essai',
      periodStart: '2022-01-01',
      periodEnd: '2026-12-31',
    })
    .returning()
  const [axis1, axis2] = await db
    .insert(planAxes)
    .values([
      { organisationId, planId: plan!.id, position: 1, title: 'Accueillir et accompagner' },
      { organisationId, planId: plan!.id, position: 2, title: 'Faire savoir' },
    ])
    .returning()
  const [guichet, abs, hors] = await db
    .insert(planActions)
    .values([
      {
        organisationId,
        planId: plan!.id,
        axisId: axis1!.id,
        position: 1,
        kind: 'projet_phare',
        title: 'Guichet unique d’accueil inconditionnel',
        pilotAccountIds: [pilot!.id],
        pilotNames: 'Nour El-Amrani نور',
        status: 'en_cours',
        startDate: '2025-03-01',
        endDate: '2026-06-30',
      },
      {
        organisationId,
        planId: plan!.id,
        axisId: axis2!.id,
        position: 1,
        title: 'Analyse des besoins sociaux partagée',
        status: 'en_retard',
        statusReason: 'Prestataire défaillant',
        startDate: '2026-02-01',
        endDate: '2026-11-30',
      },
      {
        organisationId,
        planId: plan!.id,
        axisId: axis2!.id,
        position: 2,
        title: 'Action terminée en 2023',
        status: 'realise',
        startDate: '2023-01-01',
        endDate: '2023-12-31',
      },
    ])
    .returning()
  await db.insert(planMilestones).values([
    {
      organisationId,
      planId: plan!.id,
      actionId: guichet!.id,
      title: 'Ouverture du guichet',
      dueDate: '2026-04-15',
      doneOn: '2026-04-14',
    },
    { organisationId, planId: plan!.id, actionId: abs!.id, title: 'Rapport ABS', dueDate: '2026-09-30' },
    {
      organisationId,
      planId: plan!.id,
      actionId: guichet!.id,
      title: 'Jalon 2025',
      dueDate: '2025-06-01',
      doneOn: '2025-05-30',
    },
    {
      organisationId,
      planId: plan!.id,
      actionId: null,
      title: 'Présentation du budget au conseil municipal',
      dueDate: '2026-12-10',
      recurrence: 'annuelle',
    },
  ])
  const [funder] = await db
    .insert(planFunders)
    .values({ organisationId, planId: plan!.id, name: 'Ville' })
    .returning()
  await db.insert(planBudgetLines).values([
    {
      organisationId,
      planId: plan!.id,
      actionId: guichet!.id,
      funderId: funder!.id,
      year: 2026,
      plannedCents: 1_200_000,
      consumedCents: 450_050,
    },
    {
      organisationId,
      planId: plan!.id,
      actionId: guichet!.id,
      funderId: funder!.id,
      year: 2026,
      plannedCents: 300_000,
      consumedCents: 0,
    },
    {
      organisationId,
      planId: plan!.id,
      actionId: guichet!.id,
      funderId: funder!.id,
      year: 2025,
      plannedCents: 999_900,
      consumedCents: 999_900,
    },
  ])
  const [indicator] = await db
    .insert(planIndicators)
    .values({
      organisationId,
      planId: plan!.id,
      axisId: axis1!.id,
      actionId: guichet!.id,
      title: 'Demandes répondues dans le délai',
      unit: 'pourcentage',
    })
    .returning()
  await db.insert(planIndicatorTargets).values({
    organisationId,
    planId: plan!.id,
    indicatorId: indicator!.id,
    dueDate: '2026-12-31',
    value: '90',
  })
  await db.insert(planMeasurements).values({
    organisationId,
    planId: plan!.id,
    indicatorId: indicator!.id,
    period: '2026-01-01',
    value: '95',
  })
  return {
    plan: plan!,
    axes: [axis1!, axis2!],
    actions: { guichet: guichet!, abs: abs!, hors: hors! },
    pilotId: pilot!.id,
  }
}
