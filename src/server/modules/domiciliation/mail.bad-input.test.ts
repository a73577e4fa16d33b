import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { domiciledPerson, type DomiciledPerson } from './mail.fixtures'

/** Any JSON sent to the mail routes gets an answer below 500, and nothing is stored half. */
describe('domiciliation mail: bad input (property)', () => {
  let t: TestApp
  let agent: TestClient
  let person: DomiciledPerson
  const count = async (table: string) =>
    Number(
      (await rows<{ n: number }>(t.database.db.owner, sql.raw(`select count(*)::int as n from ${table}`)))[0]!
        .n,
    )

  beforeAll(async () => {
    t = await createTestApp('pglite')
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    person = await domiciledPerson(t, agent, {
      organisationId: t.tenantA.organisationId,
      usager: { lastName: 'Propriété' },
    })
  })
  afterAll(async () => t?.close())

  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid(),
    fc.constantFrom(
      'courrier',
      'recommande',
      'colis',
      'visite',
      'appel',
      'inconnu',
      '2026-02-30',
      '2026-03-10',
    ),
  )

  it('registers a batch whole or not at all, whatever arrives', async () => {
    const line = fc.record(
      {
        fileNumber: fc.oneof(fc.constant(person.fileNumber), fc.integer({ min: -5, max: 100_000 }), anyValue),
        domiciliationId: fc.oneof(fc.constant(person.domiciliationId), anyValue),
        kind: fc.oneof(fc.constantFrom('courrier', 'recommande', 'colis'), anyValue),
        sender: fc.oneof(fc.string({ maxLength: 250 }), fc.constant(null), anyValue),
        returnReason: fc.oneof(fc.constantFrom('radiation', 'inconnu', 'deces'), anyValue),
        extra: anyValue,
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ items: fc.array(line, { maxLength: 6 }) }),
          fc.dictionary(fc.string(), anyValue),
        ),
        async (body) => {
          const before = await count('mail_items')
          const res = await agent.post('/api/domiciliation/mail', body)
          expect(res.status).toBeLessThan(500)
          const after = await count('mail_items')
          if (res.status === 201) expect(after - before).toBe((body as { items: unknown[] }).items.length)
          else {
            expect(res.body.message).toEqual(expect.any(String))
            expect(after).toBe(before)
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('answers every other write below 500, with a French message when it refuses', async () => {
    const id = person.domiciliationId
    const routes: [string, string][] = [
      ['POST', `/api/domiciliations/${id}/mail/handover`],
      ['POST', `/api/domiciliations/${id}/mail/return`],
      ['POST', `/api/domiciliations/${id}/proxies`],
      ['POST', `/api/domiciliations/${id}/contacts`],
      ['PUT', `/api/domiciliations/${id}/forwarding`],
      ['PUT', '/api/domiciliation/mail-settings'],
      ['POST', `/api/public/organisations/${t.tenantA.organisationId}/domiciliation/portal/session`],
    ]
    const body = fc.dictionary(
      fc.constantFrom(
        'itemIds',
        'proxyId',
        'reason',
        'firstName',
        'lastName',
        'validFrom',
        'validUntil',
        'kind',
        'note',
        'occurredAt',
        'forwardAddress',
        'forwardFrom',
        'forwardUntil',
        'noticeTime',
        'portalEnabled',
        'fileNumber',
        'code',
      ),
      fc.oneof(anyValue, fc.array(anyValue, { maxLength: 3 })),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, url], payload) => {
        const res = await agent.request(method, url, payload)
        expect(res.status, `${method} ${url} ${JSON.stringify(payload)}`).toBeLessThan(500)
        if (res.status >= 400) expect(res.body.message).toEqual(expect.any(String))
      }),
      { numRuns: 80 },
    )
  })
})
