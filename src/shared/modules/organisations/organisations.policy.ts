import type { AccessRule } from '../../contract'
import type { Role } from './roles'

/** What the access check needs to know about the caller; the same on the server and in the browser. */
export interface AccessSubject {
  stage: 'totp' | 'totp_enrolment' | 'active'
  platformAdmin: boolean
  organisationId: string | null
  roles: readonly Role[]
}

export type AccessDecision = 'allowed' | 'unauthenticated' | 'mfa_required' | 'forbidden'

export function decideAccess(rule: AccessRule, subject: AccessSubject | null): AccessDecision {
  if (rule.kind === 'public') return 'allowed'
  if (!subject) return 'unauthenticated'
  if (rule.kind === 'signingIn') return subject.stage === 'active' ? 'forbidden' : 'allowed'
  if (subject.stage !== 'active') return 'mfa_required'
  switch (rule.kind) {
    case 'signedIn':
      return 'allowed'
    case 'platformAdmin':
      return subject.platformAdmin ? 'allowed' : 'forbidden'
    case 'member': {
      if (!subject.organisationId) return 'forbidden'
      if (rule.roles === 'any') return subject.roles.length > 0 ? 'allowed' : 'forbidden'
      return rule.roles.some((r) => subject.roles.includes(r)) ? 'allowed' : 'forbidden'
    }
    default: {
      const unreachable: never = rule
      return unreachable
    }
  }
}
