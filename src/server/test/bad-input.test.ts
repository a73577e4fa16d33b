import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from './test-app'

describe('bad input gets a clear 4xx and stores nothing', () => {
  let t: TestApp
  let admin: TestClient
  beforeAll(async () => {
    t = await createTestApp('pglite')
    admin = await t.signIn(t.tenantA.accounts.administrateur)
  })
  afterAll(async () => t?.close())

  const serviceCount = async () => (await admin.get('/api/services')).body.length as number

  it('refuses malformed JSON, invalid UTF-8, a 10 MB body and a wrong content type', async () => {
    const before = await serviceCount()
    const malformed = await admin.request('POST', '/api/services', '{"name": "Accueil"')
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toMatch(/JSON/)
    const utf8 = await admin.request('POST', '/api/services', Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]))
    expect(utf8.status).toBe(400)
    expect(utf8.body.message).toMatch(/UTF-8/)
    const huge = await admin.request('POST', '/api/services', JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) }))
    expect(huge.status).toBe(413)
    const text = await admin.request('POST', '/api/services', 'name=Accueil', { headers: { 'content-type': 'text/plain' } })
    expect(text.status).toBe(415)
    const proto = await admin.request('POST', '/api/services', '{"name":"A","__proto__":{"admin":true}}')
    expect(proto.status).toBe(400)
    expect(await serviceCount()).toBe(before)
    expect((await admin.get('/api/health')).status).toBe(200)
  })

  it('names the field for wrong types and unknown fields, in French', async () => {
    const wrongType = await admin.post('/api/services', { name: 42 })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.fields[0]).toMatchObject({ field: 'name' })
    expect(wrongType.body.message).toMatch(/^Nom : /)
    const unknown = await admin.post('/api/services', { name: 'Pôle', couleur: 'bleu' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fields[0].field).toBe('couleur')
    const badQuery = await admin.get('/api/audit?from=hier')
    expect(badQuery.status).toBe(400)
    expect(badQuery.body.fields[0].field).toBe('from')
    const badId = await admin.get('/api/members/pas-un-uuid')
    expect(badId.status).toBe(400)
  })

  it('stores SQL and HTML injection strings as plain text', async () => {
    const names = ["Robert'); DROP TABLE services;--", '<script>alert(1)</script>', 'Pôle « Accès aux droits » — 1er étage']
    for (const name of names) expect((await admin.post('/api/services', { name })).status).toBe(201)
    const stored = (await admin.get('/api/services')).body.map((s: { name: string }) => s.name)
    expect(stored).toEqual(expect.arrayContaining(names))
  })

  it('treats a forged session cookie as no session', async () => {
    const forged = t.anonymous()
    forged.setCookie('lien_session', 'forged-token-forged-token-forged-token')
    const res = await forged.get('/api/members')
    expect(res.status).toBe(401)
    expect(res.body.message).toMatch(/Connectez-vous/)
  })

  it('never answers 5xx and never half-stores, whatever JSON arrives (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { email: fc.oneof(fc.emailAddress(), fc.string(), fc.integer()), roles: fc.array(fc.oneof(fc.constantFrom('agent_accueil', 'direction', 'intrus'), fc.string()), { maxLength: 3 }), serviceIds: fc.array(fc.uuid(), { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = (await admin.get('/api/invitations')).body.length as number
          const res = await admin.post('/api/invitations', body)
          expect(res.status).toBeLessThan(500)
          const after = (await admin.get('/api/invitations')).body.length as number
          if (res.status === 201) expect(after).toBe(before + 1)
          else {
            expect(res.body.message).toEqual(expect.any(String))
            expect(after).toBe(before)
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('validates any JSON value sent to every contract body without a 5xx (property)', async () => {
    const routes: [string, string][] = [
      ['POST', '/api/services'],
      ['PATCH', '/api/organisation'],
      ['POST', '/api/auth/password/change'],
      ['PATCH', '/api/auth/profile'],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async ([method, url], value) => {
        const res = await admin.request(method, url, value)
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: 80 },
    )
  })
})
