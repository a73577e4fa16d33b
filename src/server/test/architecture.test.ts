import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contracts } from '../../shared/modules'
import { rows } from '../db/client'
import { contractsOf } from '../http/register'
import { createTestApp, type TestApp } from './test-app'

describe('architecture', () => {
  let t: TestApp
  const routes: string[] = []
  beforeAll(async () => {
    t = await createTestApp('pglite')
  })
  afterAll(async () => t?.close())

  it('serves no route without a contract and an access rule, and registers every contract', () => {
    const registered = contractsOf(t.app)
    for (const c of registered) {
      expect(c.access, c.path).toBeDefined()
      expect(['public', 'signingIn', 'signedIn', 'platformAdmin', 'member']).toContain(c.access.kind)
    }
    const declared = Object.values(contracts).flatMap((m) => Object.values(m))
    const keys = new Set(registered.map((c) => `${c.method} ${c.path}`))
    for (const c of declared)
      expect(keys, `${c.method} ${c.path} is not served`).toContain(`${c.method} ${c.path}`)
    // Every route Fastify knows under /api or /dev comes from a contract (HEAD is Fastify's twin of GET).
    const table = t.app.printRoutes({ commonPrefix: false })
    for (const line of table.split('\n')) {
      const m = /(\/(?:api|dev)\S*) \(([A-Z, ]+)\)/.exec(line.replace(/[│├└─ ]+(?=\/)/, ''))
      if (!m) continue
      for (const method of m[2]!.split(', ').filter((x) => x !== 'HEAD')) routes.push(`${method} ${m[1]}`)
    }
    expect(routes.length).toBeGreaterThan(20)
    for (const r of routes) expect(keys, `${r} has no contract`).toContain(r)
  })

  it('enables row-level security on every table that carries organisation_id', async () => {
    const unprotected = await rows<{ relname: string }>(
      t.database.db.owner,
      sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity
            and exists (select 1 from information_schema.columns col
                        where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'organisation_id')`,
    )
    expect(unprotected).toEqual([])
  })

  it('uses UUID v7 keys and timestamps with time zone', async () => {
    const naive = await rows<{ table_name: string; column_name: string }>(
      t.database.db.owner,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and data_type = 'timestamp without time zone'`,
    )
    expect(naive).toEqual([])
    const [org] =
      (await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode === 200
        ? [t.tenantA.organisationId]
        : []
    expect(org).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)
  })

  it('tells how long the server took on an API answer (Server-Timing)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d+\.\d$/)
    const page = await t.app.inject({ method: 'GET', url: '/metiers' })
    expect(page.headers['server-timing']).toBeUndefined()
  })

  it('publishes an OpenAPI 3.1 document of the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    const doc = res.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/members/{id}', '/api/auth/login', '/api/health']),
    )
  })
})
