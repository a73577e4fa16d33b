import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import type { StoredMail } from '../../platform/mailer'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { createNetworkFixture, setConfirmedAt, type NetworkFixture } from './network.fixtures'
import { sendStaleEntryReminders } from './network-reminders'

const DAY = 86_400_000

describe.each(databaseKinds)('entries to update, monthly reminder and update campaign (%s)', (kind) => {
  let now = new Date('2026-03-02T08:00:00Z')
  let t: TestApp
  let f: NetworkFixture
  let direction: TestClient
  let agent: TestClient
  let deps: Parameters<typeof sendStaleEntryReminders>[0]

  /** Mails sent since the last call, to the fixture's addresses only. */
  let seen = new Set<string>()
  const fixtureAddresses = [
    'benevole@tilleuls.test',
    'contact@tilleuls.test',
    'secours@quartier.test',
    'equipe@abri.test',
    'projet@epicerie.test',
  ]
  async function newMails(): Promise<StoredMail[]> {
    const all = await t.mailer.outbox()
    const fresh = all.filter((m) => !seen.has(m.id) && fixtureAddresses.includes(m.to))
    for (const m of all) seen.add(m.id)
    return fresh
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    f = await createNetworkFixture(t, now)
    deps = { db: t.database.db, mailer: t.mailer, publicUrl: 'http://localhost:3000' }
    direction = await t.signIn(t.tenantA.accounts.direction)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    seen = new Set((await t.mailer.outbox()).map((m) => m.id))
  })
  afterAll(async () => t?.close())

  it('flags the published structures older than their promise, oldest first', async () => {
    const res = await agent.get('/api/network/stale-entries')
    expect(res.status).toBe(200)
    const mine = res.body.items.filter((i: { structureId: string }) =>
      [f.tilleuls, f.secours, f.missionLocale, f.abri, f.brouillon].includes(i.structureId),
    )
    // The mission locale promised a yearly check: 13 months is late; L'Abri confirmed 2 months ago; drafts are not listed.
    expect(mine.map((i: { name: string }) => i.name)).toEqual([
      'Mission locale (antenne)',
      'Épicerie solidaire Les Tilleuls',
      'Secours de quartier',
    ])
    const tilleuls = mine[1]
    expect(tilleuls).toMatchObject({ hasPartnerAccount: true, updateEveryMonths: 6, remindedAt: null })
    expect(new Date(tilleuls.staleSince).getTime()).toBeLessThan(now.getTime())
    expect(mine[2]).toMatchObject({ hasPartnerAccount: false, hasEmail: true })
    expect(mine[0]).toMatchObject({ hasPartnerAccount: false, hasEmail: false })
  })

  it('reminds each stale structure once a month: its partner’s members, or its own address', async () => {
    await sendStaleEntryReminders(deps, now)
    const mails = await newMails()
    expect(mails.map((m) => m.to).sort()).toEqual(['benevole@tilleuls.test', 'secours@quartier.test'])
    const toPartner = mails.find((m) => m.to === 'benevole@tilleuls.test')!
    expect(toPartner.subject).toContain('Épicerie solidaire Les Tilleuls')
    expect(toPartner.text).toContain('http://localhost:3000/annuaire/mes-fiches')
    // No one's name: not the member's, not the keeper's agents'.
    expect(toPartner.text).not.toContain('Bénévole')
    const toStructure = mails.find((m) => m.to === 'secours@quartier.test')!
    // Without an account, the public page of its service, where the structure checks what residents read.
    const [service] = await rows<{ id: string }>(
      t.database.db.owner,
      sql`select id from directory_services where structure_id = ${f.secours}`,
    )
    expect(toStructure.text).toContain(
      `http://localhost:3000/public/${f.keeperId}/annuaire/services/${service!.id}`,
    )

    // The same month, a second run (a retry, a restart) sends nothing more.
    now = new Date(now.getTime() + 10 * DAY)
    await sendStaleEntryReminders(deps, now)
    expect(await newMails()).toEqual([])
    const listed = await agent.get('/api/network/stale-entries')
    const tilleuls = listed.body.items.find((i: { structureId: string }) => i.structureId === f.tilleuls)
    expect(tilleuls.remindedAt).not.toBeNull()

    // Next month, still not confirmed: reminded again. The Tilleuls confirmed in between: left alone.
    await setConfirmedAt(t, f.tilleuls, now)
    now = new Date('2026-04-01T07:00:00Z')
    await sendStaleEntryReminders(deps, now)
    expect((await newMails()).map((m) => m.to)).toEqual(['secours@quartier.test'])
    const after = await agent.get('/api/network/stale-entries')
    expect(after.body.items.map((i: { structureId: string }) => i.structureId)).not.toContain(f.tilleuls)
  })

  it('runs an update campaign: everyone reminded at once, then who confirmed since and who not yet', async () => {
    now = new Date('2026-04-10T09:00:00Z')
    const refused = await agent.post('/api/network/campaigns', {})
    expect(refused.status).toBe(403)
    const bad = await direction.post('/api/network/campaigns', { message: 'x'.repeat(2001) })
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('message')

    const started = await direction.post('/api/network/campaigns', {
      message: 'Campagne de printemps : merci de vérifier vos horaires d’été.',
    })
    expect(started.status).toBe(201)
    const mails = await newMails()
    // Every published structure with an address, stale or not; the draft is left out.
    expect(mails.map((m) => m.to).sort()).toEqual([
      'benevole@tilleuls.test',
      'equipe@abri.test',
      'secours@quartier.test',
    ])
    expect(mails[0]!.text).toContain('Campagne de printemps')

    now = new Date('2026-04-15T09:00:00Z')
    await setConfirmedAt(t, f.abri, now)
    const detail = await agent.get(`/api/network/campaigns/${started.body.id}`)
    expect(detail.status).toBe(200)
    const mine = detail.body.structures.filter((s: { structureId: string }) =>
      [f.tilleuls, f.secours, f.missionLocale, f.abri].includes(s.structureId),
    )
    expect(
      Object.fromEntries(
        mine.map((s: { name: string; confirmedSinceCampaign: boolean }) => [
          s.name,
          s.confirmedSinceCampaign,
        ]),
      ),
    ).toEqual({
      'L’Abri, accueil de jour': true,
      'Épicerie solidaire Les Tilleuls': false,
      'Secours de quartier': false,
      'Mission locale (antenne)': false,
    })
    expect(detail.body.confirmed).toBe(
      detail.body.structures.filter((s: { confirmedSinceCampaign: boolean }) => s.confirmedSinceCampaign)
        .length,
    )
    expect(detail.body.confirmed + detail.body.notYet).toBe(detail.body.structures.length)
    expect(detail.body.reminded).toBeGreaterThanOrEqual(3)
    const list = await agent.get('/api/network/campaigns')
    expect(list.body[0]).toMatchObject({ id: started.body.id, confirmed: detail.body.confirmed })

    // The campaign counted as this month's reminder: the monthly job does not write again in April.
    await sendStaleEntryReminders(deps, now)
    expect(await newMails()).toEqual([])
  })

  it('shows another organisation nothing of this network', async () => {
    const dole = await t.signIn(t.tenantB.accounts.direction)
    const stale = await dole.get('/api/network/stale-entries')
    expect(stale.body.items.map((i: { structureId: string }) => i.structureId)).not.toContain(f.secours)
    const campaigns = (await direction.get('/api/network/campaigns')).body
    expect((await dole.get('/api/network/campaigns')).body).toEqual([])
    expect((await dole.get(`/api/network/campaigns/${campaigns[0].id}`)).status).toBe(404)
    expect((await dole.get(`/api/network/structures/${f.secours}`)).status).toBe(404)
  })
})
