import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { services } from '../../organisations'
import { actionPlanOrganisations, planMeasurements } from '../pilotage.table'
import { accountId, insertPlan } from './indicators.fixtures'

/** The platform's day: mid-June 2025, inside the plan 2022-2026. */
const NOW = new Date('2025-06-16T09:00:00Z')

const percentIndicator = (actionId: string, extra: Record<string, unknown> = {}) => ({
  actionId,
  title: 'Demandes répondues dans le délai',
  unit: 'pourcentage',
  direction: 'hausse',
  baseline: 50,
  baselineDate: '2022-01-01',
  ...extra,
})

describe.each(databaseKinds)('pilotage indicators (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  let pilot: TestClient
  let reader: TestClient
  let otherTenant: TestClient
  let fixture: Awaited<ReturnType<typeof insertPlan>>
  let indicatorId: string

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => NOW })
    direction = await t.signIn(t.tenantA.accounts.direction)
    pilot = await t.signIn(t.tenantA.accounts.travailleur_social)
    reader = await t.signIn(t.tenantA.accounts.agent_accueil)
    otherTenant = await t.signIn(t.tenantB.accounts.administrateur)
    fixture = await insertPlan(
      t,
      t.tenantA.organisationId,
      [await accountId(t, t.tenantA.accounts.travailleur_social)],
      'projet-social-test',
    )
  })
  afterAll(async () => t?.close())

  it('lets a manager define an indicator, refusing a percentage range beyond 100 and a foreign service', async () => {
    const tooWide = await direction.post(
      '/api/pilotage/indicateurs',
      percentIndicator(fixture.action.id, { maxValue: 120 }),
    )
    expect(tooWide.status).toBe(400)
    expect(tooWide.body.fields).toContainEqual({
      field: 'maxValue',
      message: 'un pourcentage va de 0 à 100.',
    })
    expect(tooWide.body.message).toBe('Valeur maximale permise : un pourcentage va de 0 à 100.')

    const [foreign] = await t.database.db.owner
      .select({ id: services.id })
      .from(services)
      .where(eq(services.organisationId, t.tenantB.organisationId))
    const wrongService = await direction.post(
      '/api/pilotage/indicateurs',
      percentIndicator(fixture.action.id, { serviceId: foreign!.id }),
    )
    expect(wrongService.status).toBe(400)
    expect(wrongService.body.fields[0].field).toBe('serviceId')

    const computedWrongUnit = await direction.post(
      '/api/pilotage/indicateurs',
      percentIndicator(fixture.action.id, { unit: 'nombre', source: 'accueil.reponses_dans_delai' }),
    )
    expect(computedWrongUnit.status).toBe(400)
    expect(computedWrongUnit.body.message).toMatch(/^Unité : le calcul/)

    const byPilot = await pilot.post('/api/pilotage/indicateurs', percentIndicator(fixture.action.id))
    expect(byPilot.status).toBe(403)

    const created = await direction.post('/api/pilotage/indicateurs', percentIndicator(fixture.action.id))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      unit: 'pourcentage',
      frequency: 'mensuelle',
      baseline: 50,
      light: 'gris',
      latest: null,
      history: [],
      abilities: { manage: true, measure: true },
    })
    indicatorId = created.body.id
  })

  it('sets targets within the plan’s period only', async () => {
    const outside = await direction.request('PUT', `/api/pilotage/indicateurs/${indicatorId}/cibles`, {
      targets: [
        { dueDate: '2024-12-31', value: 80 },
        { dueDate: '2027-06-30', value: 90 },
      ],
    })
    expect(outside.status).toBe(400)
    expect(outside.body.fields).toEqual([
      { field: 'targets.1.dueDate', message: expect.stringContaining('hors de la période du plan') },
    ])
    expect(outside.body.message).toMatch(/^Échéance : le 30 juin 2027 est hors de la période du plan/)

    const set = await direction.request('PUT', `/api/pilotage/indicateurs/${indicatorId}/cibles`, {
      targets: [
        { dueDate: '2026-12-31', value: '90' },
        { dueDate: '2024-12-31', value: '80,5' },
      ],
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.targets).toEqual([
      { dueDate: '2024-12-31', value: 80.5 },
      { dueDate: '2026-12-31', value: 90 },
    ])
  })

  it('refuses a measurement in the wrong unit, out of range, in the future or outside the plan', async () => {
    const url = `/api/pilotage/indicateurs/${indicatorId}/mesures`
    const wrongUnit = await pilot.post(url, { period: '2025-05', value: 42, unit: 'nombre', comment: '' })
    expect(wrongUnit.status).toBe(400)
    expect(wrongUnit.body.message).toBe('Unité : cet indicateur se mesure en %, pas en nombre.')
    expect(wrongUnit.body.fields.map((f: { field: string }) => f.field)).toEqual(['unit'])

    const outOfRange = await pilot.post(url, { period: '2025-05', value: 120, unit: 'pourcentage' })
    expect(outOfRange.status).toBe(400)
    expect(outOfRange.body.message).toBe(
      'Valeur : 120\u00a0% est hors des valeurs permises : entre 0 et 100\u00a0%.',
    )

    const future = await pilot.post(url, { period: '2025-07', value: 60, unit: 'pourcentage' })
    expect(future.status).toBe(400)
    expect(future.body.fields).toEqual([
      { field: 'period', message: expect.stringContaining('juillet 2025') },
    ])

    const beforePlan = await pilot.post(url, { period: '2021-12', value: 60, unit: 'pourcentage' })
    expect(beforePlan.status).toBe(400)
    expect(beforePlan.body.message).toMatch(/^Mois mesuré : décembre 2021 est hors de la période du plan/)

    const words = await pilot.post(url, { period: '2025-05', value: 'douze', unit: 'pourcentage' })
    expect(words.status).toBe(400)
    expect(words.body.fields[0].field).toBe('value')
    expect(words.body.message).toMatch(/^Valeur : un nombre est attendu/)

    const badMonth = await pilot.post(url, { period: '2025-13', value: 60, unit: 'pourcentage' })
    expect(badMonth.status).toBe(400)
    expect(badMonth.body.fields[0].field).toBe('period')

    const [count] = await t.database.db.owner
      .select({ id: planMeasurements.id })
      .from(planMeasurements)
      .where(eq(planMeasurements.indicatorId, indicatorId))
    expect(count).toBeUndefined()
  })

  it('lets the pilot measure and correct a month, keeping every entry in the history', async () => {
    const url = `/api/pilotage/indicateurs/${indicatorId}/mesures`
    const first = await pilot.post(url, {
      period: '2025-05',
      value: '61,5',
      unit: 'pourcentage',
      comment: 'Relevé du mois',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.latest).toMatchObject({ period: '2025-05-01', value: 61.5 })

    const april = await pilot.post(url, { period: '2025-04', value: 58, unit: 'pourcentage' })
    expect(april.status).toBe(201)

    const correction = await direction.post(url, {
      period: '2025-05',
      value: 84,
      unit: 'pourcentage',
      comment: 'Correction : relances comptées',
    })
    expect(correction.status).toBe(201)
    const detail = correction.body
    expect(detail.history).toHaveLength(3)
    expect(
      detail.history.map((m: { period: string; value: number; superseded: boolean }) => [
        m.period,
        m.value,
        m.superseded,
      ]),
    ).toEqual([
      ['2025-05-01', 84, false],
      ['2025-05-01', 61.5, true],
      ['2025-04-01', 58, false],
    ])
    expect(detail.history[1]).toMatchObject({
      comment: 'Relevé du mois',
      enteredByName: 'Démo travailleur social',
    })
    expect(detail.history[0].enteredByName).toBe('Démo direction')
    expect(detail.series).toEqual([
      { period: '2025-04-01', value: 58 },
      { period: '2025-05-01', value: 84 },
    ])
    // 2025-05: expected between 80.5 (end 2024) and 90 (end 2026) ≈ 80.9; 84 reaches it, measured in time.
    expect(detail.expected).toBeCloseTo(80.5 + (9.5 * 121) / 730, 3)
    expect(detail.light).toBe('vert')
    expect(detail.late).toBe(false)
  })

  it('lists the action’s indicators with their latest value and light, for any reader', async () => {
    const list = await reader.get(`/api/pilotage/actions/${fixture.action.id}/indicateurs`)
    expect(list.status).toBe(200)
    expect(list.body.abilities).toEqual({ manage: false, measure: false })
    expect(list.body.indicators).toHaveLength(1)
    expect(list.body.indicators[0]).toMatchObject({
      id: indicatorId,
      latest: { period: '2025-05-01', value: 84 },
      light: 'vert',
    })
    const axis = await reader.get(`/api/pilotage/axes/${fixture.axis.id}/indicateurs`)
    expect(axis.status).toBe(200)
    expect(axis.body.indicators).toEqual([])
  })

  it('refuses a reader who is not a pilot of the action, and hides everything from another tenant', async () => {
    const url = `/api/pilotage/indicateurs/${indicatorId}/mesures`
    const byReader = await reader.post(url, { period: '2025-05', value: 10, unit: 'pourcentage' })
    expect(byReader.status).toBe(403)
    expect(byReader.body.message).toMatch(/Seuls les pilotes de cette action et la direction/)

    expect((await otherTenant.get(`/api/pilotage/indicateurs/${indicatorId}`)).status).toBe(404)
    expect((await otherTenant.post(url, { period: '2025-05', value: 10, unit: 'pourcentage' })).status).toBe(
      404,
    )
    expect((await otherTenant.get(`/api/pilotage/actions/${fixture.action.id}/indicateurs`)).status).toBe(404)
    expect(
      (await otherTenant.request('PUT', `/api/pilotage/indicateurs/${indicatorId}/cibles`, { targets: [] }))
        .status,
    ).toBe(404)
    expect((await otherTenant.delete(`/api/pilotage/indicateurs/${indicatorId}`)).status).toBe(404)
    expect(
      (await otherTenant.post('/api/pilotage/indicateurs', percentIndicator(fixture.action.id))).status,
    ).toBe(404)
  })

  it('lets an organisation the plan is shared with read its indicators, never write them', async () => {
    const shared = await insertPlan(t, t.tenantA.organisationId, [], 'plan-partage-indicateurs')
    await t.database.db.owner
      .insert(actionPlanOrganisations)
      .values({ planId: shared.plan.id, organisationId: t.tenantB.organisationId })
    const created = await direction.post('/api/pilotage/indicateurs', {
      axisId: shared.axis.id,
      title: 'Partenaires signataires de la charte',
      unit: 'nombre',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.actionId).toBeNull()
    const ofAxis = await otherTenant.get(`/api/pilotage/axes/${shared.axis.id}/indicateurs`)
    expect(ofAxis.status).toBe(200)
    expect(ofAxis.body.abilities).toEqual({ manage: false, measure: false })
    expect(ofAxis.body.indicators.map((i: { title: string }) => i.title)).toEqual([
      'Partenaires signataires de la charte',
    ])
    const url = `/api/pilotage/indicateurs/${created.body.id}`
    expect((await otherTenant.get(url)).status).toBe(200)
    expect(
      (await otherTenant.post(`${url}/mesures`, { period: '2025-05', value: 3, unit: 'nombre' })).status,
    ).toBe(403)
    expect((await otherTenant.request('PUT', `${url}/cibles`, { targets: [] })).status).toBe(403)
    expect((await otherTenant.delete(url)).status).toBe(403)
    // An axis indicator is measured by the direction only: no action, no pilot.
    expect((await pilot.post(`${url}/mesures`, { period: '2025-05', value: 3, unit: 'nombre' })).status).toBe(
      403,
    )
    expect(
      (await direction.post(`${url}/mesures`, { period: '2025-05', value: 3, unit: 'nombre' })).status,
    ).toBe(201)
    await direction.delete(url)
  })

  it('audits the reading of a history that names people, and each measurement', async () => {
    const read = await reader.get(`/api/pilotage/indicateurs/${indicatorId}`)
    expect(read.status).toBe(200)
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, indicatorId), eq(auditLog.action, 'read')))
    expect(entries.length).toBeGreaterThan(0)
    const measured = (read.body as { history: { id: string }[] }).history.map((m) => m.id)
    expect(measured).toHaveLength(3)
    const created = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan_measurement'), eq(auditLog.action, 'create')))
    expect(created.filter((a) => measured.includes(a.entityId!)).length).toBe(3)
  })

  it('refuses a hand-entered value on a computed indicator, and a unit change once measured', async () => {
    const computed = await direction.post(
      '/api/pilotage/indicateurs',
      percentIndicator(fixture.action.id, {
        source: 'accueil.reponses_dans_delai',
        baseline: null,
        baselineDate: null,
      }),
    )
    expect(computed.status).toBe(201)
    expect(computed.body.sourceLabel).toBe('Demandes du mois répondues dans le délai annoncé')
    const typed = await direction.post(`/api/pilotage/indicateurs/${computed.body.id}/mesures`, {
      period: '2025-05',
      value: 50,
      unit: 'pourcentage',
    })
    expect(typed.status).toBe(409)

    const unitChange = await direction.request('PUT', `/api/pilotage/indicateurs/${indicatorId}`, {
      title: 'Demandes répondues',
      unit: 'nombre',
    })
    expect(unitChange.status).toBe(409)
    expect(unitChange.body.message).toMatch(/^Unité : des mesures existent déjà en %/)

    const renamed = await direction.request('PUT', `/api/pilotage/indicateurs/${indicatorId}`, {
      title: 'Demandes répondues à temps',
      unit: 'pourcentage',
      baseline: 50,
      baselineDate: '2022-01-01',
      frequency: 'trimestrielle',
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(renamed.body).toMatchObject({ title: 'Demandes répondues à temps', frequency: 'trimestrielle' })
    expect(renamed.body.history).toHaveLength(3)

    const removed = await direction.delete(`/api/pilotage/indicateurs/${computed.body.id}`)
    expect(removed.status).toBe(200)
    expect((await direction.get(`/api/pilotage/indicateurs/${computed.body.id}`)).status).toBe(404)
  })
})
