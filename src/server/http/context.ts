import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SessionStage } from '../../shared/modules/auth/auth.contract'
import type { OrganisationKind, Role } from '../../shared/modules/organisations/roles'
import type { Db } from '../db/client'
import type { AuditWriter } from '../platform/audit'

export interface ActorMembership {
  organisationId: string
  organisationName: string
  organisationKind: OrganisationKind
  roles: Role[]
  serviceIds: string[]
  active: boolean
}

/** The signed-in person behind a request, resolved once from the session cookie. */
export interface Actor {
  sessionId: string
  accountId: string
  email: string
  displayName: string
  platformAdmin: boolean
  totpEnabled: boolean
  locale: string
  stage: SessionStage
  organisationId: string | null
  /** Roles and services in the current organisation. */
  roles: Role[]
  serviceIds: string[]
  memberships: ActorMembership[]
}

/** What a route handler gets: the tenant transaction, the actor and the audit writer. */
export interface RequestContext {
  tx: Db
  actor: Actor | null
  requestId: string
  audit: AuditWriter
}

export interface HttpContext {
  request: FastifyRequest
  reply: FastifyReply
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
  }
}
