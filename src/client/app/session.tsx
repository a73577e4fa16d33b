import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { SessionView } from '../../shared/modules/auth/auth.contract'
import type { OrganisationView } from '../../shared/modules/organisations/organisations.contract'
import { api, call, setCsrfToken } from '../api'
import { canAccess } from './access'
import { adoptAccountLanguage } from './i18n'
import { applyTheme } from './theme'

interface SessionContextValue {
  session: SessionView | null
  /** The current organisation (name, logo, colours) once signed in. */
  organisation: OrganisationView | null
  loading: boolean
  failed: boolean
  refresh: () => Promise<SessionView | null>
  reloadOrganisation: () => Promise<void>
}

const SessionContext = createContext<SessionContextValue | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionView | null>(null)
  const [organisation, setOrganisation] = useState<OrganisationView | null>(null)
  const [loading, setLoading] = useState(true)
  const [failed, setFailed] = useState(false)

  const loadOrganisation = useCallback(async (s: SessionView | null) => {
    if (!canAccess(api.organisations.current.access, s)) {
      setOrganisation(null)
      applyTheme(null)
      return
    }
    try {
      const org = await call(api.organisations.current, {})
      setOrganisation(org)
      applyTheme(org)
    } catch {
      setOrganisation(null)
      applyTheme(null)
    }
  }, [])

  const refresh = useCallback(async () => {
    try {
      const next = await call(api.auth.session, {})
      setCsrfToken(next.csrfToken)
      setSession(next)
      setFailed(false)
      await adoptAccountLanguage(next.account?.locale)
      await loadOrganisation(next)
      return next
    } catch {
      setFailed(true)
      return null
    } finally {
      setLoading(false)
    }
  }, [loadOrganisation])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const value = useMemo(
    () => ({
      session,
      organisation,
      loading,
      failed,
      refresh,
      reloadOrganisation: () => loadOrganisation(session),
    }),
    [session, organisation, loading, failed, refresh, loadOrganisation],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession hors de SessionProvider')
  return value
}

/** The services the agent works in within the current organisation: what "my service" means. */
export function myServiceIds(session: SessionView | null): string[] {
  return (
    session?.memberships.find((m) => m.organisationId === session.currentOrganisationId)?.serviceIds ?? []
  )
}
