import type { AccessRule } from '../../shared/contract'
import type { SessionView } from '../../shared/modules/auth/auth.contract'
import { decideAccess, type AccessSubject } from '../../shared/modules/organisations/organisations.policy'

/** The session as the shared access policy sees it (same rule as the server). */
export function subjectOf(session: SessionView | null): AccessSubject | null {
  if (!session?.account || !session.stage) return null
  const membership = session.memberships.find(
    (m) => m.organisationId === session.currentOrganisationId && m.active,
  )
  return {
    stage: session.stage,
    platformAdmin: session.account.platformAdmin,
    organisationId: membership ? session.currentOrganisationId : null,
    roles: membership?.roles ?? [],
  }
}

/** May this session call a route with this access rule? Navigation shows only what is allowed. */
export const canAccess = (rule: AccessRule, session: SessionView | null): boolean =>
  decideAccess(rule, subjectOf(session)) === 'allowed'

/** Allowed if any of the rules allows (a page that reads with one route and writes with another). */
export const canAccessAny = (rules: readonly AccessRule[], session: SessionView | null): boolean =>
  rules.some((rule) => canAccess(rule, session))
