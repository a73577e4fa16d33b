import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { registerUsagerHooks } from '.'

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n')

describe.each(databaseKinds)('merging duplicate files (%s)', (kind) => {
  let t: TestApp
  let social: TestClient
  let reception: TestClient
  let direction: TestClient
  let kept: string
  let absorbed: string
  const hookCalls: { keptId: string; absorbedId: string; visible: number }[] = []

  beforeAll(async () => {
    t = await createTestApp(kind)
    registerUsagerHooks('merge-test', {
      async onMerge(tx, merge) {
        // Runs inside the merge's transaction, in the tenant: the absorbed file is still visible.
        const found = await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from usagers where id = ${merge.absorbedId}`,
        )
        hookCalls.push({ ...merge, visible: Number(found[0]!.n) })
      },
    })
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    reception = await t.signIn(t.tenantA.accounts.agent_accueil)
    direction = await t.signIn(t.tenantA.accounts.direction)
    kept = (
      await reception.post('/api/usagers', {
        firstName: 'Jean-Pierre',
        lastName: 'Martin',
        birthDate: '1971-06-02',
        languages: ['fr'],
        confirmNotDuplicate: true,
      })
    ).body.id
    const second = await social.post('/api/usagers', {
      firstName: 'Jean Pierre',
      lastName: 'MARTIN',
      birthDate: '1971-06-02',
      phone: '0611223344',
      languages: ['pt'],
      city: 'Besançon',
      confirmNotDuplicate: true,
    })
    absorbed = second.body.id
    await reception.post(`/api/usagers/${kept}/notes`, { text: 'Note de l’accueil sur le premier dossier.' })
    await social.post(`/api/usagers/${absorbed}/notes`, {
      text: 'Note du service social sur le second.',
      serviceId: (await social.get('/api/services')).body.find(
        (s: { name: string }) => s.name === 'Accompagnement social',
      ).id,
    })
    await social.post(`/api/usagers/${absorbed}/notes`, { text: 'Note privée.', privateToAuthor: true })
    await social.post(`/api/usagers/${absorbed}/household`, {
      firstName: 'Léa',
      lastName: 'Martin',
      relation: 'enfant',
      birthDate: '2012-09-01',
    })
    await social.request(
      'POST',
      `/api/usagers/${absorbed}/documents?kind=attestation&fileName=caf.pdf`,
      pdf,
      { headers: { 'content-type': 'application/octet-stream' } },
    )
  })
  afterAll(async () => t?.close())

  it('is refused to agents: only the direction and administrators merge', async () => {
    expect((await reception.post(`/api/usagers/${kept}/merge`, { absorbedId: absorbed })).status).toBe(403)
  })

  it('moves notes, household and documents, keeps both histories and points the absorbed file to the kept one', async () => {
    const res = await direction.post(`/api/usagers/${kept}/merge`, {
      absorbedId: absorbed,
      takeFromAbsorbed: ['city'],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      id: kept,
      firstName: 'Jean-Pierre',
      phone: '+33611223344',
      city: 'Besançon',
      languages: ['fr', 'pt'],
    })
    expect(res.body.household.map((m: { firstName: string }) => m.firstName)).toEqual(['Léa'])
    expect(res.body.documents.map((d: { fileName: string }) => d.fileName)).toEqual(['caf.pdf'])
    expect(res.body.mergedFrom.map((m: { id: string }) => m.id)).toEqual([absorbed])
    expect(hookCalls).toEqual([{ keptId: kept, absorbedId: absorbed, visible: 1 }])

    // Each agent still reads what they could read before, now on the kept file; the private note stays private.
    const socialNotes = (await social.get(`/api/usagers/${kept}/notes`)).body.map(
      (n: { text: string }) => n.text,
    )
    expect(socialNotes).toEqual(
      expect.arrayContaining([
        'Note de l’accueil sur le premier dossier.',
        'Note du service social sur le second.',
        'Note privée.',
      ]),
    )
    const receptionNotes = (await reception.get(`/api/usagers/${kept}/notes`)).body.map(
      (n: { text: string }) => n.text,
    )
    expect(receptionNotes).toEqual(['Note de l’accueil sur le premier dossier.'])
    const [left] = await rows<{ n: number }>(
      t.database.db.owner,
      sql`select count(*)::int as n from usager_notes where usager_id = ${absorbed}`,
    )
    expect(Number(left!.n)).toBe(0)

    const old = await reception.get(`/api/usagers/${absorbed}`)
    expect(old.status).toBe(200)
    expect(old.body.mergedIntoId).toBe(kept)
    const search = await reception.get('/api/usagers?q=jean%20pierre%20martin')
    expect(search.body.map((u: { id: string }) => u.id)).toContain(kept)
    expect(search.body.map((u: { id: string }) => u.id)).not.toContain(absorbed)
    expect((await reception.patch(`/api/usagers/${absorbed}`, { firstName: 'X' })).status).toBe(409)

    const [merge] = await rows<{
      snapshot: { kept: { id: string }; absorbed: { id: string; phone: string }; moved: { notes: number } }
    }>(t.database.db.owner, sql`select snapshot from usager_merges where kept_id = ${kept}`)
    expect(merge!.snapshot.absorbed).toMatchObject({ id: absorbed, phone: '+33611223344' })
    expect(merge!.snapshot.moved).toMatchObject({ notes: 2, household: 1, documents: 1 })

    const admin = await t.signIn(t.tenantA.accounts.administrateur)
    const absorbedHistory = (await admin.get('/api/audit?entityType=usager')).body.entries.filter(
      (e: { entityId: string }) => e.entityId === absorbed,
    )
    expect(absorbedHistory.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['create', 'update']),
    )
    const merges = await admin.get('/api/audit?entityType=usager_merge')
    expect(merges.body.entries[0]).toMatchObject({ entityId: kept, action: 'create' })
  })

  it('refuses to merge a file into itself, an absorbed file again, or another organisation’s file', async () => {
    expect((await direction.post(`/api/usagers/${kept}/merge`, { absorbedId: kept })).status).toBe(400)
    const again = await direction.post(`/api/usagers/${kept}/merge`, { absorbedId: absorbed })
    expect(again.status).toBe(409)
    const otherDirection = await t.signIn(t.tenantB.accounts.direction)
    const theirs = (
      await otherDirection.post('/api/usagers', { firstName: 'Jean-Pierre', lastName: 'Martin' })
    ).body.id
    expect((await direction.post(`/api/usagers/${kept}/merge`, { absorbedId: theirs })).status).toBe(404)
    expect((await otherDirection.post(`/api/usagers/${theirs}/merge`, { absorbedId: kept })).status).toBe(404)
  })
})
