import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteContract } from '../../../../shared/contract'
import { decideAccess } from '../../../../shared/modules/organisations/organisations.policy'
import { roles } from '../../../../shared/modules/organisations/roles'
import { pilotageIndicatorsContract } from '../../../../shared/modules/pilotage/indicators.contract'
import { planManagerRoles } from '../../../../shared/modules/pilotage/pilotage.constants'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { planIndicators } from '../pilotage.table'
import { accountId, insertPlan } from './indicators.fixtures'

const NOW = new Date('2025-06-16T09:00:00Z')

/**
 * Every indicators route as every role of the owner tenant and of another: the declared rule
 * decides (403), another tenant's records answer 404, and a measurement is refused (403) to a
 * reader who is neither a manager nor a pilot of the action.
 */
describe('indicators routes as every role of both tenants', () => {
  let t: TestApp
  let fixture: Awaited<ReturnType<typeof insertPlan>>
  const clients = new Map<string, TestClient>()

  const newIndicator = async () =>
    (
      await t.database.db.owner
        .insert(planIndicators)
        .values({
          organisationId: t.tenantA.organisationId,
          planId: fixture.plan.id,
          axisId: fixture.axis.id,
          actionId: fixture.action.id,
          title: 'Indicateur de la matrice',
          unit: 'nombre',
        })
        .returning()
    )[0]!.id

  beforeAll(async () => {
    t = await createTestApp('pglite', { clock: () => NOW })
    fixture = await insertPlan(
      t,
      t.tenantA.organisationId,
      [await accountId(t, t.tenantA.accounts.travailleur_social)],
      'plan-matrice-indicateurs',
    )
    for (const role of roles) {
      clients.set(`A:${role}`, await t.signIn(t.tenantA.accounts[role]))
      clients.set(`B:${role}`, await t.signIn(t.tenantB.accounts[role]))
    }
  }, 300_000)
  afterAll(async () => t?.close())

  const bodies: Record<string, (c: RouteContract) => unknown> = {
    create: () => ({ actionId: fixture.action.id, title: 'Indicateur créé', unit: 'nombre' }),
    update: () => ({ title: 'Indicateur renommé', unit: 'nombre' }),
    setTargets: () => ({ targets: [{ dueDate: '2026-12-31', value: 10 }] }),
    measure: () => ({ period: '2025-05', value: 4, unit: 'nombre' }),
  }

  it(
    'answers by the declared rule, 404 for another tenant and 403 to a reader who is not a pilot',
    { timeout: 300_000 },
    async () => {
      const shared = await newIndicator()
      const failures: string[] = []
      for (const [name, contract] of Object.entries(pilotageIndicatorsContract) as [
        string,
        RouteContract,
      ][]) {
        for (const tenant of ['A', 'B'] as const) {
          for (const role of roles) {
            const client = clients.get(`${tenant}:${role}`)!
            const decision = decideAccess(contract.access, {
              stage: 'active',
              platformAdmin: false,
              organisationId: 'x',
              roles: [role],
            })
            const record = contract.path.startsWith('/api/pilotage/actions/')
              ? fixture.action.id
              : contract.path.startsWith('/api/pilotage/axes/')
                ? fixture.axis.id
                : contract.method === 'DELETE' && tenant === 'A'
                  ? await newIndicator()
                  : shared
            const url = contract.path.replace(':id', record)
            const res = await client.request(contract.method, url, bodies[name]?.(contract) ?? {})
            const manager = planManagerRoles.includes(role)
            const pilot = role === 'travailleur_social'
            const expected =
              decision !== 'allowed'
                ? [403]
                : tenant === 'B'
                  ? // Another tenant's records are not found; creating names the action of another tenant.
                    contract.path.includes(':id') || name === 'create'
                    ? [404]
                    : [200]
                  : name === 'measure' && !manager && !pilot
                    ? [403]
                    : [200, 201]
            if (!expected.includes(res.status))
              failures.push(
                `${name} as ${tenant}:${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 100)}`,
              )
          }
        }
      }
      expect(failures).toEqual([])
    },
  )
})
