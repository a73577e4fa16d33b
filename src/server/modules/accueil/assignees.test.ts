import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

interface Assignee {
  accountId: string
  displayName: string
  services: { id: string; name: string }[]
}

describe.each(databaseKinds)('who a request can be given to (%s)', (kind) => {
  let t: TestApp
  let accueil: TestClient
  let admin: TestClient
  let services: { id: string; name: string }[]
  const serviceId = (name: string) => services.find((s) => s.name === name)!.id
  const accountIdOf = async (email: string) =>
    (await rows<{ id: string }>(t.database.db.owner, sql`select id from accounts where email = ${email}`))[0]!
      .id

  beforeAll(async () => {
    t = await createTestApp(kind)
    accueil = await t.signIn(t.tenantA.accounts.agent_accueil)
    admin = await t.signIn(t.tenantA.accounts.administrateur)
    services = (await accueil.get('/api/services')).body
  })
  afterAll(async () => t?.close())

  it('lists the active members who open requests, with their services and no e-mail, to any agent', async () => {
    const res = await accueil.get<Assignee[]>('/api/requests/assignees')
    expect(res.status).toBe(200)
    const names = res.body.map((a) => a.displayName)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(names).toEqual(
      expect.arrayContaining(['Démo agent domiciliation', 'Démo administrateur', 'Démo direction']),
    )
    // Statistics and the portals' roles see no personal data: no request for them.
    expect(names).not.toContain('Démo lecture statistiques')
    expect(names).not.toContain('Démo partenaire')
    expect(res.body.find((a) => a.displayName === 'Démo agent domiciliation')).toEqual({
      accountId: await accountIdOf(t.tenantA.accounts.agent_domiciliation),
      displayName: 'Démo agent domiciliation',
      services: [{ id: serviceId('Domiciliation'), name: 'Domiciliation' }],
    })
    expect(JSON.stringify(res.body)).not.toContain('@')
    // Nobody of the other organisation.
    const dole = await accountIdOf(t.tenantB.accounts.agent_domiciliation)
    expect(res.body.some((a) => a.accountId === dole)).toBe(false)
  })

  it('narrows to one service, and leaves out an inactive member', async () => {
    const social = await accueil.get<Assignee[]>(
      `/api/requests/assignees?serviceId=${serviceId('Accompagnement social')}`,
    )
    expect(social.body.map((a) => a.displayName)).toEqual(['Démo travailleur social'])

    const members = (await admin.get('/api/members')).body as { id: string; email: string }[]
    const worker = members.find((m) => m.email === t.tenantA.accounts.travailleur_social)!
    expect((await admin.patch(`/api/members/${worker.id}`, { active: false })).status).toBe(200)
    try {
      const after = await accueil.get<Assignee[]>(
        `/api/requests/assignees?serviceId=${serviceId('Accompagnement social')}`,
      )
      expect(after.body).toEqual([])
    } finally {
      await admin.patch(`/api/members/${worker.id}`, { active: true })
    }
  })

  it('refuses an unknown service, a role without requests, and to give a request to such a member', async () => {
    const unknown = await accueil.get(
      '/api/requests/assignees?serviceId=0190a000-0000-7000-8000-000000000000',
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields[0]).toMatchObject({ field: 'serviceId', message: 'Service introuvable.' })
    expect((await accueil.get('/api/requests/assignees?serviceId=x')).body.fields[0].field).toBe('serviceId')
    const stats = await t.signIn(t.tenantA.accounts.lecture_statistiques)
    expect((await stats.get('/api/requests/assignees')).status).toBe(403)

    const created = await accueil.post('/api/requests', { channel: 'telephone', themes: ['autre'] })
    const refused = await accueil.post(`/api/requests/${created.body.id}/assignment`, {
      assigneeId: await accountIdOf(t.tenantA.accounts.lecture_statistiques),
    })
    expect(refused.status).toBe(400)
    expect(refused.body.fields[0].field).toBe('assigneeId')
    const kept = await accueil.get(`/api/requests/${created.body.id}`)
    expect(kept.body.assignee.displayName).toBe('Démo agent accueil')
  })
})
