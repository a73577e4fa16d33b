/**
 * Like `foundTenantRoute` (applications), for the candidate's downloads: one transaction as the
 * application role that finds the host's tenant from the request itself, narrows itself to it, and
 * lets the handler set the answer's headers (a PDF). The audit log names the signed-in candidate.
 */
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { notFound } from '../../../../shared/errors'
import type { RouteContract } from '../../../../shared/contract'
import type { Database } from '../../../db/client'
import type { HttpContext, RequestContext } from '../../../http/context'
import { identityRoute, type RouteInput } from '../../../http/register'
import { auditRecorder } from '../../../platform/audit'
import type { TenantFinder } from '../application-public-routes'

export function hostTenantRoute<C extends RouteContract>(
  app: FastifyInstance,
  db: Database,
  contract: C,
  options: { find: TenantFinder<C>; notFoundMessage: string },
  handler: (
    input: RouteInput<C>,
    ctx: RequestContext & { organisationId: string },
    http: HttpContext,
  ) => Promise<unknown>,
) {
  identityRoute(app, contract, async (input, _ctx, http) => {
    const actor = http.request.actor
    const accountId = actor?.stage === 'active' ? actor.accountId : null
    const auditActor = { accountId, label: actor?.displayName ?? null, organisationId: null as string | null }
    const audit = auditRecorder(auditActor, http.request.id)
    return (await db.transaction(
      { organisationId: null, accountId, platformAdmin: false },
      async (tx) => {
        const organisationId = await options.find(tx, input)
        if (!organisationId) throw notFound(options.notFoundMessage)
        await tx.execute(sql`select set_config('app.organisation_id', ${organisationId}, true)`)
        auditActor.organisationId = organisationId
        return handler(
          input,
          { tx, actor, requestId: http.request.id, audit: audit.write, organisationId },
          http,
        )
      },
      audit.statement,
    )) as never
  })
}
