import type { FastifyInstance } from 'fastify'
import { auditContract } from '../../../shared/modules/audit/audit.contract'
import type { Database } from '../../db/client'
import { tenantRoute } from '../../http/register'
import { AUDIT_PAGE_SIZE, auditRepository } from './audit.repository'

export function registerAuditRoutes(app: FastifyInstance, db: Database) {
  tenantRoute(app, db, auditContract.search, async ({ query }, { tx }) => {
    const { page, ...filters } = query
    const { entries, total } = await auditRepository(tx).search(filters, page)
    return {
      total,
      pageSize: AUDIT_PAGE_SIZE,
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorLabel: e.actorLabel,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        requestId: e.requestId,
        diff: e.diff ?? null,
      })),
    }
  })
}
