/** Test data of the indicators part: a plan written straight into the database. */
import { eq } from 'drizzle-orm'
import type { TestApp } from '../../../test/test-app'
import { accounts } from '../../auth'
import { actionPlans, planActions, planAxes } from '../pilotage.table'

/** A plan with one axis and one action piloted by the given account, owned by the organisation. */
export async function insertPlan(
  t: Pick<TestApp, 'database'>,
  organisationId: string,
  pilotAccountIds: string[],
  slug: string,
) {
  const db = t.database.db.owner
  const [plan] = await db
    .insert(actionPlans)
    .values({
      organisationId,
      slug,
      title: 'Projet social 2022-2026',
      periodStart: '2022-01-01',
      periodEnd: '2026-12-31',
    })
    .returning()
  const [axis] = await db
    .insert(planAxes)
    .values({ organisationId, planId: plan!.id, position: 1, title: 'Accueillir et accompagner' })
    .returning()
  const [action] = await db
    .insert(planActions)
    .values({
      organisationId,
      planId: plan!.id,
      axisId: axis!.id,
      position: 1,
      title: 'Garantir une réponse à chaque demande',
      pilotAccountIds,
      status: 'en_cours',
    })
    .returning()
  return { plan: plan!, axis: axis!, action: action! }
}

export const accountId = async (t: Pick<TestApp, 'database'>, email: string) => {
  const [row] = await t.database.db.owner
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.email, email))
  return row!.id
}
