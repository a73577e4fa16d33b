import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { reviewRetention } from '.'

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n')

describe.each(databaseKinds)('retention of inactive files and anonymisation (%s)', (kind) => {
  let t: TestApp
  let admin: TestClient
  let social: TestClient
  let inactive: string
  let contacted: string
  let recent: string
  let absorbed: string

  const ageBy = (id: string, days: number) =>
    t.database.db.owner.execute(
      sql`update usagers set last_contact_at = now() - make_interval(days => ${days}) where id = ${id}`,
    )

  beforeAll(async () => {
    t = await createTestApp(kind)
    admin = await t.signIn(t.tenantA.accounts.administrateur)
    social = await t.signIn(t.tenantA.accounts.travailleur_social)
    const create = async (body: object) =>
      (await social.post('/api/usagers', { ...body, confirmNotDuplicate: true })).body.id as string
    inactive = await create({
      firstName: 'Josette',
      lastName: 'Grondin',
      birthDate: '1950-01-02',
      phone: '0262000000',
      city: 'Saint-Denis',
      gender: 'femme',
      noStableAddress: true,
      communeInsee: '97411',
    })
    absorbed = await create({ firstName: 'Josette', lastName: 'Grondin', birthDate: '1950-01-02' })
    contacted = await create({ firstName: 'Rémi', lastName: 'Hoarau' })
    recent = await create({ firstName: 'Océane', lastName: 'Vidal' })
    await social.post(`/api/usagers/${inactive}/notes`, { text: 'Suivi budgétaire.', privateToAuthor: true })
    await social.post(`/api/usagers/${inactive}/household`, { firstName: 'Paul', relation: 'conjoint' })
    await social.request(
      'POST',
      `/api/usagers/${inactive}/documents?kind=courrier&fileName=courrier.pdf`,
      pdf,
      { headers: { 'content-type': 'application/octet-stream' } },
    )
    await admin.post(`/api/usagers/${inactive}/merge`, { absorbedId: absorbed })
    await ageBy(inactive, 800)
    await ageBy(contacted, 800)
  })
  afterAll(async () => t?.close())

  it('keeps 24 months by default, changed by the administration within bounds', async () => {
    expect((await admin.get('/api/usagers-retention')).body).toEqual({ retentionMonths: 24 })
    const bad = await admin.request('PUT', '/api/usagers-retention', { retentionMonths: 2 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^Durée de conservation : 6 mois au moins/)
    expect((await admin.request('PUT', '/api/usagers-retention', { retentionMonths: 36 })).body).toEqual({
      retentionMonths: 36,
    })
    expect((await admin.request('PUT', '/api/usagers-retention', { retentionMonths: 24 })).status).toBe(200)
    expect((await social.get('/api/usagers-retention')).status).toBe(403)
  })

  it('lists what the monthly review found, less the files contacted since', async () => {
    expect((await admin.get('/api/usagers-retention/candidates')).body).toEqual({
      reviewedAt: null,
      retentionMonths: 24,
      candidates: [],
    })
    const review = await reviewRetention(t.database.db.owner, {
      mailer: t.mailer,
      publicUrl: 'http://localhost:3000',
    })
    expect(review.notified).toBeGreaterThanOrEqual(1)
    const mail = (await t.mailer.outbox()).find((m) => m.to === t.tenantA.accounts.administrateur)!
    expect(mail.subject).toMatch(/^Conservation des dossiers : \d+ dossier\(s\) à anonymiser$/)
    expect(mail.text).toContain('http://localhost:3000/usagers/conservation')
    expect(mail.text).not.toMatch(/Josette|Grondin|Hoarau/)
    expect((await t.mailer.outbox()).some((m) => m.to === t.tenantB.accounts.administrateur)).toBe(false)
    const listed = await admin.get('/api/usagers-retention/candidates')
    expect(listed.body.reviewedAt).toEqual(expect.any(String))
    const listedIds = listed.body.candidates.map((c: { id: string }) => c.id)
    expect(listedIds).toEqual(expect.arrayContaining([inactive, contacted]))
    expect(listedIds).not.toContain(recent)
    await social.patch(`/api/usagers/${contacted}`, { consentSms: true })
    const after = await admin.get('/api/usagers-retention/candidates')
    const afterIds = after.body.candidates.map((c: { id: string }) => c.id)
    expect(afterIds).toContain(inactive)
    expect(afterIds).not.toContain(contacted)
    expect((await social.get('/api/usagers-retention/candidates')).status).toBe(403)
    const other = await t.signIn(t.tenantB.accounts.administrateur)
    expect((await other.get('/api/usagers-retention/candidates')).body.candidates).toEqual([])
  })

  it('refuses the whole confirmation when one file is no longer due', async () => {
    const res = await admin.post('/api/usagers-retention/anonymise', {
      usagerIds: [inactive, contacted, recent],
    })
    expect(res.status).toBe(409)
    expect(res.body.details.notDue.sort()).toEqual([contacted, recent].sort())
    expect((await social.get(`/api/usagers/${inactive}`)).body.firstName).toBe('Josette')
  })

  it('erases the person on confirmation and keeps the row for statistics', async () => {
    const res = await admin.post('/api/usagers-retention/anonymise', { usagerIds: [inactive] })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toEqual({ anonymised: 1 })
    const file = (await admin.get(`/api/usagers/${inactive}`)).body
    expect(file).toMatchObject({
      id: inactive,
      firstName: null,
      lastName: null,
      birthDate: null,
      phone: null,
      city: null,
      languages: [],
      household: [],
      documents: [],
      gender: 'femme',
      noStableAddress: true,
      communeInsee: '97411',
      anonymisedAt: expect.any(String),
    })
    expect((await social.get(`/api/usagers/${absorbed}`)).body).toMatchObject({
      firstName: null,
      anonymisedAt: expect.any(String),
    })
    const [notes] = await rows<{ n: number }>(
      t.database.db.owner,
      sql`select count(*)::int as n from usager_notes where usager_id = ${inactive}`,
    )
    expect(Number(notes!.n)).toBe(0)
    const [merge] = await rows<{ snapshot: unknown }>(
      t.database.db.owner,
      sql`select snapshot from usager_merges where kept_id = ${inactive}`,
    )
    expect(merge!.snapshot).toEqual({ anonymised: true })
    expect((await social.get('/api/usagers?q=josette%20grondin')).body).toEqual([])
    expect((await social.patch(`/api/usagers/${inactive}`, { firstName: 'Josette' })).status).toBe(409)

    const log = await admin.get('/api/audit?entityType=usager&action=delete')
    expect(log.body.entries.map((e: { entityId: string }) => e.entityId).sort()).toEqual(
      [inactive, absorbed].sort(),
    )
    expect(JSON.stringify(log.body)).not.toMatch(/Josette|Grondin/)
  })

  it('deletes the stored bytes of the erased documents', () => {
    const folder = join(t.dataDir, 'files', 'usagers', t.tenantA.organisationId)
    expect(existsSync(folder)).toBe(true)
    expect(readdirSync(folder)).toEqual([])
  })
})
