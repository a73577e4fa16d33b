import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client'
import { auditLog } from '../platform/audit'
import { accounts } from '../modules/auth'
import { organisations } from '../modules/organisations'
import { testDatabase, type TestDatabase } from '../test/test-db'
import { seedSynthetic } from './synthetic'

describe('synthetic data for benchmarks', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await testDatabase('pglite')
  })
  afterAll(async () => t?.drop())

  it('adds N realistic organisations with French names, homonyms included', async () => {
    const done: number[] = []
    const counts = await seedSynthetic(t.db, 2, (n) => done.push(n), { usagersPerScale: 600 })
    expect(done).toEqual([1, 2])
    expect(counts).toEqual({ organisations: 2, accounts: 120, auditEntries: 4000, usagers: 2400 })
    const orgs = await t.db.owner.select().from(organisations)
    expect(orgs).toHaveLength(2)
    const names = (await t.db.owner.select({ name: accounts.displayName }).from(accounts)).map((a) => a.name)
    expect(names.some((n) => /[éèëïôüçÉ]/.test(n))).toBe(true)
    expect(new Set(names).size).toBeLessThan(names.length)
    const [entries] = await t.db.owner
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.organisationId, orgs[0]!.id))
    expect(Number(entries!.n)).toBe(2000)
    const [people] = await rows<{ n: number; blank: number; sds: number; homonyms: number }>(
      t.db.owner,
      sql`select count(*)::int as n, count(*) filter (where search_text = '')::int as blank,
            count(*) filter (where no_stable_address)::int as sds,
            (count(*) - count(distinct search_text))::int as homonyms
          from usagers where organisation_id = ${orgs[0]!.id}`,
    )
    expect(Number(people!.n)).toBe(1200)
    expect(Number(people!.blank)).toBe(0)
    expect(Number(people!.sds)).toBeGreaterThan(0)
    expect(Number(people!.homonyms)).toBeGreaterThan(0)
    const [accented] = await rows<{ n: number }>(
      t.db.owner,
      sql`select count(*)::int as n from usagers where last_name ~ '[éèëïôüçÉ]'`,
    )
    expect(Number(accented!.n)).toBeGreaterThan(0)
  })
})
