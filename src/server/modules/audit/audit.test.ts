import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, parisDate } from '../../../shared/dates'
import { auditLog } from '../../platform/audit'
import { organisations } from '../organisations'
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { purgeAuditLog } from './audit.retention'

describe.each(databaseKinds)('audit log search and retention (%s)', (kind) => {
  let t: TestApp
  let adminA: TestClient
  beforeAll(async () => {
    t = await createTestApp(kind)
    adminA = await t.signIn(t.tenantA.accounts.administrateur)
    await adminA.post('/api/services', { name: 'Pôle Hélène Boucher' })
  })
  afterAll(async () => t?.close())

  it('finds an entry by a word of its change, whatever the accents and case', async () => {
    const found = await adminA.get('/api/audit?q=HELENE')
    expect(found.status).toBe(200)
    expect(found.body.entries.some((e: { entityType: string; action: string }) => e.entityType === 'service' && e.action === 'create')).toBe(true)
    const adminB = await t.signIn(t.tenantB.accounts.administrateur)
    expect((await adminB.get('/api/audit?q=helene')).body.total).toBe(0)
  })

  it('filters by action, entity type and Paris dates', async () => {
    const today = parisDate(new Date())
    const creates = await adminA.get('/api/audit?action=create&entityType=service')
    expect(creates.body.total).toBeGreaterThan(0)
    expect(creates.body.entries.every((e: { action: string; entityType: string }) => e.action === 'create' && e.entityType === 'service')).toBe(true)
    expect((await adminA.get(`/api/audit?from=${today}&to=${today}`)).body.total).toBeGreaterThan(0)
    expect((await adminA.get(`/api/audit?from=${addDays(today, 1)}`)).body.total).toBe(0)
    expect((await adminA.get(`/api/audit?to=${addDays(today, -1)}`)).body.total).toBe(0)
  })

  it('pages by fifty, newest first', async () => {
    await t.database.db.owner.insert(auditLog).values(
      Array.from({ length: 60 }, (_, i) => ({
        organisationId: t.tenantA.organisationId,
        action: 'read',
        entityType: 'pagination',
        entityId: String(i),
        at: new Date(Date.now() - (60 - i) * 1000),
      })),
    )
    const first = await adminA.get('/api/audit?entityType=pagination')
    const second = await adminA.get('/api/audit?entityType=pagination&page=2')
    expect(first.body).toMatchObject({ total: 60, pageSize: 50 })
    expect(first.body.entries).toHaveLength(50)
    expect(first.body.entries[0].entityId).toBe('59')
    expect(second.body.entries).toHaveLength(10)
  })

  it('purges entries past each organisation’s retention, and keeps the rest', async () => {
    await t.database.db.owner.update(organisations).set({ auditRetentionMonths: 6 }).where(eq(organisations.id, t.tenantA.organisationId))
    const months = (n: number) => new Date(Date.now() - n * 31 * 86_400_000)
    await t.database.db.owner.insert(auditLog).values([
      { organisationId: t.tenantA.organisationId, action: 'read', entityType: 'retention', entityId: 'A-7-months', at: months(7) },
      { organisationId: t.tenantA.organisationId, action: 'read', entityType: 'retention', entityId: 'A-5-months', at: months(5) },
      { organisationId: t.tenantB.organisationId, action: 'read', entityType: 'retention', entityId: 'B-7-months', at: months(7) },
      { organisationId: t.tenantB.organisationId, action: 'read', entityType: 'retention', entityId: 'B-13-months', at: months(13) },
      { organisationId: null, action: 'login_failed', entityType: 'retention', entityId: 'platform-13-months', at: months(13) },
    ])
    expect(await purgeAuditLog(t.database.db)).toBe(3)
    const left = await t.database.db.owner.select({ id: auditLog.entityId }).from(auditLog).where(eq(auditLog.entityType, 'retention'))
    expect(left.map((r) => r.id).sort()).toEqual(['A-5-months', 'B-7-months'])
  })
})
