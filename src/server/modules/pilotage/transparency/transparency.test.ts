import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accounts } from '../../auth/auth.table'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { demoPlanSlugs } from '../pilotage.demo'
import { actionPlans, planActions } from '../pilotage.table'

describe.each(databaseKinds)('the public page of a plan (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  beforeAll(async () => {
    t = await createTestApp(kind)
    direction = await t.signIn(t.tenantA.accounts.direction)
  })
  afterAll(async () => t?.close())

  it('lists the platform’s published plans to anyone, without signing in', async () => {
    const anyone = await t.anonymous().init()
    const list = await anyone.get('/api/pilotage/public/plans')
    expect(list.status).toBe(200)
    const besancon = list.body.find((p: { slug: string }) => p.slug === demoPlanSlugs.besancon)
    expect(besancon).toMatchObject({
      axes: 6,
      actions: 18,
      organisationName: 'CCAS de Besançon (démonstration)',
    })
  })

  it('shows axes, numbered actions with status and dates, counts and source, and never a person', async () => {
    const anyone = await t.anonymous().init()
    const page = await anyone.get(`/api/pilotage/public/plans/${demoPlanSlugs.besancon}`)
    expect(page.status).toBe(200)
    expect(page.body.axes).toHaveLength(6)
    expect(page.body.axes[2].actions[0]).toMatchObject({
      number: '3.1',
      kind: 'projet_phare',
      status: 'en_cours',
    })
    expect(page.body.source).toContain('2022-2026')
    const total = Object.values(page.body.counts as Record<string, number>).reduce((a, b) => a + b, 0)
    expect(total).toBe(18)
    expect(page.body.counts.en_retard).toBe(1)
    // The fiches name pilots (accounts and words), partners and services: none of it shows.
    const db = t.database.db.owner
    const [plan] = await db.select().from(actionPlans).where(eq(actionPlans.slug, demoPlanSlugs.besancon))
    const actions = await db.select().from(planActions).where(eq(planActions.planId, plan!.id))
    const pilotIds = [...new Set(actions.flatMap((a) => a.pilotAccountIds))]
    expect(pilotIds.length).toBeGreaterThan(0)
    const pilots = await db.select().from(accounts)
    const text = JSON.stringify(page.body)
    for (const id of pilotIds) {
      expect(text).not.toContain(id)
      const pilot = pilots.find((p) => p.id === id)!
      expect(text).not.toContain(pilot.email)
      expect(text).not.toContain(pilot.displayName)
    }
    expect(text).not.toContain('CAF du Doubs')
    expect(text).not.toMatch(/"\w*(pilot|partner|service)\w*":/i)
  })

  it('answers 404 for an unpublished plan, until its managers publish it; withdrawn, 404 again', async () => {
    const made = await direction.post('/api/pilotage/modeles/plans', {
      template: 'vierge',
      title: 'Plan interne',
      periodStart: '2027-01-01',
      periodEnd: '2028-12-31',
    })
    const anyone = await t.anonymous().init()
    const url = `/api/pilotage/public/plans/${made.body.slug}`
    expect((await anyone.get(url)).status).toBe(404)
    expect(
      (await anyone.get('/api/pilotage/public/plans')).body.map((p: { slug: string }) => p.slug),
    ).not.toContain(made.body.slug)
    // Even a signed-in member of the owner does not see it on the public side.
    expect((await direction.get(url)).status).toBe(404)

    const worker = await t.signIn(t.tenantA.accounts.travailleur_social)
    const publication = `/api/pilotage/plans/${made.body.id}`
    expect((await worker.patch(publication, { published: true })).status).toBe(403)
    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect((await dole.patch(publication, { published: true })).status).toBe(404)
    expect((await anyone.get(url)).status).toBe(404)

    const published = await direction.patch(publication, { published: true })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ published: true })
    expect((await anyone.get(url)).body).toMatchObject({ title: 'Plan interne', axes: [] })
    // An archived plan leaves the public side too.
    expect((await direction.patch(publication, { archived: true })).status).toBe(200)
    expect((await anyone.get(url)).status).toBe(404)
    expect((await direction.patch(publication, { archived: false, published: false })).status).toBe(200)
    expect((await anyone.get(url)).status).toBe(404)
  })
})
