import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { accounts } from '../../auth'
import { planActions } from '../pilotage.table'

interface Plan {
  id: string
  axes: {
    id: string
    number: string
    title: string
    actions: { id: string; number: string; title: string }[]
  }[]
}

const numbers = (plan: Plan) =>
  plan.axes.map((a) => `${a.number} ${a.title}: ${a.actions.map((x) => `${x.number} ${x.title}`).join(', ')}`)

describe.each(databaseKinds)('pilotage plans (%s)', (kind) => {
  let t: TestApp
  let director: TestClient
  let pilot: TestClient
  let otherAgent: TestClient
  let reader: TestClient
  let adminB: TestClient
  let pilotId: string
  let plan: Plan

  beforeAll(async () => {
    t = await createTestApp(kind)
    director = await t.signIn(t.tenantA.accounts.direction)
    pilot = await t.signIn(t.tenantA.accounts.travailleur_social)
    otherAgent = await t.signIn(t.tenantA.accounts.instructeur_aides)
    reader = await t.signIn(t.tenantA.accounts.agent_accueil)
    adminB = await t.signIn(t.tenantB.accounts.administrateur)
    const [row] = await t.database.db.owner
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.email, t.tenantA.accounts.travailleur_social))
    pilotId = row!.id
    const created = await director.post('/api/pilotage/plans', {
      title: 'Projet social 2022-2026',
      periodStart: '2022-01-01',
      periodEnd: '2026-12-31',
      summary: 'Six axes',
      source: 'Projet social du CCAS, 2022',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    plan = created.body
    for (const title of ['Accueillir', 'Accompagner']) {
      const axis = await director.post(`/api/pilotage/plans/${plan.id}/axes`, { title })
      expect(axis.status).toBe(201)
      plan = axis.body
    }
    for (const title of ['Guichet unique', 'Accueil sans rendez-vous', 'Écrivain public']) {
      const action = await director.post(`/api/pilotage/axes/${plan.axes[0]!.id}/actions`, {
        title,
        kind: title === 'Guichet unique' ? 'projet_phare' : 'action',
      })
      expect(action.status, JSON.stringify(action.body)).toBe(201)
      plan = action.body
    }
  })
  afterAll(async () => t?.close())

  const action = (title: string) => plan.axes.flatMap((a) => a.actions).find((a) => a.title === title)!

  it('numbers actions « axe.rang » and keeps the numbering dense when reordering and moving', async () => {
    expect(numbers(plan)).toEqual([
      '1 Accueillir: 1.1 Guichet unique, 1.2 Accueil sans rendez-vous, 1.3 Écrivain public',
      '2 Accompagner: ',
    ])
    let moved = await director.post(`/api/pilotage/actions/${action('Écrivain public').id}/position`, {
      position: 1,
    })
    expect(moved.status).toBe(200)
    plan = moved.body
    expect(numbers(plan)[0]).toBe(
      '1 Accueillir: 1.1 Écrivain public, 1.2 Guichet unique, 1.3 Accueil sans rendez-vous',
    )
    moved = await director.post(`/api/pilotage/actions/${action('Guichet unique').id}/position`, {
      position: 1,
      axisId: plan.axes[1]!.id,
    })
    plan = moved.body
    expect(numbers(plan)).toEqual([
      '1 Accueillir: 1.1 Écrivain public, 1.2 Accueil sans rendez-vous',
      '2 Accompagner: 2.1 Guichet unique',
    ])
    moved = await director.post(`/api/pilotage/axes/${plan.axes[1]!.id}/position`, { position: 1 })
    plan = moved.body
    expect(numbers(plan)).toEqual([
      '1 Accompagner: 1.1 Guichet unique',
      '2 Accueillir: 2.1 Écrivain public, 2.2 Accueil sans rendez-vous',
    ])
    // A rank beyond the end goes last; deleting keeps 1..n.
    moved = await director.post(`/api/pilotage/actions/${action('Écrivain public').id}/position`, {
      position: 99,
    })
    plan = moved.body
    expect(numbers(plan)[1]).toBe('2 Accueillir: 2.1 Accueil sans rendez-vous, 2.2 Écrivain public')
    const extra = await director.post(`/api/pilotage/axes/${plan.axes[1]!.id}/actions`, {
      title: 'Temporaire',
    })
    plan = extra.body
    const removed = await director.delete(`/api/pilotage/actions/${action('Accueil sans rendez-vous').id}`)
    expect(removed.status).toBe(200)
    plan = removed.body
    expect(numbers(plan)[1]).toBe('2 Accueillir: 2.1 Écrivain public, 2.2 Temporaire')
    const positions = await t.database.db.owner
      .select({ position: planActions.position })
      .from(planActions)
      .where(eq(planActions.axisId, plan.axes[1]!.id))
    expect(positions.map((p) => p.position).sort()).toEqual([1, 2])
    // An axis with actions is not deleted.
    expect((await director.delete(`/api/pilotage/axes/${plan.axes[1]!.id}`)).status).toBe(409)
  })

  it('lets a pilot update their own fiche but not another’s, and a reader edit nothing', async () => {
    const mine = action('Guichet unique').id
    const other = action('Écrivain public').id
    const named = await director.patch(`/api/pilotage/actions/${mine}`, { pilotAccountIds: [pilotId] })
    expect(named.status, JSON.stringify(named.body)).toBe(200)
    expect(named.body.pilots).toEqual([{ accountId: pilotId, displayName: expect.any(String) }])

    const edited = await pilot.patch(`/api/pilotage/actions/${mine}`, {
      targetPublics: 'Toute personne qui pousse la porte',
      partners: [{ name: 'Secours populaire' }],
      startsOn: '2023-01-01',
      endsOn: '2024-06-30',
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({
      targetPublics: 'Toute personne qui pousse la porte',
      partners: [{ name: 'Secours populaire', directoryOrganisationId: null }],
      abilities: { edit: true, manage: false },
    })
    // Not another action, not the pilots, not the structure.
    expect((await pilot.patch(`/api/pilotage/actions/${other}`, { targetPublics: 'x' })).status).toBe(403)
    expect((await pilot.patch(`/api/pilotage/actions/${mine}`, { pilotAccountIds: [] })).status).toBe(403)
    expect((await pilot.post(`/api/pilotage/actions/${mine}/position`, { position: 1 })).status).toBe(403)
    const refused = await otherAgent.patch(`/api/pilotage/actions/${mine}`, { targetPublics: 'x' })
    expect(refused.status).toBe(403)
    expect(refused.body.message).toContain('pilotes de cette action')
    // A reader reads, and edits nothing.
    const read = await reader.get(`/api/pilotage/actions/${mine}`)
    expect(read.status).toBe(200)
    expect(read.body.abilities).toEqual({ edit: false, manage: false })
    expect((await reader.patch(`/api/pilotage/actions/${mine}`, { description: 'x' })).status).toBe(403)
    expect((await reader.post(`/api/pilotage/actions/${mine}/statut`, { status: 'en_cours' })).status).toBe(
      403,
    )
    expect((await reader.post(`/api/pilotage/plans/${plan.id}/axes`, { title: 'x' })).status).toBe(403)
    expect(
      (
        await reader.post('/api/pilotage/plans', {
          title: 'x',
          periodStart: '2024-01-01',
          periodEnd: '2025-01-01',
        })
      ).status,
    ).toBe(403)
    // The fiche read that names pilots is in the audit log.
    const logged = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, 'plan_action'), eq(auditLog.entityId, mine), eq(auditLog.action, 'read')),
      )
    expect(logged.length).toBeGreaterThan(0)
    // « Mes fiches » lists it for the pilot only.
    const fiches = await pilot.get('/api/pilotage/mes-fiches')
    const ofPlan = (list: { id: string; planId: string }[]) => list.filter((f) => f.planId === plan.id)
    expect(ofPlan(fiches.body.fiches).map((f) => f.id)).toEqual([mine])
    expect(ofPlan((await reader.get('/api/pilotage/mes-fiches')).body.fiches)).toEqual([])
  })

  it('requires a reason for « en retard » and « abandonné »', async () => {
    const mine = action('Guichet unique').id
    const bare = await pilot.post(`/api/pilotage/actions/${mine}/statut`, { status: 'en_retard' })
    expect(bare.status).toBe(400)
    expect(bare.body.message).toContain('Motif')
    expect(bare.body.fields[0].field).toBe('reason')
    const withReason = await pilot.post(`/api/pilotage/actions/${mine}/statut`, {
      status: 'en_retard',
      reason: 'Locaux livrés en retard',
    })
    expect(withReason.status).toBe(200)
    expect(withReason.body).toMatchObject({ status: 'en_retard', statusReason: 'Locaux livrés en retard' })
    expect(
      (await pilot.post(`/api/pilotage/actions/${mine}/statut`, { status: 'en_cours' })).body.status,
    ).toBe('en_cours')
  })

  it('refuses a milestone outside the plan’s period, naming the field; a yearly one comes back once done', async () => {
    const mine = action('Guichet unique').id
    const late = await pilot.post(`/api/pilotage/actions/${mine}/jalons`, {
      title: 'Ouverture',
      dueDate: '2027-03-01',
    })
    expect(late.status).toBe(400)
    expect(late.body.message).toBe(
      'Échéance : après la fin du plan (31/12/2026) : choisissez une date avant.',
    )
    expect(late.body.fields).toEqual([{ field: 'dueDate', message: expect.any(String) }])
    const early = await pilot.post(`/api/pilotage/actions/${mine}/jalons`, {
      title: 'x',
      dueDate: '2021-12-31',
    })
    expect(early.status).toBe(400)
    const ok = await pilot.post(`/api/pilotage/actions/${mine}/jalons`, {
      title: 'Ouverture',
      dueDate: '2024-03-01',
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const milestone = ok.body.milestones[0]
    const done = await pilot.post(`/api/pilotage/jalons/${milestone.id}/fait`, { doneOn: '2024-02-27' })
    expect(done.body.doneOn).toBe('2024-02-27')
    expect((await reader.post(`/api/pilotage/jalons/${milestone.id}/fait`, { doneOn: null })).status).toBe(
      403,
    )

    const council = await director.post(`/api/pilotage/plans/${plan.id}/jalons`, {
      title: 'Présentation de l’ABS au conseil municipal',
      dueDate: '2025-10-15',
      ownerAccountId: pilotId,
      recurrence: 'annuelle',
    })
    expect(council.status, JSON.stringify(council.body)).toBe(201)
    expect(council.body).toMatchObject({
      actionId: null,
      recurrence: 'annuelle',
      owner: { accountId: pilotId },
    })
    // Its owner marks it done; next year's comes.
    expect(
      (await pilot.post(`/api/pilotage/jalons/${council.body.id}/fait`, { doneOn: '2025-10-15' })).status,
    ).toBe(200)
    const list = await reader.get(`/api/pilotage/plans/${plan.id}/jalons`)
    expect(
      list.body.milestones.map((m: { dueDate: string; doneOn: string | null }) => [m.dueDate, m.doneOn]),
    ).toEqual([
      ['2025-10-15', '2025-10-15'],
      ['2026-10-15', null],
    ])
    // The period cannot shrink past a milestone.
    const shorter = await director.patch(`/api/pilotage/plans/${plan.id}`, { periodEnd: '2025-12-31' })
    expect(shorter.status).toBe(400)
    expect(shorter.body.message).toBe('Fin de la période : un jalon tombe le 15/10/2026, après cette fin.')
    expect((await director.get(`/api/pilotage/plans/${plan.id}`)).body.periodEnd).toBe('2026-12-31')
    const outside = await director.post(`/api/pilotage/plans/${plan.id}/jalons`, {
      title: 'x',
      dueDate: '2030-01-01',
    })
    expect(outside.status).toBe(400)
  })

  it('keeps budget lines by funder and year, refusing a negative amount with the field named', async () => {
    const mine = action('Guichet unique').id
    const funders = await director.post(`/api/pilotage/plans/${plan.id}/financeurs`, { name: 'CNSA' })
    expect(funders.status).toBe(201)
    const again = await director.post(`/api/pilotage/plans/${plan.id}/financeurs`, { name: 'cnsa' })
    expect(again.status).toBe(409)
    const city = await director.post(`/api/pilotage/plans/${plan.id}/financeurs`, { name: 'Ville' })
    const cnsa = city.body.funders.find((f: { name: string }) => f.name === 'CNSA')
    const ville = city.body.funders.find((f: { name: string }) => f.name === 'Ville')

    const negative = await director.post(`/api/pilotage/actions/${mine}/budget`, {
      funderId: cnsa.id,
      year: 2024,
      plannedCents: -100,
    })
    expect(negative.status).toBe(400)
    expect(negative.body.message).toBe('Montant prévu : un montant positif ou nul.')
    expect(negative.body.fields[0].field).toBe('plannedCents')
    const outside = await director.post(`/api/pilotage/actions/${mine}/budget`, {
      funderId: cnsa.id,
      year: 2030,
    })
    expect(outside.status).toBe(400)
    expect(outside.body.message).toContain('Année')

    await director.post(`/api/pilotage/actions/${mine}/budget`, {
      funderId: cnsa.id,
      year: 2024,
      plannedCents: 500_000,
    })
    await director.post(`/api/pilotage/actions/${mine}/budget`, {
      funderId: cnsa.id,
      year: 2025,
      plannedCents: 300_000,
    })
    const last = await director.post(`/api/pilotage/actions/${mine}/budget`, {
      funderId: ville.id,
      year: 2024,
      plannedCents: 200_000,
      consumedCents: 50_000,
    })
    expect(last.status).toBe(201)
    expect(last.body.budget.total).toEqual({ plannedCents: 1_000_000, consumedCents: 50_000 })
    expect(last.body.budget.byYear).toEqual([
      { year: 2024, plannedCents: 700_000, consumedCents: 50_000 },
      { year: 2025, plannedCents: 300_000, consumedCents: 0 },
    ])
    expect(
      last.body.budget.byFunder.map((f: { funderName: string; plannedCents: number }) => [
        f.funderName,
        f.plannedCents,
      ]),
    ).toEqual([
      ['CNSA', 800_000],
      ['Ville', 200_000],
    ])
    // The pilot enters what was consumed, not what is planned; never a negative amount.
    const line = last.body.budget.lines.find(
      (l: { year: number; funderName: string }) => l.funderName === 'CNSA' && l.year === 2024,
    )
    expect(
      (await pilot.patch(`/api/pilotage/lignes-budget/${line.id}`, { consumedCents: 120_000 })).status,
    ).toBe(200)
    expect((await pilot.patch(`/api/pilotage/lignes-budget/${line.id}`, { plannedCents: 1 })).status).toBe(
      403,
    )
    const negativeConsumed = await pilot.patch(`/api/pilotage/lignes-budget/${line.id}`, {
      consumedCents: -1,
    })
    expect(negativeConsumed.status).toBe(400)
    expect(negativeConsumed.body.message).toContain('Montant consommé')
    // A funder that finances lines stays.
    expect((await director.delete(`/api/pilotage/financeurs/${cnsa.id}`)).status).toBe(409)
  })

  it('hides a plan from another tenant (404) and lets an organisation it is shared with read but not write', async () => {
    const mine = action('Guichet unique').id
    expect((await adminB.get(`/api/pilotage/plans/${plan.id}`)).status).toBe(404)
    expect((await adminB.get(`/api/pilotage/actions/${mine}`)).status).toBe(404)
    expect((await adminB.patch(`/api/pilotage/plans/${plan.id}`, { title: 'x' })).status).toBe(404)
    expect((await adminB.get('/api/pilotage/plans')).body.plans).toEqual([])
    // Published, it is public on its page, not in another tenant's back office.
    await director.patch(`/api/pilotage/plans/${plan.id}`, { published: true })
    expect((await adminB.get(`/api/pilotage/plans/${plan.id}`)).status).toBe(404)

    const sharing = await director.get(`/api/pilotage/plans/${plan.id}/partages`)
    expect(sharing.body.choices.map((o: { id: string }) => o.id)).toContain(t.tenantB.organisationId)
    expect((await reader.get(`/api/pilotage/plans/${plan.id}/partages`)).status).toBe(403)
    const shared = await director.post(`/api/pilotage/plans/${plan.id}/partages`, {
      organisationId: t.tenantB.organisationId,
    })
    expect(shared.status).toBe(200)
    expect(shared.body.sharedWith.map((o: { id: string }) => o.id)).toEqual([t.tenantB.organisationId])

    const list = await adminB.get('/api/pilotage/plans')
    expect(list.body.plans).toEqual([
      expect.objectContaining({ id: plan.id, owned: false, ownerName: expect.any(String) }),
    ])
    const read = await adminB.get(`/api/pilotage/plans/${plan.id}`)
    expect(read.status).toBe(200)
    expect(read.body.abilities).toEqual({ manage: false, settings: false })
    expect((await adminB.get(`/api/pilotage/actions/${mine}`)).status).toBe(200)
    const write = await adminB.patch(`/api/pilotage/plans/${plan.id}`, { title: 'Repris' })
    expect(write.status).toBe(403)
    expect(write.body.message).toContain('lecture seule')
    expect((await adminB.post(`/api/pilotage/plans/${plan.id}/axes`, { title: 'x' })).status).toBe(403)
    expect((await adminB.patch(`/api/pilotage/actions/${mine}`, { description: 'x' })).status).toBe(403)

    await director.post(`/api/pilotage/plans/${plan.id}/partages/retrait`, {
      organisationId: t.tenantB.organisationId,
    })
    expect((await adminB.get(`/api/pilotage/plans/${plan.id}`)).status).toBe(404)
  })

  it('refuses bad input with the field named and writes nothing', async () => {
    const backwards = await director.post('/api/pilotage/plans', {
      title: 'Plan',
      periodStart: '2026-01-01',
      periodEnd: '2025-01-01',
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toContain('Fin de la période')
    const titles = (await director.get('/api/pilotage/plans')).body.plans.map(
      (p: { title: string }) => p.title,
    )
    expect(titles).not.toContain('Plan')
    const fiche = await director.patch(`/api/pilotage/actions/${action('Guichet unique').id}`, {
      startsOn: '2024-05-01',
      endsOn: '2024-01-01',
    })
    expect(fiche.status).toBe(400)
    expect(fiche.body.message).toContain('Date de fin')
    const unknownPilot = await director.patch(`/api/pilotage/actions/${action('Guichet unique').id}`, {
      pilotAccountIds: ['0190a3d2-0000-7000-8000-000000000000'],
    })
    expect(unknownPilot.status).toBe(400)
    expect(unknownPilot.body.message).toContain('Pilotes')
    const rows = await t.database.db.owner
      .select({ pilots: planActions.pilotAccountIds })
      .from(planActions)
      .where(inArray(planActions.id, [action('Guichet unique').id]))
    expect(rows[0]!.pilots).toEqual([pilotId])
  })
  it('keeps an archived plan as it stands until a manager reopens it', async () => {
    const archived = await director.post('/api/pilotage/plans', {
      title: 'Plan clos 2020-2021',
      periodStart: '2020-01-01',
      periodEnd: '2021-12-31',
    })
    const axis = (await director.post(`/api/pilotage/plans/${archived.body.id}/axes`, { title: 'Axe' })).body
      .axes[0]
    const withAction = await director.post(`/api/pilotage/axes/${axis.id}/actions`, { title: 'Action close' })
    const closed = withAction.body.axes[0].actions[0]
    const shut = await director.patch(`/api/pilotage/plans/${archived.body.id}`, { archived: true })
    expect(shut.status, JSON.stringify(shut.body)).toBe(200)
    expect(shut.body.abilities).toEqual({ manage: false, settings: true })
    expect((await director.get(`/api/pilotage/actions/${closed.id}`)).body.abilities).toEqual({
      edit: false,
      manage: false,
    })

    const refusals = [
      await director.patch(`/api/pilotage/actions/${closed.id}`, { description: 'Après coup' }),
      await director.post(`/api/pilotage/actions/${closed.id}/statut`, { status: 'en_cours' }),
      await director.post(`/api/pilotage/plans/${archived.body.id}/axes`, { title: 'Nouvel axe' }),
      await director.patch(`/api/pilotage/plans/${archived.body.id}`, { title: 'Renommé' }),
      await director.post('/api/pilotage/indicateurs', {
        actionId: closed.id,
        title: 'Personnes reçues',
        unit: 'nombre',
        direction: 'hausse',
        baseline: 0,
        baselineDate: '2020-01-01',
      }),
    ]
    for (const refused of refusals) {
      expect(refused.status, JSON.stringify(refused.body)).toBe(409)
      expect(refused.body.message).toMatch(/archivé/)
    }
    const [row] = await t.database.db.owner.select().from(planActions).where(eq(planActions.id, closed.id))
    expect(row!.description).toBe('')

    const reopened = await director.patch(`/api/pilotage/plans/${archived.body.id}`, { archived: false })
    expect(reopened.status).toBe(200)
    expect(reopened.body.abilities).toEqual({ manage: true, settings: true })
    expect(
      (await director.patch(`/api/pilotage/actions/${closed.id}`, { description: 'Bilan final' })).status,
    ).toBe(200)
  })
})
