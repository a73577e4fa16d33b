import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { DomainError } from '../../shared/errors'
import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteContract } from '../../shared/contract'
import { decideAccess, type AccessDecision } from '../../shared/modules/organisations/organisations.policy'
import { sql } from 'drizzle-orm'
import { rows, type Database } from '../db/client'
import { auditRecorder } from '../platform/audit'
import type { Actor, HttpContext, RequestContext } from './context'

export interface RouteInput<C> {
  params: ParamsOf<C>
  query: QueryOf<C>
  body: BodyOf<C>
}

/** A tenant route: runs in one transaction as the application role, scoped to the actor's organisation. */
export type TenantHandler<C> = (input: RouteInput<C>, ctx: RequestContext, http: HttpContext) => Promise<ResponseOf<C>>
/** An identity route (sign-in, sessions): works through the identity store, outside any tenant transaction. */
export type IdentityHandler<C> = (
  input: RouteInput<C>,
  ctx: { actor: Actor | null; requestId: string },
  http: HttpContext,
) => Promise<ResponseOf<C> | undefined>

const refusal: Record<Exclude<AccessDecision, 'allowed'>, () => DomainError> = {
  unauthenticated: () => new DomainError('unauthenticated', 'Connectez-vous pour continuer.'),
  mfa_required: () => new DomainError('mfa_required', 'Terminez la connexion avec votre code à usage unique.'),
  forbidden: () => new DomainError('forbidden', "Vous n'avez pas le droit de faire cette action."),
}

export function assertAccess(contract: RouteContract, actor: Actor | null) {
  const decision = decideAccess(contract.access, actor)
  if (decision !== 'allowed') throw refusal[decision]()
}

/** Every registered contract, for the OpenAPI document and the architecture tests. */
const registeredContracts = new WeakMap<FastifyInstance, RouteContract[]>()
const rateLimitFactors = new WeakMap<FastifyInstance, number>()

/** Tests that sign in many times raise every per-minute limit of an app by this factor. */
export const setRateLimitFactor = (app: FastifyInstance, factor: number) => rateLimitFactors.set(app, factor)
export const contractsOf = (app: FastifyInstance) => registeredContracts.get(app) ?? []

function declare(app: FastifyInstance, contract: RouteContract, handler: (input: RouteInput<RouteContract>, http: HttpContext) => Promise<unknown>) {
  const list = registeredContracts.get(app) ?? []
  list.push(contract)
  registeredContracts.set(app, list)
  const status = contract.status ?? 200
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    schema: {
      summary: contract.summary,
      tags: [contract.path.split('/')[2] ?? 'api'],
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      ...(contract.raw ? {} : { response: { [status]: contract.response } }),
    },
    ...(contract.maxBodyBytes ? { bodyLimit: contract.maxBodyBytes } : {}),
    config: contract.rateLimitPerMinute
      ? { rateLimit: { max: contract.rateLimitPerMinute * (rateLimitFactors.get(app) ?? 1), timeWindow: '1 minute' } }
      : {},
    // Access is decided before the body is even parsed: an outsider learns nothing from validation.
    onRequest: async (request) => assertAccess(contract, request.actor),
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteInput<RouteContract>
      const result = await handler(input, { request, reply })
      if (reply.sent || result === reply) return reply
      // A raw tenant route returns its bytes: they leave only once the transaction (and its audit) committed.
      if (contract.raw) return result === undefined ? reply : reply.send(result)
      return reply.status(status).send(result)
    },
  })
}

export function tenantRoute<C extends RouteContract>(app: FastifyInstance, db: Database, contract: C, handler: TenantHandler<C>) {
  declare(app, contract, async (input, http) => {
    const actor = http.request.actor
    const settings = {
      organisationId: actor?.stage === 'active' ? actor.organisationId : null,
      accountId: actor?.accountId ?? null,
      platformAdmin: actor?.stage === 'active' && actor.platformAdmin,
    }
    const audit = auditRecorder(
      { accountId: actor?.accountId ?? null, label: actor?.displayName ?? null, organisationId: settings.organisationId },
      http.request.id,
    )
    return db.transaction(
      settings,
      (tx) => handler(input as RouteInput<C>, { tx, actor, requestId: http.request.id, audit: audit.write }, http),
      audit.statement,
    )
  })
}

/**
 * A public route that works inside one organisation named in its path (contact form, mail
 * relay): the same tenant transaction as the application role, with no account, after
 * checking the organisation exists. The audit log names the public as the actor.
 */
export function organisationPublicRoute<C extends RouteContract>(
  app: FastifyInstance,
  db: Database,
  contract: C,
  options: { organisationId: (input: RouteInput<C>) => string; actorLabel: string },
  handler: TenantHandler<C>,
) {
  declare(app, contract, async (input, http) => {
    const organisationId = options.organisationId(input)
    const audit = auditRecorder({ accountId: null, label: options.actorLabel, organisationId }, http.request.id)
    return db.transaction(
      { organisationId, accountId: null, platformAdmin: false },
      async (tx) => {
        const [found] = await rows<{ id: string }>(tx, sql`select id from organisations where id = ${organisationId}`)
        if (!found) throw new DomainError('not_found', 'Cette organisation est introuvable.')
        return handler(input, { tx, actor: null, requestId: http.request.id, audit: audit.write }, http)
      },
      audit.statement,
    )
  })
}

export function identityRoute<C extends RouteContract>(app: FastifyInstance, contract: C, handler: IdentityHandler<C>) {
  declare(app, contract, (input, http) =>
    handler(input, { actor: http.request.actor, requestId: http.request.id }, http),
  )
}
