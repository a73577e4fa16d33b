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

  const text = fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => !s.includes('\u0000'))
  const date = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })

  it('reads back any text, number, boolean, date and null exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.integer(), fc.boolean(), date, async (s, n, b, d) => {
        const statement = inlined(
          sql`select ${s}::text as s, ${n}::int as n, ${b}::boolean as b, ${d}::timestamptz as d, ${null}::text as z`,
        )
        const [row] = await rows<{ s: string; n: number; b: boolean; d: string | Date; z: null }>(
          t.db.owner,
          sql.raw(statement),
        )
        expect(row!.s).toBe(s)
        expect(Number(row!.n)).toBe(n)
        expect(row!.b).toBe(b)
        expect(new Date(row!.d).toISOString()).toBe(d.toISOString())
        expect(row!.z).toBeNull()
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same answer as the parameterised statement, untyped values and arrays included', async () => {
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    )
    await fc.assert(
      fc.asyncProperty(value, text, fc.array(text, { maxLength: 4 }), async (v, s, list) => {
        // An array bound as one parameter, as drizzle binds a text[] column's value.
        const array = sql.param(list)
        const statement = sql`select ${v} as v, length(${s}) as l, ${array}::text[] as a, ${s} = any(${array}::text[]) as member`
        const [direct] = await rows(t.db.owner, statement)
        const [batched] = await rows(t.db.owner, sql.raw(inlined(statement)))
        expect(batched).toEqual(direct)
      }),
      { numRuns: 150 },
    )
  })

  it('refuses values it cannot write as a literal', () => {
    expect(() => inlined(sql`select ${Buffer.from('abc')}`)).toThrow(/inlinable/)
    expect(() => inlined(sql`select ${Number.NaN}`)).toThrow(/inlinable/)
  })
})
