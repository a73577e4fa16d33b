import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parisDate } from '../../../shared/dates'
import { followUpClasses } from '../../../shared/modules/domiciliation/domiciliation.constants'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

interface Summary {
  id: string
  fileNumber: number
  status: string
  validUntil: string | null
  lastSignOfLifeOn: string | null
  followUp: string[]
  pendingRequest: { deadlineOn: string } | null
}

describe.each(databaseKinds)('follow-up lists, search and bulk radiation (%s)', (kind) => {
  let now = new Date('2026-01-05T10:00:00+01:00')
  let t: TestApp
  let agent: TestClient
  let direction: TestClient
  const files: Record<string, string> = {}

  const on = (day: string) => {
    now = new Date(`${day}T10:00:00+01:00`)
  }

  /** A person with a file; `grantOn` files, interviews and grants a first request that day. */
  async function person(name: string, grantOn?: string) {
    const [firstName, lastName] = name.split(' ')
    const usagerId = (await agent.post('/api/usagers', { firstName, lastName, confirmNotDuplicate: true }))
      .body.id
    const file = (await agent.post('/api/domiciliations', { usagerId })).body
    files[name] = file.id
    if (grantOn) {
      on(grantOn)
      await decide(file.id, { decision: 'accepte' })
    }
    return file.id as string
  }

  async function decide(fileId: string, body: object, kindOf = 'PREMIERE') {
    const filed = await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: kindOf })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const requestId = filed.body.pendingRequest.id
    await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      linkWithCommune: 'RESIDENTIEL',
    })
    const decided = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, body)
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    // Dole has no demonstration people: the lists hold exactly what this test filed.
    agent = await t.signIn(t.tenantB.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantB.accounts.direction)
    // Granted on 5 January 2026: valid until 4 January 2027.
    await person('Amélie Poulain', '2026-01-05')
    await person('Bruno Pétain', '2026-01-05')
    await person('Chloé Ødegård', '2026-01-05')
    // Granted later in the year.
    await person('Denis Lefèvre', '2026-02-25')
    await person('Élodie Martin', '2026-11-30')
    // Refused, then a pending request filed long ago (late), one filed recently.
    const refused = await person('Fabien Roux')
    on('2026-03-01')
    await decide(refused, {
      decision: 'refuse',
      motive: 'LIEN_COMMUNE',
      orientation: 'CIAS',
      orientationDetail: 'CIAS du Grand Dole',
    })
    const late = await person('Gaëlle Durand')
    on('2026-09-15')
    expect((await agent.post(`/api/domiciliations/${late}/requests`, { kind: 'PREMIERE' })).status).toBe(201)
    const recent = await person('Hugo Bernard')
    on('2026-12-10')
    expect((await agent.post(`/api/domiciliations/${recent}/requests`, { kind: 'PREMIERE' })).status).toBe(
      201,
    )
    // Contacts: Amélie came in December, Denis called in October; a radiated file.
    on('2026-12-01')
    await agent.post(`/api/domiciliations/${files['Amélie Poulain']}/contacts`, { kind: 'visite' })
    on('2026-10-12')
    await agent.post(`/api/domiciliations/${files['Denis Lefèvre']}/contacts`, { kind: 'appel' })
    const radiated = await person('Inès Caron', '2026-01-05')
    on('2026-06-01')
    await direction.post(`/api/domiciliations/${radiated}/radiation`, { motive: 'A_SA_DEMANDE' })
    on('2026-12-20')
  })
  afterAll(async () => t?.close())

  const list = async (query: string) => {
    const res = await agent.get(`/api/domiciliations?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as { items: Summary[]; total: number }
  }
  const names = (items: Summary[]) => items.map((i) => Object.keys(files).find((n) => files[n] === i.id))

  it('lists each class the same as the shared rules, the most urgent first', async () => {
    const all = (await list('filter=toutes')).items
    expect(all).toHaveLength(Object.keys(files).length)
    for (const filter of followUpClasses) {
      const got = (await list(`filter=${filter}`)).items
      const expected = all.filter((f) => f.followUp.includes(filter))
      expect(new Set(got.map((g) => g.id)), filter).toEqual(new Set(expected.map((e) => e.id)))
      const key = (f: Summary) =>
        filter === 'attente_decision'
          ? f.pendingRequest!.deadlineOn
          : filter === 'sans_contact_3_mois'
            ? f.lastSignOfLifeOn!
            : f.validUntil!
      const keys = got.map(key)
      expect(keys, filter).toEqual([...keys].sort())
    }
    expect(names((await list('filter=attente_decision')).items)).toEqual(['Gaëlle Durand', 'Hugo Bernard'])
    expect(names((await list('filter=expire_sous_16_jours')).items)).toEqual([
      'Amélie Poulain',
      'Bruno Pétain',
      'Chloé Ødegård',
    ])
    expect(names((await list('filter=expire_sous_61_jours')).items)).toEqual([
      'Amélie Poulain',
      'Bruno Pétain',
      'Chloé Ødegård',
    ])
    // No contact since 5 January (Bruno, Chloé) or since the call of 12 October (Denis: still fine).
    expect(names((await list('filter=sans_contact_3_mois')).items)).toEqual(['Bruno Pétain', 'Chloé Ødegård'])
    const pending = (await list('filter=attente_decision')).items
    expect(pending.map((p) => p.pendingRequest)).toEqual([
      expect.objectContaining({ deadlineOn: '2026-11-15', deadline: 'depassee' }),
      expect.objectContaining({ deadlineOn: '2027-02-10', deadline: 'normale' }),
    ])
  })

  it('says the same in the counters', async () => {
    const counters = (await agent.get('/api/domiciliations/counters')).body
    expect(counters).toEqual({
      valid: 5,
      attenteDecision: 2,
      deadlineNear: 0,
      deadlinePassed: 1,
      expireSous16Jours: 3,
      expireSous61Jours: 3,
      expiree: 0,
      sansContact3Mois: 2,
    })
    on('2027-01-10')
    const later = (await agent.get('/api/domiciliations/counters')).body
    expect(later).toMatchObject({ valid: 2, expiree: 3, expireSous16Jours: 0 })
    expect(names((await list('filter=expiree')).items)).toEqual([
      'Amélie Poulain',
      'Bruno Pétain',
      'Chloé Ødegård',
    ])
    on('2026-12-20')
  })

  it('finds a person by name without accents, or by file number, and a person’s file by usager', async () => {
    expect(names((await list('q=odegard')).items)).toEqual(['Chloé Ødegård'])
    expect(names((await list('q=lefevre denis')).items)).toEqual(['Denis Lefèvre'])
    const number = (await list('filter=toutes')).items.find(
      (i) => i.id === files['Élodie Martin'],
    )!.fileNumber
    expect(names((await list(`q=${number}`)).items)).toEqual(['Élodie Martin'])
    expect((await list('q=zzzzzz')).items).toEqual([])
    expect(names((await list('q=poulain&filter=sans_contact_3_mois')).items)).toEqual([])
    const [row] = await rows<{ usager_id: string }>(
      t.database.db.owner,
      sql`select usager_id from domiciliations where id = ${files['Hugo Bernard']!}`,
    )
    expect(names((await list(`usagerId=${row!.usager_id}`)).items)).toEqual(['Hugo Bernard'])
  })

  it('radiates several files with one motive, all or none', async () => {
    const decisions = async () =>
      Number(
        (
          await rows<{ n: number }>(
            t.database.db.owner,
            sql`select count(*)::int as n from domiciliation_decisions`,
          )
        )[0]!.n,
      )
    const before = await decisions()
    const ids = [files['Bruno Pétain'], files['Chloé Ødegård'], files['Amélie Poulain']]
    const refused = await direction.post('/api/domiciliations/radiations', {
      domiciliationIds: ids,
      motive: 'NON_MANIFESTATION_3_MOIS',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toBe(
      '1 dossier ne peut pas être radié : aucune radiation n’a été enregistrée.',
    )
    expect(refused.body.details.refusals).toEqual([
      expect.objectContaining({
        id: files['Amélie Poulain'],
        reason: 'La personne s’est manifestée le 1 décembre 2026 : il y a moins de 3 mois.',
      }),
    ])
    expect(await decisions()).toBe(before)
    expect(
      (
        await agent.post('/api/domiciliations/radiations', {
          domiciliationIds: ids.slice(0, 2),
          motive: 'A_SA_DEMANDE',
        })
      ).status,
    ).toBe(403)

    const done = await direction.post('/api/domiciliations/radiations', {
      domiciliationIds: ids.slice(0, 2),
      motive: 'NON_MANIFESTATION_3_MOIS',
    })
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    expect(done.body.radiated).toBe(2)
    expect(done.body.files.map((f: Summary) => f.status)).toEqual(['radie', 'radie'])
    expect(await decisions()).toBe(before + 2)
    expect((await list('filter=sans_contact_3_mois')).items).toEqual([])
    expect(parisDate(now)).toBe('2026-12-20')
  })
})
