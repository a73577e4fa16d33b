import type { z } from 'zod'
import type { Role } from './modules/organisations/roles'

/**
 * Who may call a route. Declared on every contract; the server refuses to register a route
 * without one, and the client reads it to hide what the person cannot do.
 */
export type AccessRule =
  /** Anyone, signed in or not. An explicit opt-in. */
  | { kind: 'public' }
  /** A session that has passed the password but still owes its second factor. */
  | { kind: 'signingIn' }
  /** Any fully signed-in account, whatever its organisation. */
  | { kind: 'signedIn' }
  /** A platform administrator (creates organisations). */
  | { kind: 'platformAdmin' }
  /** A member of the current organisation holding one of these roles. */
  | { kind: 'member'; roles: readonly Role[] | 'any' }

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface RouteContract<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  method: HttpMethod
  /** Fastify path syntax: `/api/members/:id`. */
  path: string
  summary: string
  access: AccessRule
  params?: Params
  query?: Query
  body?: Body
  response: Response
  /** Success status; 200 by default. */
  status?: number
  /** The handler writes the answer itself (a redirect, a page) rather than JSON. */
  raw?: boolean
  /** Requests per minute and per address, for routes that guess secrets. */
  rateLimitPerMinute?: number
  /** A larger body than the 1 MB default, for uploads (raw bytes). */
  maxBodyBytes?: number
}

export const defineRoute = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  contract: RouteContract<P, Q, B, R>,
) => contract

export type ParamsOf<C> = C extends RouteContract<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.output<P> : never
export type QueryOf<C> = C extends RouteContract<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.output<Q> : never
export type BodyOf<C> = C extends RouteContract<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.output<B> : never
export type ResponseOf<C> = C extends RouteContract<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never
/** What the client sends (before server-side transforms). */
export type BodyInputOf<C> = C extends RouteContract<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never
export type QueryInputOf<C> = C extends RouteContract<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.input<Q> : never
