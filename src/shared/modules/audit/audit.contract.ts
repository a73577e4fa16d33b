import { z } from 'zod'
import { defineRoute } from '../../contract'

export const auditEntryView = z.object({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  actorLabel: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  diff: z.unknown().nullable(),
})
export type AuditEntryView = z.output<typeof auditEntryView>

export const auditActions = ['read', 'create', 'update', 'delete', 'login', 'logout', 'login_failed', 'export'] as const

export const auditContract = {
  search: defineRoute({
    method: 'GET',
    path: '/api/audit',
    summary: "Rechercher dans le journal d'audit",
    access: { kind: 'member', roles: ['administrateur'] },
    query: z.strictObject({
      q: z.string().trim().max(200).optional(),
      action: z.enum(auditActions).optional(),
      entityType: z.string().max(60).optional(),
      from: z.iso.date({ message: 'Date au format AAAA-MM-JJ.' }).optional(),
      to: z.iso.date({ message: 'Date au format AAAA-MM-JJ.' }).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
    }),
    response: z.object({ entries: z.array(auditEntryView), total: z.number().int(), pageSize: z.number().int() }),
  }),
}
