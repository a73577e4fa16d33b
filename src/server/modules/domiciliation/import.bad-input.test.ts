import { count, eq } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parisDate } from '../../../shared/dates'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { domiciliations } from './domiciliation.table'
import { domifaHeaders, domifaLine, workbook, type CellValue } from './import.fixtures'

const now = new Date('2026-03-16T10:00:00Z')
const octets = { headers: { 'content-type': 'application/octet-stream' } }

describe.each(databaseKinds)('any file posted to the import (%s)', (kind) => {
  let t: TestApp
  let admin: TestClient
  let valid: Buffer

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: () => now })
    admin = await t.signIn(t.tenantA.accounts.administrateur)
    valid = await workbook(
      domifaHeaders,
      Array.from({ length: 3 }, (_, i) => domifaLine(i + 2, parisDate(now))),
    )
  })
  afterAll(async () => t?.close())

  const files = async () =>
    Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(domiciliations)
          .where(eq(domiciliations.organisationId, t.tenantA.organisationId))
      )[0]!.n,
    )

  it('gets a report or a 4xx with a French message, never a 5xx, and nothing half stored', async () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('31/02/2020', 'VALIDE', 'REFUS', 'RADIE', 'PREMIERE', 'OUI', '0612345678', '', '1'),
      fc.integer(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((a) => Promise.resolve(Buffer.from(a))),
          fc
            .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 8,
            })
            .map((flips) => {
              const copy = Buffer.from(valid)
              for (const [at, byte] of flips) copy[at] = byte
              return Promise.resolve(copy)
            }),
          fc
            .array(fc.array(cell, { maxLength: 40 }), { minLength: 1, maxLength: 4 })
            .map((rows) => workbook(domifaHeaders, rows)),
        ),
        fc.constantFrom('preview', 'commit'),
        async (bytes, step) => {
          const before = await files()
          const res = await admin.request('POST', `/api/domiciliations-import/${step}`, await bytes, octets)
          expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeLessThan(500)
          if (res.status >= 400) {
            expect(typeof res.body.message).toBe('string')
            expect(await files()).toBe(before)
          } else expect(Array.isArray(res.body.badLines)).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)
})
