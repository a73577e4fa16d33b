import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, addMonths, parisDate } from '../../../../shared/dates'
import type { DashboardView, SeriesView } from '../../../../shared/modules/pilotage/dashboard.contract'
import { accounts } from '../../auth/auth.table'
import { services } from '../../organisations/organisations.table'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import {
  actionPlanOrganisations,
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
import { computeDashboard } from './dashboard.service'

// Dates relative to today (Paris), so that the rules' « last month » is the month before this one.
const today = parisDate(new Date())
const thisMonth = `${today.slice(0, 7)}-01`
const month = (n: number) => addMonths(thisMonth, n)
const entered = (period: string, days: number) =>
  new Date(Date.parse(`${addMonths(period, 1)}T08:00:00Z`) + days * 86_400_000)

describe.each(databaseKinds)('pilotage dashboard (%s)', (kind) => {
  let t: TestApp
  let director: TestClient
  let agent: TestClient
  let adminB: TestClient
  let planId: string
  const ids: Record<string, string> = {}
  const lines: { action: string; funder: string; year: number; planned: number; consumed: number }[] = []
  const url = (query = '') => `/api/pilotage/plans/${planId}/tableau-de-bord${query}`

  beforeAll(async () => {
    t = await createTestApp(kind)
    director = await t.signIn(t.tenantA.accounts.direction)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    adminB = await t.signIn(t.tenantB.accounts.administrateur)
    const db = t.database.db.owner
    const organisationId = t.tenantA.organisationId
    const [pilot] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, t.tenantA.accounts.travailleur_social))
    ids.pilot = pilot!.id
    const serviceRows = await db.select().from(services).where(eq(services.organisationId, organisationId))
    ids.accueil = serviceRows.find((s) => s.name === 'Accueil')!.id
    ids.domiciliation = serviceRows.find((s) => s.name === 'Domiciliation')!.id

    const [plan] = await db
      .insert(actionPlans)
      .values({
        organisationId,
        slug: `tableau-de-bord-test-${kind}`,
        title: 'Projet social de test',
        periodStart: month(-24),
        periodEnd: addDays(month(24), -1),
      })
      .returning()
    planId = plan!.id
    const own = { organisationId, planId }
    const [axis1, axis2] = await db
      .insert(planAxes)
      .values([
        { ...own, position: 1, title: 'Accueillir' },
        { ...own, position: 2, title: 'Rompre l’isolement' },
      ])
      .returning()
    ids.axis1 = axis1!.id
    ids.axis2 = axis2!.id
    const action = (axisId: string, position: number, extra: Partial<typeof planActions.$inferInsert>) => ({
      ...own,
      axisId,
      position,
      title: `Action ${position}`,
      ...extra,
    })
    const [a1, a2, a3, a4] = await db
      .insert(planActions)
      .values([
        action(axis1!.id, 1, {
          title: 'Accueil inconditionnel',
          status: 'en_cours',
          serviceIds: [ids.accueil],
          pilotAccountIds: [ids.pilot],
        }),
        action(axis1!.id, 2, { title: 'Domiciliation', status: 'en_cours', serviceIds: [ids.domiciliation] }),
        action(axis2!.id, 1, { title: 'Visites', status: 'en_retard', statusReason: 'Recrutement en cours' }),
        action(axis2!.id, 2, { title: 'Annuaire', status: 'realise' }),
      ])
      .returning()
    Object.assign(ids, { a1: a1!.id, a2: a2!.id, a3: a3!.id, a4: a4!.id })

    const indicator = (title: string, axisId: string, actionId: string | null, direction = 'hausse') => ({
      ...own,
      axisId,
      actionId,
      title,
      unit: 'nombre',
      direction,
      baseline: direction === 'hausse' ? '0' : '50',
      baselineDate: month(-24),
    })
    const [i1, i2, i3, i4, i5] = await db
      .insert(planIndicators)
      .values([
        indicator('Personnes reçues', axis1!.id, a1!.id),
        indicator('Délai de réponse', axis1!.id, a1!.id, 'baisse'),
        { ...indicator('Domiciliations', axis1!.id, a2!.id), baseline: null, baselineDate: null },
        indicator('Visites faites', axis2!.id, a3!.id),
        indicator('Personnes isolées repérées', axis2!.id, null),
      ])
      .returning()
    Object.assign(ids, { i1: i1!.id, i2: i2!.id, i3: i3!.id, i4: i4!.id, i5: i5!.id })
    await db.insert(planIndicatorTargets).values([
      { ...own, indicatorId: i1!.id, dueDate: month(-12), value: '100' },
      { ...own, indicatorId: i2!.id, dueDate: month(-12), value: '20' },
      { ...own, indicatorId: i3!.id, dueDate: month(-12), value: '100' },
      { ...own, indicatorId: i4!.id, dueDate: month(-12), value: '100' },
      { ...own, indicatorId: i5!.id, dueDate: month(6), value: '10' },
    ])
    const measure = (indicatorId: string, period: string, value: string, days = 3) => ({
      ...own,
      indicatorId,
      period,
      value,
      enteredAt: entered(period, days),
    })
    await db.insert(planMeasurements).values([
      measure(i1!.id, month(-2), '50'),
      measure(i1!.id, month(-1), '80'),
      // A correction of the same month, entered later: it counts.
      measure(i1!.id, month(-1), '100', 9),
      measure(i2!.id, month(-1), '21'),
      // Last measured three months ago: late.
      measure(i3!.id, month(-3), '100'),
      measure(i4!.id, month(-1), '50'),
    ])
    const [m1, m2, m3] = await db
      .insert(planMilestones)
      .values([
        { ...own, actionId: a2!.id, title: 'Convention signée', dueDate: addDays(today, -14) },
        {
          ...own,
          actionId: a4!.id,
          title: 'Annuaire publié',
          dueDate: addDays(today, -60),
          doneOn: addDays(today, -61),
        },
        { ...own, actionId: null, title: 'Présentation au conseil', dueDate: addDays(today, 15) },
      ])
      .returning()
    Object.assign(ids, { m1: m1!.id, m2: m2!.id, m3: m3!.id })
    const [ville, cnsa] = await db
      .insert(planFunders)
      .values([
        { ...own, name: 'Ville' },
        { ...own, name: 'CNSA' },
      ])
      .returning()
    ids.ville = ville!.id
    ids.cnsa = cnsa!.id
    const year = Number(today.slice(0, 4))
    lines.push(
      { action: a1!.id, funder: ville!.id, year, planned: 100_000, consumed: 40_000 },
      { action: a1!.id, funder: cnsa!.id, year, planned: 50_000, consumed: 10_000 },
      { action: a3!.id, funder: ville!.id, year: year - 1, planned: 200_000, consumed: 180_000 },
      { action: a2!.id, funder: cnsa!.id, year, planned: 30_000, consumed: 0 },
      { action: a4!.id, funder: ville!.id, year: year - 1, planned: 12_345, consumed: 12_000 },
    )
    await db.insert(planBudgetLines).values(
      lines.map((l) => ({
        ...own,
        actionId: l.action,
        funderId: l.funder,
        year: l.year,
        plannedCents: l.planned,
        consumedCents: l.consumed,
      })),
    )
  })
  afterAll(async () => t?.close())

  it('gives the lights the rules say, late and red items first', async () => {
    const res = await director.get<DashboardView>(url())
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const view = res.body
    expect(view.month).toBe(today.slice(0, 7))
    expect(view.asOf).toBe(today)
    const lightOf = (list: { id: string; light: string }[]) =>
      Object.fromEntries(list.map((i) => [i.id, i.light]))
    expect(lightOf(view.indicators)).toEqual({
      [ids.i1!]: 'vert', // 100 of 100 (the correction counts, not the 80 entered first)
      [ids.i2!]: 'orange', // going down: 20 / 21
      [ids.i3!]: 'orange', // reached, but no measurement last month
      [ids.i4!]: 'rouge', // 50 of 100
      [ids.i5!]: 'gris', // never measured
    })
    expect(view.indicators.find((i) => i.id === ids.i1)).toMatchObject({
      latest: { period: month(-1), value: 100 },
      expected: 100,
      late: false,
      number: '1.1',
    })
    expect(view.indicators.find((i) => i.id === ids.i3)!.late).toBe(true)
    expect(lightOf(view.milestones)).toEqual({ [ids.m1!]: 'rouge', [ids.m2!]: 'vert', [ids.m3!]: 'orange' })
    expect(lightOf(view.actions)).toEqual({
      [ids.a1!]: 'orange',
      [ids.a2!]: 'rouge',
      [ids.a3!]: 'rouge',
      [ids.a4!]: 'vert',
    })
    // Late and red first (by number), then orange, green, grey.
    expect(view.actions.map((a) => a.number)).toEqual(['1.2', '2.1', '1.1', '2.2'])
    expect(view.actions.slice(0, 2).every((a) => a.late)).toBe(true)
    expect(view.indicators.map((i) => i.id)).toEqual([ids.i4, ids.i3, ids.i5, ids.i2, ids.i1])
    expect(view.milestones.map((m) => m.id)).toEqual([ids.m1, ids.m3, ids.m2])
    expect(view.summary).toEqual({
      light: 'rouge',
      actions: { vert: 1, orange: 1, rouge: 2, gris: 0 },
      indicators: { vert: 1, orange: 2, rouge: 1, gris: 1 },
      milestones: { vert: 1, orange: 1, rouge: 1, gris: 0 },
    })
    expect(view.axes.map((a) => [a.title, a.light, a.actions])).toEqual([
      ['Accueillir', 'rouge', { vert: 0, orange: 1, rouge: 1, gris: 0 }],
      ['Rompre l’isolement', 'rouge', { vert: 1, orange: 0, rouge: 1, gris: 0 }],
    ])
    expect(view.actions.find((a) => a.id === ids.a1)!.pilots).toHaveLength(1)
    expect(view.options.services.map((s) => s.id).sort()).toEqual([ids.accueil, ids.domiciliation].sort())
    expect(view.options.pilots.map((p) => p.id)).toEqual([ids.pilot])
  })

  it('filters by axis, service and pilot', async () => {
    const axis = (await director.get<DashboardView>(url(`?axe=${ids.axis2}`))).body
    expect(axis.actions.map((a) => a.id)).toEqual([ids.a3, ids.a4])
    expect(axis.indicators.map((i) => i.id)).toEqual([ids.i4, ids.i5])
    expect(axis.milestones.map((m) => m.id)).toEqual([ids.m2])
    // The axes' summary stays whole, so that another axis can be chosen.
    expect(axis.axes).toHaveLength(2)

    const service = (await director.get<DashboardView>(url(`?service=${ids.accueil}`))).body
    expect(service.actions.map((a) => a.id)).toEqual([ids.a1])
    expect(service.indicators.map((i) => i.id).sort()).toEqual([ids.i1, ids.i2].sort())
    expect(service.summary.light).toBe('orange')
    expect(service.axes.map((a) => a.light)).toEqual(['orange', 'gris'])

    const pilot = (await director.get<DashboardView>(url(`?pilote=${ids.pilot}`))).body
    expect(pilot.actions.map((a) => a.id)).toEqual([ids.a1])
    expect(pilot.milestones).toEqual([])
    expect(pilot.filters).toEqual({ axisId: null, serviceId: null, pilotId: ids.pilot })

    const none = (await director.get<DashboardView>(url(`?service=${ids.domiciliation}&pilote=${ids.pilot}`)))
      .body
    expect(none.actions).toEqual([])
    expect(none.summary.light).toBe('gris')
  })

  it('sums the budget by funder and by year as the lines add up', async () => {
    const sums = (chosen: typeof lines) => {
      const byFunder = new Map<string, { plannedCents: number; consumedCents: number }>()
      for (const l of chosen) {
        const f = byFunder.get(l.funder) ?? { plannedCents: 0, consumedCents: 0 }
        f.plannedCents += l.planned
        f.consumedCents += l.consumed
        byFunder.set(l.funder, f)
      }
      return Object.fromEntries(byFunder)
    }
    const budgetOf = (view: DashboardView) =>
      Object.fromEntries(
        view.budget.byFunder.map((f) => [
          f.funderId,
          { plannedCents: f.plannedCents, consumedCents: f.consumedCents },
        ]),
      )

    const whole = (await director.get<DashboardView>(url())).body
    expect(budgetOf(whole)).toEqual(sums(lines))
    expect(whole.budget.total.plannedCents).toBe(lines.reduce((n, l) => n + l.planned, 0))
    expect(whole.budget.total.consumedCents).toBe(lines.reduce((n, l) => n + l.consumed, 0))
    const year = Number(today.slice(0, 4))
    expect(whole.budget.byYear).toEqual(
      [year - 1, year].map((y) => ({
        year: y,
        plannedCents: lines.filter((l) => l.year === y).reduce((n, l) => n + l.planned, 0),
        consumedCents: lines.filter((l) => l.year === y).reduce((n, l) => n + l.consumed, 0),
      })),
    )

    const axis1 = (await director.get<DashboardView>(url(`?axe=${ids.axis1}`))).body
    expect(budgetOf(axis1)).toEqual(sums(lines.filter((l) => l.action === ids.a1 || l.action === ids.a2)))

    const lastYear = (await director.get<DashboardView>(url(`?annee=${year - 1}`))).body
    expect(lastYear.budget.year).toBe(year - 1)
    expect(budgetOf(lastYear)).toEqual(sums(lines.filter((l) => l.year === year - 1)))
  })

  it('looks at a past month with the measurements known then', async () => {
    const past = (await director.get<DashboardView>(url(`?mois=${month(-3).slice(0, 7)}`))).body
    expect(past.asOf).toBe(addDays(month(-2), -1))
    const i1 = past.indicators.find((i) => i.id === ids.i1)!
    expect(i1.latest).toBeNull()
    expect(i1.light).toBe('gris')
    // Measured in the month before the one looked at: not late then.
    const i3 = past.indicators.find((i) => i.id === ids.i3)!
    expect(i3).toMatchObject({ light: 'vert', late: false })
  })

  it('draws each indicator against its targets', async () => {
    const res = await agent.get<SeriesView>(`${url()}/courbes?axe=${ids.axis1}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.total).toBe(3)
    const i1 = res.body.series.find((s) => s.id === ids.i1)!
    expect(i1.points).toEqual([
      { period: month(-2), value: 50 },
      { period: month(-1), value: 100 },
    ])
    expect(i1.targets).toEqual([
      { date: month(-24), value: 0 },
      { date: month(-12), value: 100 },
    ])
  })

  it('refuses a bad month or an axis of another plan, clearly', async () => {
    const bad = await director.get<{ message: string }>(url('?mois=2026-13'))
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('Mois')
    const stranger = await director.get<{ message: string }>(url(`?axe=${planId}`))
    expect(stranger.status).toBe(400)
    expect(JSON.stringify(stranger.body)).toContain('Axe')
  })

  it('answers 404 to another organisation, and reads for an organisation the plan is shared with', async () => {
    expect((await adminB.get(url())).status).toBe(404)
    expect((await adminB.get(`${url()}/courbes`)).status).toBe(404)
    await t.database.db.owner
      .insert(actionPlanOrganisations)
      .values({ planId, organisationId: t.tenantB.organisationId })
    try {
      const shared = await adminB.get<DashboardView>(url())
      expect(shared.status, JSON.stringify(shared.body)).toBe(200)
      expect(shared.body.plan.owned).toBe(false)
      expect(shared.body.summary.light).toBe('rouge')
      expect(shared.body.indicators).toHaveLength(5)
    } finally {
      await t.database.db.owner
        .delete(actionPlanOrganisations)
        .where(
          and(
            eq(actionPlanOrganisations.planId, planId),
            eq(actionPlanOrganisations.organisationId, t.tenantB.organisationId),
          ),
        )
    }
    expect((await adminB.get(url())).status).toBe(404)
  })

  it('is not open to the public, and each read is in the audit log', async () => {
    expect((await t.anonymous().get(url())).status).toBe(401)
    const before = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_plan_dashboard'), eq(auditLog.entityId, planId)))
    await director.get(url())
    const after = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_plan_dashboard'), eq(auditLog.entityId, planId)))
    expect(after.length).toBe(before.length + 1)
  })

  it('gives the reviews the same view from the service', async () => {
    const view = await t.database.db.transaction(
      { organisationId: t.tenantA.organisationId, accountId: null, platformAdmin: false },
      (tx) => computeDashboard(tx, { planId, month: today.slice(0, 7), today }),
    )
    const http = (await director.get<DashboardView>(url())).body
    expect(view).toEqual(http)
    const elsewhere = await t.database.db.transaction(
      { organisationId: t.tenantB.organisationId, accountId: null, platformAdmin: false },
      (tx) => computeDashboard(tx, { planId, month: today.slice(0, 7), today }),
    )
    expect(elsewhere).toBeNull()
  })
})
