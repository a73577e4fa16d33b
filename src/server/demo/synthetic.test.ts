import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../db/client'
import { auditLog } from '../platform/audit'
import { accounts } from '../modules/auth'
import { organisations } from '../modules/organisations'
import { testDatabase, type TestDatabase } from '../test/test-db'
import { seededRandom } from './names'
import { seedSynthetic } from './synthetic'
import { syntheticRequests } from './synthetic-requests'

describe('synthetic data for benchmarks', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await testDatabase('pglite')
  })
  afterAll(async () => t?.drop())

  it('adds organisations with N times the yearly volume each, French names and homonyms included', async () => {
    const done: string[] = []
    const counts = await seedSynthetic(t.db, 2, (n, total) => done.push(`${n}/${total}`), {
      organisations: 2,
      usagersPerScale: 600,
      requestsPerScale: 1500,
    })
    expect(done).toEqual(['1/4', '2/4', '3/4', '4/4'])
    expect(counts).toEqual({
      organisations: 2,
      accounts: 120,
      auditEntries: 8000,
      usagers: 2400,
      requests: 6000,
    })
    const orgs = await t.db.owner.select().from(organisations)
    expect(orgs).toHaveLength(2)
    const names = (await t.db.owner.select({ name: accounts.displayName }).from(accounts)).map((a) => a.name)
    expect(names.some((n) => /[éèëïôüçÉ]/.test(n))).toBe(true)
    expect(new Set(names).size).toBeLessThan(names.length)
    const [entries] = await t.db.owner
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.organisationId, orgs[0]!.id))
    expect(Number(entries!.n)).toBe(4000)
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

describe('synthetic requests for the queue benchmark', () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await testDatabase('pglite')
  })
  afterAll(async () => t?.drop())

  it('spreads requests over two years, mostly closed with an answer, references in order of reception', async () => {
    await seedSynthetic(t.db, 1, () => undefined, { usagersPerScale: 200, requestsPerScale: 4100 })
    const [stats] = await rows<Record<string, number | string>>(
      t.db.owner,
      sql`select count(*)::int as n,
            count(*) filter (where state = 'close')::int as closed,
            count(*) filter (where state in ('nouvelle', 'en_cours', 'en_attente_usager'))::int as open,
            count(*) filter (where first_answered_at is not null)::int as answered,
            count(*) filter (where usager_id is not null)::int as linked,
            count(distinct channel)::int as channels,
            (max(received_at) - min(received_at) > interval '600 days') as spread,
            count(*) filter (where extract(isodow from due_on) > 5)::int as weekend_due
          from requests`,
    )
    expect(Number(stats!.n)).toBe(4100)
    expect(Number(stats!.closed) / 4100).toBeGreaterThan(0.8)
    expect(Number(stats!.open)).toBeGreaterThan(0)
    expect(Number(stats!.linked)).toBeGreaterThan(0)
    expect(Number(stats!.channels)).toBe(6)
    expect(stats!.spread).toBe(true)
    expect(Number(stats!.weekend_due)).toBe(0)
    const [answers] = await rows<{ n: number }>(
      t.db.owner,
      sql`select count(*)::int as n from request_answers`,
    )
    expect(Number(answers!.n)).toBe(Number(stats!.answered))
    const ordered = await rows<{ bad: number }>(
      t.db.owner,
      sql`select count(*)::int as bad from (
            select reference, lag(received_at) over (partition by left(reference, 4) order by reference) as previous, received_at from requests
          ) r where previous > received_at`,
    )
    expect(Number(ordered[0]!.bad)).toBe(0)
    const counters = await rows<{ year: number; last: number }>(
      t.db.owner,
      sql`select year, last from request_counters order by year`,
    )
    const perYear = await rows<{ year: number; n: number }>(
      t.db.owner,
      sql`select left(reference, 4)::int as year, count(*)::int as n from requests group by 1 order by 1`,
    )
    expect(counters.map((c) => [Number(c.year), Number(c.last)])).toEqual(
      perYear.map((p) => [Number(p.year), Number(p.n)]),
    )
  })

  it("goes on from the organisation's numbering when requests are added again", async () => {
    const [org] = await rows<{ id: string }>(t.db.owner, sql`select id from organisations limit 1`)
    const before = await rows<{ n: number }>(t.db.owner, sql`select count(*)::int as n from requests`)
    await t.db.owner.transaction((tx) =>
      syntheticRequests(tx, {
        organisationId: org!.id,
        count: 300,
        random: seededRandom(5),
        accountIds: [],
        serviceIds: [],
      }),
    )
    const [after] = await rows<{ n: number; distinct: number; last: number }>(
      t.db.owner,
      sql`select count(*)::int as n, count(distinct reference)::int as distinct,
            (select sum(last)::int from request_counters) as last from requests`,
    )
    expect(Number(after!.n)).toBe(Number(before[0]!.n) + 300)
    expect(Number(after!.distinct)).toBe(Number(after!.n))
    expect(Number(after!.last)).toBe(Number(after!.n))
  })
})
