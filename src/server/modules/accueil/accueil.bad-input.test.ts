import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestChannels, requestThemes } from '../../../shared/modules/accueil/accueil.constants'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'

describe('requests: any body gets a 4xx or a whole request, never a 5xx (property)', () => {
  let t: TestApp
  let agent: TestClient
  beforeAll(async () => {
    t = await createTestApp('pglite')
    agent = await t.signIn(t.tenantA.accounts.agent_accueil)
  })
  afterAll(async () => t?.close())

  const count = async () =>
    Number(
      (await rows<{ n: number }>(t.database.db.owner, sql`select count(*)::int as n from requests`))[0]!.n,
    )
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      "Robert'); DROP TABLE requests;--",
      'ligne\u0000nulle',
      '  ',
      'Pôle « Accès » — 1er',
    ),
  )

  it('creates a request exactly when the body is valid, and keeps its text as sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            channel: fc.oneof(
              fc.constantFrom(...requestChannels),
              fc.string({ maxLength: 10 }),
              fc.integer(),
            ),
            themes: fc.oneof(
              fc.array(fc.oneof(fc.constantFrom(...requestThemes), fc.string({ maxLength: 8 })), {
                maxLength: 4,
              }),
              fc.string(),
            ),
            usagerId: fc.oneof(fc.constant(null), fc.uuid(), fc.string({ maxLength: 10 })),
            contactName: fc.oneof(fc.constant(null), text),
            subject: fc.oneof(fc.constant(null), text),
            message: text,
            assigneeId: fc.oneof(fc.constant(null), fc.uuid()),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = await count()
          const res = await agent.post('/api/requests', body)
          expect(res.status).toBeLessThan(500)
          if (res.status === 201) {
            expect(await count()).toBe(before + 1)
            expect(res.body.message).toBe((body.message ?? '').trim())
          } else {
            expect(res.status).toBeGreaterThanOrEqual(400)
            expect(res.body.message).toEqual(expect.any(String))
            expect(await count()).toBe(before)
          }
        },
      ),
      { numRuns: 80 },
    )
  })

  it('answers any JSON sent to the public contact form and to the answer route without a 5xx', async () => {
    const visitor = await t.anonymous().init()
    const request = (await agent.post('/api/requests', { channel: 'telephone', themes: ['autre'] })).body.id
    const routes: [TestClient, string][] = [
      [visitor, `/api/public/organisations/${t.tenantA.organisationId}/contact`],
      [agent, `/api/requests/${request}/answers`],
      [agent, `/api/requests/${request}/assignment`],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async ([client, url], value) => {
        const res = await client.post(url, value)
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: 60 },
    )
  })
})
