import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
    const counts = await seedSynthetic(t.db, 2, (n) => done.push(n))
    expect(done).toEqual([1, 2])
    expect(counts).toEqual({ organisations: 2, accounts: 120, auditEntries: 4000 })
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
  })
})
