import { randomInt } from 'node:crypto'
import type { Secrets } from '../../platform/secrets'

/** No 0/O, 1/I/L: a code read aloud or copied from paper is not mistaken. */
export const PORTAL_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const LENGTH = 8

/** A new code, shown once to the person: "K7MP-4XQ2" (8 symbols of 31, about 40 bits). */
export function newPortalCode(): string {
  let code = ''
  for (let i = 0; i < LENGTH; i++) code += PORTAL_CODE_ALPHABET[randomInt(PORTAL_CODE_ALPHABET.length)]
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** What the person types, as the code was given: case, spaces and dashes do not matter. */
export function normalisePortalCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-–.]/g, '')
}

/**
 * Only a keyed hash is stored (HMAC-SHA-256 with a key derived from the platform secret, bound
 * to the file): a copy of the database does not let anyone try every code offline.
 */
export function portalCodeHash(secrets: Secrets, domiciliationId: string, typed: string): string {
  return secrets.hmac('domiciliation-portal-code', `${domiciliationId}:${normalisePortalCode(typed)}`)
}
