import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { createNetworkFixture, type NetworkFixture } from './network.fixtures'

interface SignatureLine {
  structureId: string
  latest: { version: number; signatoryName: string; method: string; signedAt: string } | null
  signedCurrent: boolean
}

describe.each(databaseKinds)('network charter: versions and signatures (%s)', (kind) => {
  const now = new Date('2026-05-04T10:00:00Z')
  let t: TestApp
  let f: NetworkFixture
  let direction: TestClient
  let agent: TestClient
  let tilleuls: TestClient
  let abri: TestClient
  const charters: { id: string; version: number }[] = []

  const lineOf = async (structureId: string) =>
    ((await agent.get('/api/network/charter-signatures')).body.items as SignatureLine[]).find(
      (l) => l.structureId === structureId,
    )!

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    f = await createNetworkFixture(t, now)
    direction = await t.signIn(t.tenantA.accounts.direction)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    tilleuls = await t.signIn(f.tilleulsMember)
    abri = await t.signIn(f.abriMember)
  })
  afterAll(async () => t?.close())

  it('publishes numbered versions; the last one is current', async () => {
    const before = (await agent.get('/api/network/charters')).body as { version: number }[]
    const base = before[0]?.version ?? 0
    expect((await agent.post('/api/network/charters', { title: 'Charte', body: 'Texte' })).status).toBe(403)
    const empty = await direction.post('/api/network/charters', { title: 'Charte', body: '   ' })
    expect(empty.status).toBe(400)
    expect(empty.body.fields[0].field).toBe('body')

    for (const body of [
      'Nous orientons avec respect.',
      'Nous orientons avec respect.\nNous répondons sous 8 jours.',
    ]) {
      const res = await direction.post('/api/network/charters', {
        title: 'Charte du réseau des solidarités',
        body,
      })
      expect(res.status).toBe(201)
      charters.push({ id: res.body.id, version: res.body.version })
    }
    expect(charters.map((c) => c.version)).toEqual([base + 1, base + 2])
    const list = (await agent.get('/api/network/charters')).body
    expect(list[0]).toMatchObject({ id: charters[1]!.id, isCurrent: true, publishedBy: 'Démo direction' })
    expect(list[1]).toMatchObject({ id: charters[0]!.id, isCurrent: false })
    const old = await agent.get(`/api/network/charters/${charters[0]!.id}`)
    expect(old.body).toMatchObject({ body: 'Nous orientons avec respect.', isCurrent: false })
  })

  it('never rewrites a published version, not even through the database', async () => {
    expect(
      (await direction.patch(`/api/network/charters/${charters[0]!.id}`, { body: 'Autre' })).status,
    ).toBe(404)
    const attempt = t.database.db.transaction(
      { organisationId: f.keeperId, accountId: null, platformAdmin: false },
      (tx) => tx.execute(sql`update network_charters set body = 'Réécrite' where id = ${charters[0]!.id}`),
    )
    const error = (await attempt.then(() => null).catch((e: unknown) => e)) as { cause?: Error } | null
    expect(error?.cause?.message).toMatch(/permission denied/)
    const kept = await agent.get(`/api/network/charters/${charters[0]!.id}`)
    expect(kept.body.body).toBe('Nous orientons avec respect.')
  })

  it('lets a partner sign the current version online, for its own structures only', async () => {
    const seen = (await tilleuls.get('/api/network/partner/charters')).body
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      keeperName: 'CCAS de Besançon (démonstration)',
      charter: { id: charters[1]!.id },
    })
    expect(seen[0].structures).toEqual([
      {
        structureId: f.tilleuls,
        name: 'Épicerie solidaire Les Tilleuls',
        latest: null,
        signedCurrent: false,
      },
    ])

    const others = await tilleuls.post(`/api/network/partner/charters/${charters[1]!.id}/sign`, {
      structureId: f.abri,
      signatoryName: 'Claire Dupré, présidente',
    })
    expect(others.status).toBe(404)
    expect(others.body.fields[0].field).toBe('structureId')
    const old = await tilleuls.post(`/api/network/partner/charters/${charters[0]!.id}/sign`, {
      structureId: f.tilleuls,
      signatoryName: 'Claire Dupré, présidente',
    })
    expect(old.status).toBe(409)

    const signed = await tilleuls.post(`/api/network/partner/charters/${charters[1]!.id}/sign`, {
      structureId: f.tilleuls,
      signatoryName: 'Claire Dupré, présidente',
    })
    expect(signed.status).toBe(201)
    expect(signed.body.structures[0]).toMatchObject({
      signedCurrent: true,
      latest: {
        version: charters[1]!.version,
        signatoryName: 'Claire Dupré, présidente',
        method: 'en_ligne',
      },
    })
    const twice = await tilleuls.post(`/api/network/partner/charters/${charters[1]!.id}/sign`, {
      structureId: f.tilleuls,
      signatoryName: 'Claire Dupré, présidente',
    })
    expect(twice.status).toBe(409)
    expect(await lineOf(f.tilleuls)).toMatchObject({ signedCurrent: true, latest: { method: 'en_ligne' } })
    // The keeper's own agents are not partners: the partner pages are not theirs.
    expect((await agent.get('/api/network/partner/charters')).status).toBe(403)
  })

  it('records paper signatures; a structure that signed the old version shows it is not current', async () => {
    expect(
      (
        await agent.post(`/api/network/charters/${charters[0]!.id}/signatures`, {
          structureId: f.secours,
          signatoryName: 'Paul Martin',
        })
      ).status,
    ).toBe(403)
    const future = await direction.post(`/api/network/charters/${charters[0]!.id}/signatures`, {
      structureId: f.secours,
      signatoryName: 'Paul Martin',
      signedOn: '2026-06-01',
    })
    expect(future.status).toBe(400)
    expect(future.body.fields[0].field).toBe('signedOn')

    const paper = await direction.post(`/api/network/charters/${charters[0]!.id}/signatures`, {
      structureId: f.secours,
      signatoryName: 'Paul Martin, trésorier',
      signedOn: '2026-01-15',
    })
    expect(paper.status).toBe(201)
    expect(paper.body).toMatchObject({
      structureId: f.secours,
      signedCurrent: false,
      latest: { version: charters[0]!.version, method: 'papier', signatoryName: 'Paul Martin, trésorier' },
    })
    expect(paper.body.latest.signedAt.slice(0, 10)).toBe('2026-01-15')

    // A paper copy of the old version, recorded after the current one was signed, does not hide the current one.
    await direction.post(`/api/network/charters/${charters[0]!.id}/signatures`, {
      structureId: f.tilleuls,
      signatoryName: 'Claire Dupré',
      signedOn: '2026-01-10',
    })
    expect(await lineOf(f.tilleuls)).toMatchObject({
      signedCurrent: true,
      latest: { version: charters[1]!.version },
    })

    const list = (await agent.get('/api/network/charter-signatures')).body
    expect(list.currentVersion).toBe(charters[1]!.version)
    expect(list.items.find((l: SignatureLine) => l.structureId === f.abri)).toMatchObject({
      latest: null,
      signedCurrent: false,
    })
    // Drafts are not in the network's list.
    expect(list.items.map((l: SignatureLine) => l.structureId)).not.toContain(f.brouillon)

    const view = await agent.get(`/api/network/structures/${f.secours}`)
    expect(view.body).toMatchObject({ currentCharterVersion: charters[1]!.version, signedCurrent: false })
    expect(view.body.signatures).toHaveLength(1)
  })

  it('keeps another organisation out', async () => {
    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect((await dole.get(`/api/network/charters/${charters[0]!.id}`)).status).toBe(404)
    const doleCharters = (await dole.get('/api/network/charters')).body as { id: string }[]
    expect(doleCharters.map((c) => c.id)).not.toContain(charters[0]!.id)
    const sign = await dole.post(`/api/network/charters/${charters[1]!.id}/signatures`, {
      structureId: f.abri,
      signatoryName: 'Intrus',
    })
    expect(sign.status).toBe(404)
    const signatures = (await dole.get('/api/network/charter-signatures')).body
    expect(signatures.items.map((l: SignatureLine) => l.structureId)).not.toContain(f.tilleuls)
    // A partner of this network that is not partner of Dole sees only Besançon's charter.
    expect(
      (await abri.get('/api/network/partner/charters')).body.map((c: { keeperName: string }) => c.keeperName),
    ).toEqual(['CCAS de Besançon (démonstration)'])
  })
})
