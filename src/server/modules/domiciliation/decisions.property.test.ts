import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parisDate } from '../../../shared/dates'
import { replayChain } from '../../../shared/modules/domiciliation/decision-chain'
import {
  communeLinks,
  decisionKinds,
  orientations,
  radiationMotives,
  refusalMotives,
  type DecisionKind,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { rows } from '../../db/client'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'

type Step = { op: 'grant' | 'refuse' | 'radiate' | 'cancel'; after: number }

interface DecisionView {
  id: string
  requestId: string | null
  kind: DecisionKind
  decidedOn: string
  validFrom: string | null
  validUntil: string | null
  cancelled: object | null
}

describe('the decision chain through the API (property)', () => {
  let now = new Date('2026-01-05T10:00:00+01:00')
  let t: TestApp
  let agent: TestClient
  let direction: TestClient
  let people = 0

  beforeAll(async () => {
    t = await createTestApp('pglite', { clock: () => now })
    agent = await t.signIn(t.tenantA.accounts.agent_domiciliation)
    direction = await t.signIn(t.tenantA.accounts.direction)
  })
  afterAll(async () => t?.close())

  const stored = async (fileId: string) =>
    (
      await rows<{
        status: string
        valid_from: string | null
        valid_until: string | null
        first: string | null
      }>(
        t.database.db.owner,
        sql`select status, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_until, 'YYYY-MM-DD') as valid_until,
                   to_char(first_domiciliation_on, 'YYYY-MM-DD') as first
            from domiciliations where id = ${fileId}`,
      )
    )[0]!

  it(
    'stores after any sequence of decisions and cancellations what replaying the chain gives',
    { timeout: 240_000 },
    async () => {
      const steps = fc.array(
        fc.record({
          op: fc.constantFrom<Step['op']>('grant', 'refuse', 'radiate', 'cancel'),
          after: fc.integer({ min: 0, max: 240 }),
        }),
        { minLength: 1, maxLength: 6 },
      )
      await fc.assert(
        fc.asyncProperty(steps, async (sequence) => {
          now = new Date('2026-01-05T10:00:00+01:00')
          const usagerId = (
            await agent.post('/api/usagers', {
              firstName: 'Chaîne',
              lastName: `Essai ${++people}`,
              confirmNotDuplicate: true,
            })
          ).body.id
          const fileId = (await agent.post('/api/domiciliations', { usagerId })).body.id
          for (const step of sequence) {
            now = new Date(now.getTime() + step.after * 86_400_000)
            const today = parisDate(now)
            const file = (await agent.get(`/api/domiciliations/${fileId}`)).body
            if (step.op === 'grant' || step.op === 'refuse') {
              const renewal =
                file.validUntil !== null &&
                ['valide', 'expiree'].includes(file.status) &&
                file.validUntil >= today
              const filed = await agent.post(`/api/domiciliations/${fileId}/requests`, {
                kind: renewal ? 'RENOUVELLEMENT' : 'PREMIERE',
              })
              // A request still pending from a cancelled decision is decided instead.
              const requestId = filed.status === 201 ? filed.body.pendingRequest.id : file.pendingRequest?.id
              expect(requestId, JSON.stringify(filed.body)).toBeDefined()
              await agent.request('PUT', `/api/domiciliation-requests/${requestId}/interview`, {
                linkWithCommune: 'SOCIAL',
              })
              const body =
                step.op === 'grant'
                  ? { decision: 'accepte' }
                  : {
                      decision: 'refuse',
                      motive: 'AUTRE',
                      motiveDetail: 'Essai',
                      orientation: 'CCAS',
                      orientationDetail: 'CCAS voisin',
                    }
              const decided = await direction.post(`/api/domiciliation-requests/${requestId}/decision`, body)
              expect(decided.status, JSON.stringify(decided.body)).toBe(201)
            } else if (step.op === 'radiate') {
              const res = await direction.post(`/api/domiciliations/${fileId}/radiation`, {
                motive: 'A_SA_DEMANDE',
              })
              const radiable = ['valide', 'expiree'].includes(file.status)
              expect(res.status, JSON.stringify(res.body)).toBe(radiable ? 201 : 409)
            } else {
              const last = (file.decisions as DecisionView[]).find((d) => d.cancelled === null)
              if (!last) continue
              const res = await direction.post(`/api/domiciliation-decisions/${last.id}/cancellation`, {
                cancelReason: 'Essai',
              })
              // Undoing a decision that answered a request while another request waits would leave two waiting.
              const blocked = last.requestId !== null && file.pendingRequest !== null
              expect(res.status, JSON.stringify(res.body)).toBe(blocked ? 409 : 200)
            }
            const decisions = (await agent.get(`/api/domiciliations/${fileId}`)).body
              .decisions as DecisionView[]
            const replayed = replayChain(
              decisions.map((d) => ({ ...d, sequence: d.id, cancelled: d.cancelled !== null })),
            )
            expect(await stored(fileId)).toEqual({
              status: replayed.status,
              valid_from: replayed.validFrom,
              valid_until: replayed.validUntil,
              first: replayed.firstDomiciliationOn,
            })
          }
        }),
        { numRuns: 10 },
      )
    },
  )

  it('answers any JSON sent to the decision routes below 500, and stores nothing when it refuses', async () => {
    const usagerId = (
      await agent.post('/api/usagers', {
        firstName: 'Corps',
        lastName: 'Quelconque',
        confirmNotDuplicate: true,
      })
    ).body.id
    const fileId = (await agent.post('/api/domiciliations', { usagerId })).body.id
    const requestId = (await agent.post(`/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })).body
      .pendingRequest.id
    const count = async () =>
      (
        await rows<{ n: string }>(
          t.database.db.owner,
          sql`select (select count(*) from domiciliation_decisions)::text || '/' || (select count(*) from domiciliation_requests)::text
                     || '/' || (select count(*) from domiciliations)::text as n`,
        )
      )[0]!.n
    const routes: [TestClient, 'POST' | 'PUT', string][] = [
      [agent, 'POST', '/api/domiciliations'],
      [agent, 'POST', `/api/domiciliations/${fileId}/requests`],
      [agent, 'POST', `/api/domiciliation-requests/${requestId}/acknowledgement`],
      [agent, 'PUT', `/api/domiciliation-requests/${requestId}/interview`],
      [direction, 'POST', `/api/domiciliation-requests/${requestId}/decision`],
      [direction, 'POST', `/api/domiciliations/${fileId}/radiation`],
      [direction, 'POST', '/api/domiciliations/radiations'],
      [direction, 'PUT', '/api/domiciliation-settings'],
    ]
    const near = fc.oneof(
      fc.record(
        {
          decision: fc.oneof(fc.constantFrom('accepte', 'refuse'), fc.string({ maxLength: 6 })),
          motive: fc.constantFrom(...refusalMotives, ...radiationMotives, 'INCONNU', ''),
          orientation: fc.oneof(fc.constantFrom(...orientations), fc.integer()),
          orientationDetail: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('\u0000')),
          decidedOn: fc.oneof(
            fc.constantFrom('2026-02-30', '2099-01-01', '1999-12-31', '2026-01-05', ''),
            fc.string(),
          ),
          kind: fc.constantFrom('PREMIERE', 'RENOUVELLEMENT', 'premiere', ...decisionKinds),
          filedOn: fc.constantFrom('2026-13-01', '2026-01-05', '2030-01-01', 'hier'),
          linkWithCommune: fc.constantFrom(...communeLinks, 'LUNE'),
          domiciliationIds: fc.oneof(fc.array(fc.uuid(), { maxLength: 3 }), fc.constant([fileId, fileId])),
          usagerId: fc.oneof(fc.uuid(), fc.constant(usagerId)),
          postalCode: fc.constantFrom('25000', '2500', 'ABCDE'),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    )
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: routes.length - 1 }), near, async (route, body) => {
        const [client, method, url] = routes[route]!
        const before = await count()
        const res = await client.request(method, url, body)
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(500)
        if (res.status >= 400) {
          expect(res.body.message).toEqual(expect.any(String))
          expect(await count()).toBe(before)
        }
      }),
      { numRuns: 120 },
    )
  })
})
