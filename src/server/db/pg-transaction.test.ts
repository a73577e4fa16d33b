import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from './client'
import { inlined } from './pg-transaction'
import { databaseKinds, testDatabase, type TestDatabase } from '../test/test-db'

describe.each(databaseKinds)('inlined statements (%s)', (kind) => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await testDatabase(kind)
  })
  afterAll(async () => t?.drop())

  it('reads back any text, number, boolean, date and null exactly as given', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => !s.includes('\u0000'))
    await fc.assert(
      fc.asyncProperty(text, fc.integer(), fc.boolean(), fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }), async (s, n, b, d) => {
        const statement = inlined(sql`select ${s}::text as s, ${n}::int as n, ${b}::boolean as b, ${d}::timestamptz as d, ${null}::text as z`)
        const [row] = await rows<{ s: string; n: number; b: boolean; d: string | Date; z: null }>(t.db.owner, sql.raw(statement))
        expect(row!.s).toBe(s)
        expect(Number(row!.n)).toBe(n)
        expect(row!.b).toBe(b)
        expect(new Date(row!.d).toISOString()).toBe(d.toISOString())
        expect(row!.z).toBeNull()
      }),
      { numRuns: 150 },
    )
  })

  it('refuses values it cannot write as a literal', () => {
    expect(() => inlined(sql`select ${{ a: 1 }}`)).toThrow(/inlinable/)
    expect(() => inlined(sql`select ${Number.NaN}`)).toThrow(/inlinable/)
  })
})
