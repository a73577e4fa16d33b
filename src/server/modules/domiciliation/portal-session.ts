import type { Secrets } from '../../platform/secrets'
import { safeEqual } from '../../platform/secrets'

/**
 * The portal session is a short-lived signed token in its own HttpOnly cookie, scoped to the
 * organisation's portal path: it never touches the agents' session table or cookie, and needs no
 * storage. Its signature covers the file's current code hash, so giving a new code at the desk
 * ends every open portal session of that file; closing the portal ends them all, since each read
 * checks the setting.
 */
export const PORTAL_COOKIE = 'lien_portail'

export const portalCookiePath = (organisationId: string) =>
  `/api/public/organisations/${organisationId}/domiciliation`

interface SessionClaims {
  organisationId: string
  domiciliationId: string
  expiresAt: number
}

const payloadOf = (c: SessionClaims, codeHash: string) =>
  `${c.organisationId}.${c.domiciliationId}.${c.expiresAt}.${codeHash}`

export function signPortalSession(secrets: Secrets, claims: SessionClaims, codeHash: string): string {
  const signature = secrets.hmac('domiciliation-portal-session', payloadOf(claims, codeHash))
  return `${claims.domiciliationId}.${claims.expiresAt}.${signature}`
}

/** The file a token names, before its signature is checked against the file's code. */
export function readPortalSession(
  token: string | undefined,
): { domiciliationId: string; expiresAt: number; signature: string } | undefined {
  const m = /^([0-9a-f-]{36})\.(\d{1,15})\.([\w-]{20,100})$/.exec(token ?? '')
  if (!m) return undefined
  return { domiciliationId: m[1]!, expiresAt: Number(m[2]), signature: m[3]! }
}

export function portalSessionValid(
  secrets: Secrets,
  token: { domiciliationId: string; expiresAt: number; signature: string },
  organisationId: string,
  codeHash: string,
  now: Date,
): boolean {
  if (token.expiresAt <= now.getTime()) return false
  const expected = secrets.hmac(
    'domiciliation-portal-session',
    payloadOf(
      { organisationId, domiciliationId: token.domiciliationId, expiresAt: token.expiresAt },
      codeHash,
    ),
  )
  return safeEqual(expected, token.signature)
}
