import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('the demo network (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  let partner: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind)
    direction = await t.signIn(t.tenantA.accounts.direction)
    partner = await t.signIn('association@demo-lien.test')
  })
  afterAll(async () => t?.close())

  it('has charter v1 and v2, v2 current, and signatures of both', async () => {
    const charters = (await direction.get('/api/network/charters')).body
    expect(charters.map((c: { version: number; isCurrent: boolean }) => [c.version, c.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ])
    const signatures = (await direction.get('/api/network/charter-signatures')).body
    expect(signatures.currentVersion).toBe(2)
    expect(signatures.items.some((l: { signedCurrent: boolean }) => l.signedCurrent)).toBe(true)
  })

  it('has a past food-aid coordination with attendance and minutes, and the next one with invitations', async () => {
    const past = (await direction.get('/api/network/meetings?period=passees')).body
    expect(past[0]).toMatchObject({ kind: 'coordination_aide_alimentaire', minutesPublished: true })
    expect(past[0].attended).toBeGreaterThan(0)
    const next = (await direction.get('/api/network/meetings')).body
    expect(next[0]).toMatchObject({ kind: 'coordination_aide_alimentaire', minutesPublished: false })
    expect(next[0].invited).toBeGreaterThan(0)

    // The partner association is invited to both: it reads the minutes and has the next one to answer.
    const seen = (await partner.get('/api/network/partner/meetings')).body
    expect(seen).toHaveLength(2)
    expect(seen[0]).toMatchObject({ meetingId: next[0].id, response: 'invitee', minutes: null })
    expect(seen[1].minutes).toContain('Colis d’urgence')
    const charters = (await partner.get('/api/network/partner/charters')).body
    expect(charters[0].charter.version).toBe(2)
  })

  it('leaves the second tenant without a network', async () => {
    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect((await dole.get('/api/network/charters')).body).toEqual([])
    expect((await dole.get('/api/network/meetings')).body).toEqual([])
  })
})
