import { DomainError } from '../../../shared/errors'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'

export type Clock = () => Date

/** What the report, export and import services need: the tenant transaction, who acts, the audit writer. */
export interface ReportsCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

/** The acting member's organisation, account and organisation name. */
export function memberOf(ctx: ReportsCtx) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  const organisationName =
    actor.memberships.find((m) => m.organisationId === actor.organisationId)?.organisationName ?? ''
  return { organisationId: actor.organisationId, accountId: actor.accountId, organisationName }
}
