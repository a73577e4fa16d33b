import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../../platform/audit'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { jobApplications } from './applications.table'
import { candidateProfileFor } from './candidate-profile'
import { applicationOf, candidatePassword, signedUpCandidate } from './candidate-fixtures'
import { savedSearches } from './candidates.table'

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** A minimal OpenDocument text: a ZIP whose first entry is `mimetype`, stored as is. */
function odt(): Buffer {
  const name = Buffer.from('mimetype')
  const content = Buffer.from('application/vnd.oasis.opendocument.text')
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt32LE(content.length, 18)
  header.writeUInt32LE(content.length, 22)
  header.writeUInt16LE(name.length, 26)
  header.writeUInt16LE(0, 28)
  return Buffer.concat([header, name, content])
}

describe.each(databaseKinds)('candidate profile, CV and erasure (%s)', (kind) => {
  let t: TestApp
  let candidate: TestClient

  beforeAll(async () => {
    t = await createTestApp(kind)
    candidate = await signedUpCandidate(t, 'camille.roux@exemple.test', {
      firstName: 'Camille',
      lastName: 'Roux',
    })
  })
  afterAll(async () => t?.close())

  const uploadCv = (client: TestClient, bytes: Buffer, fileName = 'cv-camille.pdf') =>
    client.request('POST', `/api/metiers/compte/profil/cv?fileName=${encodeURIComponent(fileName)}`, bytes, {
      headers: { 'content-type': 'application/octet-stream' },
    })
  const accountIdOf = async (client: TestClient) =>
    (await client.get('/api/auth/session')).body.account.id as string

  it('saves the profile, phone in international form, and audits it without copying the values', async () => {
    const res = await candidate.request('PUT', '/api/metiers/compte/profil', {
      firstName: 'Camille',
      lastName: 'Roux',
      phone: '06 12 34 56 78',
      city: 'Bourg-en-Bresse',
      presentation: 'Aide-soignante depuis six ans, je cherche un poste de nuit.\nDisponible en mars.',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      phone: '+33612345678',
      city: 'Bourg-en-Bresse',
      email: 'camille.roux@exemple.test',
    })
    expect((await candidate.get('/api/metiers/compte/profil')).body.presentation).toContain('poste de nuit')
    const entries = await t.database.db.owner
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'candidate_profile'))
    expect(entries.some((e) => e.action === 'update')).toBe(true)
    expect(entries.some((e) => e.action === 'read')).toBe(true)
    expect(JSON.stringify(entries)).not.toContain('Bourg-en-Bresse')
  })

  it('refuses a bad phone and an empty first name, naming the field', async () => {
    const badPhone = await candidate.request('PUT', '/api/metiers/compte/profil', {
      firstName: 'Camille',
      lastName: 'Roux',
      phone: '12',
      city: '',
      presentation: '',
    })
    expect(badPhone.status).toBe(400)
    expect(badPhone.body.message).toBe('Téléphone : Numéro de téléphone invalide (ex. 03 81 00 00 00).')
    const noName = await candidate.request('PUT', '/api/metiers/compte/profil', {
      firstName: '',
      lastName: 'Roux',
      phone: null,
      city: '',
      presentation: '',
    })
    expect(noName.body.fields[0].field).toBe('firstName')
  })

  it('keeps any free text as typed, or refuses it with a message naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 2100 }),
        fc.string({ maxLength: 130 }),
        async (presentation, city) => {
          const res = await candidate.request('PUT', '/api/metiers/compte/profil', {
            firstName: 'Camille',
            lastName: 'Roux',
            phone: null,
            city,
            presentation,
          })
          if (res.status === 200) {
            expect(res.body.presentation).toBe(presentation.trim())
            expect(res.body.city).toBe(city.trim())
          } else {
            expect(res.status).toBe(400)
            expect(['presentation', 'city']).toContain(res.body.fields[0].field)
            expect(res.body.message).toMatch(/^(Commune|Présentation) : /)
          }
        },
      ),
      { numRuns: 25 },
    )
  })

  it('takes a PDF or ODT CV, gives it back, replaces and removes it; refuses other files and files over 10 MB', async () => {
    const up = await uploadCv(candidate, pdf)
    expect(up.status, JSON.stringify(up.body)).toBe(200)
    expect(up.body.cv).toEqual({ fileName: 'cv-camille.pdf', type: 'application/pdf', bytes: pdf.length })
    const down = await candidate.get('/api/metiers/compte/profil/cv')
    expect(down.status).toBe(200)
    expect(down.headers['content-type']).toContain('application/pdf')
    expect(
      Buffer.from(down.body as string, 'latin1')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const replaced = await uploadCv(candidate, odt(), 'cv.odt')
    expect(replaced.body.cv.type).toBe('application/vnd.oasis.opendocument.text')
    const stored = readdirSync(join(t.dataDir, 'files', 'candidats', await accountIdOf(candidate)))
    expect(stored).toHaveLength(1)

    const exe = await uploadCv(
      candidate,
      Buffer.from('MZ\x90\x00 not a document at all, really not'),
      'cv.pdf',
    )
    expect(exe.status).toBe(415)
    expect(exe.body.message).toContain('ni un PDF')
    const big = await uploadCv(candidate, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]))
    expect(big.status).toBe(413)
    expect(big.body.message).toContain('10 Mo')
    expect((await candidate.get('/api/metiers/compte/profil')).body.cv.fileName).toBe('cv.odt')

    const profile = await t.database.db.transaction(
      { organisationId: null, accountId: await accountIdOf(candidate), platformAdmin: false },
      (tx) => candidateProfileFor(tx, '00000000-0000-0000-0000-000000000000'),
    )
    expect(profile, 'another account’s profile stays invisible').toBeNull()

    const removed = await candidate.delete('/api/metiers/compte/profil/cv')
    expect(removed.body.cv).toBeNull()
    expect(readdirSync(join(t.dataDir, 'files', 'candidats', await accountIdOf(candidate)))).toEqual([])
    expect((await candidate.get('/api/metiers/compte/profil/cv')).status).toBe(404)
  })

  it('gives the apply route the profile and CV of the signed-in candidate', async () => {
    await uploadCv(candidate, pdf)
    const accountId = await accountIdOf(candidate)
    const profile = await t.database.db.transaction(
      { organisationId: null, accountId, platformAdmin: false },
      (tx) => candidateProfileFor(tx, accountId),
    )
    expect(profile).toMatchObject({
      firstName: 'Camille',
      lastName: 'Roux',
      cv: { fileName: 'cv-camille.pdf', type: 'application/pdf', bytes: pdf.length },
    })
  })

  it('erases the account, profile, CV and alerts; applications stay with the employer without the link', async () => {
    const leaving = await signedUpCandidate(t, 'marc.blanc@exemple.test', {
      firstName: 'Marc',
      lastName: 'Blanc',
    })
    const accountId = await accountIdOf(leaving)
    await uploadCv(leaving, pdf)
    const owner = t.database.db.owner
    const sent = await applicationOf(owner, {
      organisationId: t.tenantA.organisationId,
      accountId,
      title: 'Aide-soignant de nuit',
      email: 'marc.blanc@exemple.test',
    })
    await owner.insert(savedSearches).values({
      accountId,
      email: 'marc.blanc@exemple.test',
      label: 'Aide-soignant',
      query: {},
      unsubscribeTokenHash: 'x'.repeat(64),
    })

    const wrong = await leaving.request('DELETE', '/api/metiers/compte', {
      password: 'pas le bon mot de passe',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fields).toEqual([{ field: 'password', message: 'Mot de passe incorrect.' }])

    const erased = await leaving.request('DELETE', '/api/metiers/compte', { password: candidatePassword })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect((await leaving.get('/api/metiers/compte/profil')).status).toBe(401)
    const login = await (
      await t.anonymous().init()
    ).post('/api/auth/login', { email: 'marc.blanc@exemple.test', password: candidatePassword })
    expect(login.status).toBe(401)

    const [application] = await owner
      .select()
      .from(jobApplications)
      .where(eq(jobApplications.id, sent.applicationId))
    expect(application).toMatchObject({
      candidateAccountId: null,
      email: 'marc.blanc@exemple.test',
      status: 'recue',
    })
    expect(
      await owner.select().from(savedSearches).where(eq(savedSearches.email, 'marc.blanc@exemple.test')),
    ).toEqual([])
    const folder = join(t.dataDir, 'files', 'candidats', accountId)
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])

    // The address is free again: signing up anew works.
    const back = await signedUpCandidate(t, 'marc.blanc@exemple.test', {
      firstName: 'Marc',
      lastName: 'Blanc',
    })
    expect((await back.get('/api/metiers/compte/candidatures')).body).toEqual([])
  })

  it('does not erase from the candidate space an account that works in an organisation', async () => {
    const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    const res = await agent.request('DELETE', '/api/metiers/compte', { password: t.tenantA.password })
    expect(res.status).toBe(403)
    expect(res.body.message).toContain('organisation')
  })
})
