import { useEffect, useState } from 'react'
import type { SessionView } from '../../../../../shared/modules/auth/auth.contract'
import { portalSession } from '../portal-api'

export type CandidateSession =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'error' }
  | { state: 'signedIn'; account: NonNullable<SessionView['account']> }

/** Whether someone is fully signed in (a session still owing its second factor is not). */
export function sessionState(session: SessionView): CandidateSession {
  return session.account && session.stage === 'active'
    ? { state: 'signedIn', account: session.account }
    : { state: 'anonymous' }
}

/** The visitor's session, read once per page (and again after signing in or out). */
export function useCandidateSession(): CandidateSession {
  const [session, setSession] = useState<CandidateSession>({ state: 'loading' })
  useEffect(() => {
    let live = true
    portalSession()
      .then((s) => live && setSession(sessionState(s)))
      .catch(() => live && setSession({ state: 'error' }))
    return () => {
      live = false
    }
  }, [])
  return session
}

/** The page to come back to after signing in: only a path of the candidate's space or the portal. */
export function returnPath(search: string): string {
  const asked = new URLSearchParams(search).get('retour')
  return asked && /^\/metiers(\/[\w\-/]*)?$/.test(asked) ? asked : '/metiers/compte/candidatures'
}
