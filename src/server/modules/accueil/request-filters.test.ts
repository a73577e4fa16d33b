import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { usagers } from '../usagers/usagers.table'

interface Item {
  id: string
  reference: string
  channel: string
  themes: string[]
  state: string
  usagerId: string | null
}

describe.each(databaseKinds)('a person’s requests and the queue filters (%s)', (kind) => {
  let t: TestApp
  let now = new Date('2026-03-02T09:00:00+01:00')
  let accueil: TestClient
  let planner: TestClient
  let paulId: string
  let otherId: string

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    accueil = await t.signIn(t.tenantA.accounts.agent_accueil)
    planner = await t.signIn(t.tenantA.accounts.planificateur)
    const [paul, other] = await t.database.db.owner
      .insert(usagers)
      .values([
        { organisationId: t.tenantA.organisationId, firstName: 'Paul', lastName: 'Durand' },
        { organisationId: t.tenantA.organisationId, firstName: 'Lucie', lastName: 'Bernard' },
      ])
      .returning()
    paulId = paul!.id
    otherId = other!.id
  })
  afterAll(async () => t?.close())

  const list = async (client: TestClient, query: string) => {
    const res = await client.get(`/api/requests?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as { items: Item[]; total: number; page: number; pageSize: number }
  }

  it('lists every request of a person, whoever holds it and whatever its state, newest first', async () => {
    const at = (iso: string) => (now = new Date(iso))
    at('2026-03-02T09:00:00+01:00')
    const first = (
      await accueil.post('/api/requests', { channel: 'telephone', themes: ['energie'], usagerId: paulId })
    ).body
    at('2026-03-03T09:00:00+01:00')
    const second = (
      await accueil.post('/api/requests', {
        channel: 'courriel',
        themes: ['logement'],
        usagerId: paulId,
        assigneeId: null,
        serviceId: null,
      })
    ).body
    at('2026-03-04T09:00:00+01:00')
    const third = (
      await planner.post('/api/requests', {
        channel: 'accueil_physique',
        themes: ['sante'],
        usagerId: paulId,
      })
    ).body
    await planner.post(`/api/requests/${third.id}/answers`, {
      channel: 'accueil_physique',
      body: 'Vu sur place.',
    })
    await accueil.post('/api/requests', { channel: 'telephone', themes: ['energie'], usagerId: otherId })

    const all = await list(accueil, `usagerId=${paulId}&state=toutes`)
    expect(all.items.map((r) => r.id)).toEqual([third.id, second.id, first.id])
    expect(all.total).toBe(3)
    expect(all.items.every((r) => r.usagerId === paulId)).toBe(true)
    // Open ones only by default; a queue still narrows.
    expect((await list(accueil, `usagerId=${paulId}`)).items.map((r) => r.id)).toEqual([second.id, first.id])
    expect(
      (await list(accueil, `usagerId=${paulId}&queue=mine&state=toutes`)).items.map((r) => r.id),
    ).toEqual([first.id])
    expect(
      (await list(accueil, `usagerId=${paulId}&state=toutes&channel=courriel`)).items.map((r) => r.id),
    ).toEqual([second.id])

    // Reading them is a read of the person's file.
    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const log = await admin.get('/api/audit?entityType=request&action=read')
    expect(log.body.entries.some((e: { entityId: string | null }) => e.entityId === paulId)).toBe(true)

    // Another organisation sees none of them.
    const other = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await list(other, `usagerId=${paulId}&state=toutes`)).total).toBe(0)
  })

  it('filters a queue by theme and channel before paging, keeping the order', async () => {
    now = new Date('2026-03-02T10:00:00+01:00')
    const mine = async (query = '') => list(planner, `queue=mine${query}`)
    const before = (await mine()).total
    // More than a page of calls about energy, then one letter about isolation, due last.
    for (let i = 0; i < 52; i++)
      await planner.post('/api/requests', { channel: 'telephone', themes: ['energie'] })
    const letter = (
      await planner.post('/api/requests', { channel: 'courrier', themes: ['isolement', 'logement'] })
    ).body
    const unfiltered = await mine()
    expect(unfiltered.total).toBe(before + 53)
    expect(unfiltered.items.some((r) => r.id === letter.id)).toBe(false)

    const byTheme = await mine('&theme=isolement')
    expect(byTheme.items.map((r) => r.id)).toEqual([letter.id])
    expect(byTheme.total).toBe(1)
    const byChannel = await mine('&channel=courrier')
    expect(byChannel.items.map((r) => r.id)).toContain(letter.id)
    expect(byChannel.items.every((r) => r.channel === 'courrier')).toBe(true)
    const energy = await mine('&theme=energie&channel=telephone')
    expect(energy.total).toBeGreaterThanOrEqual(52)
    expect(energy.items.every((r) => r.themes.includes('energie') && r.channel === 'telephone')).toBe(true)
    expect(energy.items).toHaveLength(50)
    expect((await mine('&theme=energie&channel=courrier')).total).toBe(0)
  })

  it('refuses an unknown theme, channel or person id by the field', async () => {
    const cases: [string, string][] = [
      ['theme=meteo', 'theme'],
      ['channel=pigeon', 'channel'],
      ['usagerId=pas-un-uuid', 'usagerId'],
      ['state=perdue', 'state'],
      [`usagerId=${paulId}&serviceId=0190a000-0000-7000-8000-000000000000`, 'serviceId'],
    ]
    for (const [query, field] of cases) {
      const res = await accueil.get(`/api/requests?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.fields[0].field, query).toBe(field)
      expect(res.body.message).toEqual(expect.any(String))
    }
  })
})
