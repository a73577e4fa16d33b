import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { duplicateConflictDetails } from '../../../shared/modules/usagers/usagers.contract'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'

describe.each(databaseKinds)('person files: search, duplicates, reads and writes (%s)', (kind) => {
  let t: TestApp
  let agent: TestClient
  let admin: TestClient
  let helene: string
  let jeanPierre: string

  const create = async (client: TestClient, body: Record<string, unknown>) => {
    const res = await client.post('/api/usagers', body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as string
  }

  beforeAll(async () => {
    t = await createTestApp(kind)
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    admin = await t.signIn(t.tenantA.accounts.administrateur)
    // The demo organisation already serves Hélène Lefèvre, Jean-Pierre and Marie Martin, Hélène Lefebvre…
    const find = async (q: string, birthDate: string) =>
      (
        (await agent.get(`/api/usagers?q=${encodeURIComponent(q)}`)).body as {
          id: string
          birthDate: string
        }[]
      ).find((u) => u.birthDate === birthDate)!.id
    helene = await find('Hélène Lefèvre', '1958-03-14')
    jeanPierre = await find('Jean-Pierre Martin', '1971-06-02')
    await create(agent, { firstName: 'Hervé', lastName: 'de La Tour', birthName: 'Lefebvre' })
    await create(agent, { pseudonym: 'Le Breton', noStableAddress: true })
  })
  afterAll(async () => t?.close())

  const names = (list: { firstName: string | null; lastName: string | null }[]) =>
    list.map((u) => `${u.firstName} ${u.lastName}`)

  it('finds "Hélène Lefèvre" without accents, in any order, with a typo', async () => {
    for (const q of ['helene lefevre', 'LEFEVRE Hélène', 'helene lefevbre', 'Lefèvre']) {
      const res = await agent.get(`/api/usagers?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      expect(res.body[0].id, q).toBe(helene)
    }
    const typo = await agent.get('/api/usagers?q=lefevbre')
    expect(typo.body[0].id).toBe(helene)
    const other = await agent.get('/api/usagers?q=dupont')
    expect(other.body).toEqual([])
  })

  it('finds "Jean-Pierre Martin" as "martin jean pierre", ahead of another Martin', async () => {
    const res = await agent.get(`/api/usagers?q=${encodeURIComponent('martin jean pierre')}`)
    expect(res.body[0].id).toBe(jeanPierre)
    const martins = await agent.get('/api/usagers?q=martin&limit=10')
    expect(names(martins.body)).toEqual(expect.arrayContaining(['Jean-Pierre Martin', 'Marie Martin']))
    expect(martins.body[0]).toMatchObject({
      birthDate: expect.any(String),
      noStableAddress: false,
      lastContactAt: expect.any(String),
    })
  })

  it('searches birth names and pseudonyms, and lists recent files without a query', async () => {
    const birth = await agent.get('/api/usagers?q=lefebvre')
    expect(names(birth.body)).toContain('Hervé de La Tour')
    const payet = await agent.get('/api/usagers?q=hoarau')
    expect(payet.body[0]).toMatchObject({ lastName: 'Payet', birthName: 'Hoarau' })
    const pseudo = await agent.get('/api/usagers?q=le%20breton')
    expect(pseudo.body[0]).toMatchObject({ pseudonym: 'Le Breton', noStableAddress: true })
    const short = await agent.get('/api/usagers?q=Lé')
    expect(short.body.length).toBeGreaterThan(0)
    expect(
      short.body.every((u: Record<string, string | null>) =>
        /(^|[\s-])l[eé]/i.test([u.firstName, u.lastName, u.birthName, u.pseudonym].join(' ')),
      ),
    ).toBe(true)
    expect(names(short.body)).toContain('Hélène Lefèvre')
    const recent = await agent.get('/api/usagers?limit=3')
    expect(recent.body).toHaveLength(3)
    const bad = await agent.get('/api/usagers?limit=500')
    expect(bad.status).toBe(400)
    expect(bad.body.fields[0].field).toBe('limit')
  })

  it('proposes the existing person for "Martin Jean Pierre" born the same day, and creates only on confirmation', async () => {
    const body = { firstName: 'Jean Pierre', lastName: 'MARTIN', birthDate: '1971-06-02' }
    const check = await agent.post('/api/usagers/duplicates', {
      firstName: 'Martin',
      lastName: 'Jean Pierre',
      birthDate: '1971-06-02',
    })
    expect(check.status).toBe(200)
    expect(check.body[0]).toMatchObject({ usager: { id: jeanPierre }, score: 1 })
    expect(check.body[0].reason).toMatch(/même date de naissance/)

    const refused = await agent.post('/api/usagers', body)
    expect(refused.status).toBe(409)
    expect(refused.body.details.candidates[0].usager.id).toBe(jeanPierre)
    expect(duplicateConflictDetails.safeParse(refused.body.details).success).toBe(true)
    const otherDay = await agent.post('/api/usagers/duplicates', { ...body, birthDate: '1971-06-03' })
    expect(otherDay.body).toEqual([])
    const noDate = await agent.post('/api/usagers/duplicates', { firstName: 'Helene', lastName: 'Lefevre' })
    expect(noDate.body[0]).toMatchObject({ usager: { id: helene } })
    expect(noDate.body[0].score).toBeLessThan(1)

    const confirmed = await agent.post('/api/usagers', { ...body, confirmNotDuplicate: true })
    expect(confirmed.status).toBe(201)
    const excluded = await agent.post('/api/usagers/duplicates', { ...body, excludeId: confirmed.body.id })
    expect(excluded.body.map((c: { usager: { id: string } }) => c.usager.id)).toEqual([jeanPierre])
  })

  it('creates an anonymous first contact and fills the file later', async () => {
    const anonymous = await agent.post('/api/usagers', {})
    expect(anonymous.status).toBe(201)
    expect(anonymous.body).toMatchObject({
      firstName: null,
      lastName: null,
      household: [],
      documents: [],
      mergedIntoId: null,
    })
    const updated = await agent.patch(`/api/usagers/${anonymous.body.id}`, {
      firstName: 'Anaïs',
      phone: '03 81 00 00 00',
      languages: ['fr', 'ar'],
      interpreterNeeded: true,
      incomeSources: ['rsa'],
      housing: 'heberge_tiers',
      consentSms: true,
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(updated.body).toMatchObject({
      firstName: 'Anaïs',
      phone: '+33381000000',
      languages: ['fr', 'ar'],
      housing: 'heberge_tiers',
      consentSms: true,
    })
    const found = await agent.get('/api/usagers?q=anais')
    expect(found.body.map((u: { id: string }) => u.id)).toContain(anonymous.body.id)
    const erased = await agent.patch(`/api/usagers/${anonymous.body.id}`, { phone: null, firstName: '' })
    expect(erased.body).toMatchObject({ phone: null, firstName: null })
  })

  it('stores HTML as text and returns it unchanged', async () => {
    const id = await create(agent, {
      pseudonym: '<img src=x onerror=alert(1)>',
      rsaReferent: '<b>Mme Roche</b>',
    })
    const res = await agent.get(`/api/usagers/${id}`)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(res.body).toMatchObject({
      pseudonym: '<img src=x onerror=alert(1)>',
      rsaReferent: '<b>Mme Roche</b>',
    })
  })

  it('writes every read and write of a file to the audit log, without the values', async () => {
    await agent.get(`/api/usagers/${helene}`)
    await agent.patch(`/api/usagers/${helene}`, { phone: '0612345678' })
    const reads = await admin.get(`/api/audit?entityType=usager&action=read`)
    expect(reads.body.entries.some((e: { entityId: string }) => e.entityId === helene)).toBe(true)
    const writes = await admin.get(`/api/audit?entityType=usager&action=update`)
    const entry = writes.body.entries.find((e: { entityId: string }) => e.entityId === helene)
    expect(entry.diff).toEqual({ phone: ['***', '***'] })
    const created = await admin.get(`/api/audit?entityType=usager&action=create`)
    expect(JSON.stringify(created.body)).not.toMatch(/Lef[eè]vre|Hélène/)
    const searches = await admin.get('/api/audit?entityType=usager&action=read')
    expect(searches.body.entries.some((e: { entityId: string | null }) => e.entityId === null)).toBe(true)
  })

  it('counts a write as a contact with the person', async () => {
    const before = (await agent.get(`/api/usagers/${jeanPierre}`)).body.lastContactAt as string
    await t.database.db.owner.execute(
      sql`update usagers set last_contact_at = now() - interval '400 days' where id = ${jeanPierre}`,
    )
    await agent.patch(`/api/usagers/${jeanPierre}`, { consentEmail: true })
    const after = (await agent.get(`/api/usagers/${jeanPierre}`)).body.lastContactAt as string
    expect(new Date(after).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime())
  })

  it('answers 404 to another organisation and 403 to roles without personal data', async () => {
    const other = await t.signIn(t.tenantB.accounts.agent_accueil)
    expect((await other.get(`/api/usagers/${helene}`)).status).toBe(404)
    expect((await other.patch(`/api/usagers/${helene}`, { firstName: 'Piraté' })).status).toBe(404)
    expect((await other.get('/api/usagers?q=lefevre')).body).toEqual([])
    const stats = await t.signIn(t.tenantA.accounts.lecture_statistiques)
    expect((await stats.get(`/api/usagers/${helene}`)).status).toBe(403)
  })

  it('refuses bad input with the field named in French, storing nothing (property)', async () => {
    const bad = await agent.post('/api/usagers', { birthDate: '14/03/1958' })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^Date de naissance : /)
    const future = await agent.post('/api/usagers', { birthDate: '2999-01-01' })
    expect(future.body.message).toMatch(/futur/)
    const unknown = await agent.post('/api/usagers', { nir: '1580314000000' })
    expect(unknown.body.fields[0].field).toBe('nir')

    const count = async () =>
      Number(
        (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from usagers`))[0]!.n,
      )
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            firstName: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
            birthDate: fc.oneof(fc.constant('1990-02-30'), fc.string(), fc.constant('1980-01-01')),
            email: fc.oneof(fc.emailAddress(), fc.string()),
            phone: fc.oneof(fc.constant('06 12 34 56 78'), fc.string()),
            languages: fc.oneof(fc.array(fc.constantFrom('fr', 'ar', 'FR', 'français')), fc.string()),
            incomeSources: fc.array(fc.constantFrom('rsa', 'rsa', 'salaire', 'loterie'), { maxLength: 3 }),
            housing: fc.constantFrom('rue', 'chateau', null),
            postalCode: fc.oneof(fc.constant('25000'), fc.string()),
            confirmNotDuplicate: fc.constant(true),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = await count()
          const res = await agent.post('/api/usagers', body)
          expect(res.status).toBeLessThan(500)
          if (res.status === 201) expect(await count()).toBe(before + 1)
          else {
            expect(res.status).toBe(400)
            expect(res.body.message).toEqual(expect.any(String))
            expect(res.body.fields[0].field).toEqual(expect.any(String))
            expect(await count()).toBe(before)
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it('answers any JSON sent to its bodies without a 5xx (property)', async () => {
    const routes: [string, string][] = [
      ['PATCH', `/api/usagers/${helene}`],
      ['POST', '/api/usagers/duplicates'],
      ['POST', `/api/usagers/${helene}/household`],
      ['POST', `/api/usagers/${helene}/notes`],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async ([method, url], value) => {
        const res = await agent.request(method, url, value)
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: 60 },
    )
  })
})
