/**
 * Public routes that work inside an employer's tenant found from the request itself (an offer's
 * slug, a follow-up link) rather than named in the path. One transaction as the application role:
 * it starts with no organisation, finds the tenant (published offers are public; the link goes
 * through `job_application_follow_organisation`), then narrows itself to that tenant, so everything
 * after runs under its row-level security. The audit log names the public, or the signed-in
 * candidate.
 */
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { notFound } from '../../../shared/errors'
import type { RouteContract } from '../../../shared/contract'
import { rows, type Database, type Db } from '../../db/client'
import type { RequestContext } from '../../http/context'
import { identityRoute, type RouteInput } from '../../http/register'
import { auditRecorder } from '../../platform/audit'
import { sha256 } from '../../platform/secrets'

/** Which tenant a request works in: found by a query the public may run, or not found. */
export type TenantFinder<C> = (tx: Db, input: RouteInput<C>) => Promise<string | undefined>

export function foundTenantRoute<C extends RouteContract>(
  app: FastifyInstance,
  db: Database,
  contract: C,
  options: { find: TenantFinder<C>; notFoundMessage: string; actorLabel: string },
  handler: (input: RouteInput<C>, ctx: RequestContext & { organisationId: string }) => Promise<unknown>,
) {
  // Declared like an identity route (access checked before the body, schemas, limits); the transaction is ours.
  identityRoute(app, contract, async (input, _ctx, http) => {
    const actor = http.request.actor
    const accountId = actor?.stage === 'active' ? actor.accountId : null
    const auditActor = {
      accountId,
      label: accountId ? actor!.displayName : options.actorLabel,
      organisationId: null as string | null,
    }
    const audit = auditRecorder(auditActor, http.request.id)
    return (await db.transaction(
      { organisationId: null, accountId, platformAdmin: false },
      async (tx) => {
        const organisationId = await options.find(tx, input)
        if (!organisationId) throw notFound(options.notFoundMessage)
        await tx.execute(sql`select set_config('app.organisation_id', ${organisationId}, true)`)
        auditActor.organisationId = organisationId
        return handler(input, { tx, actor, requestId: http.request.id, audit: audit.write, organisationId })
      },
      audit.statement,
    )) as never
  })
}

/** The tenant of a published (or filled, expired) offer. */
export const offerTenant = async (tx: Db, slug: string) =>
  (
    await rows<{ organisation_id: string }>(
      tx,
      sql`select organisation_id from job_offers where slug = ${slug}`,
    )
  )[0]?.organisation_id

/** The tenant of the application a follow-up link opens. */
export const followTenant = async (tx: Db, token: string) =>
  (
    await rows<{ organisation_id: string | null }>(
      tx,
      sql`select job_application_follow_organisation(${sha256(token)}) as organisation_id`,
    )
  )[0]?.organisation_id ?? undefined
