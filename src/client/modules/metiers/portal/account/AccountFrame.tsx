import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { SessionView } from '../../../../../shared/modules/auth/auth.contract'
import { portalSend, portalSession } from '../portal-api'
import { usePageTitle } from '../usePageTitle'
import { accountRoutes } from './account-api'
import { useCandidateSession } from './useCandidateSession'

type Account = NonNullable<SessionView['account']>

const sections = [
  { href: '/metiers/compte/candidatures', label: 'compte.nav.candidatures' },
  { href: '/metiers/compte/profil', label: 'compte.nav.profil' },
  { href: '/metiers/compte/alertes', label: 'compte.nav.alertes' },
  { href: '/metiers/compte/parcours', label: 'compte.nav.parcours' },
  { href: '/metiers/compte/apprentissage', label: 'compte.nav.apprentissage' },
  { href: '/metiers/compte/immersions', label: 'compte.nav.immersions' },
  { href: '/metiers/compte/evenements', label: 'compte.nav.evenements' },
  { href: '/metiers/compte/agrement', label: 'compte.nav.agrement' },
  { href: '/metiers/compte/ambassadeur', label: 'compte.nav.ambassadeur' },
] as const

/** The candidate's menu: their applications, profile and alerts, and signing out. */
function AccountNav() {
  const { t } = useTranslation()
  const [location, navigate] = useLocation()
  const [leaving, setLeaving] = useState(false)
  const signOut = async () => {
    setLeaving(true)
    try {
      await portalSend(accountRoutes.auth.logout, { body: {} })
    } finally {
      await portalSession(true).catch(() => null)
      navigate('/metiers/compte/connexion', { replace: true })
    }
  }
  return (
    <nav className="pc-nav" aria-label={t('compte.menu')}>
      <ul className="pc-nav__list">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="pc-nav__link"
              aria-current={location === s.href ? 'page' : undefined}
            >
              {t(s.label)}
            </Link>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="pf-button pc-nav__out"
        onClick={() => void signOut()}
        disabled={leaving}
      >
        {leaving ? t('compte.deconnexionEnCours') : t('compte.deconnexion')}
      </button>
    </nav>
  )
}

/**
 * A page of the candidate's space: its title, the space's menu, then the page. Without a session,
 * the visitor is sent to sign in and brought back here afterwards.
 */
export function AccountPage({
  title,
  children,
}: {
  title: string
  children: (account: Account) => ReactNode
}) {
  const { t } = useTranslation()
  usePageTitle(title)
  const session = useCandidateSession()
  const [location, navigate] = useLocation()
  useEffect(() => {
    if (session.state === 'anonymous')
      navigate(`/metiers/compte/connexion?retour=${encodeURIComponent(location)}`, { replace: true })
  }, [session.state, location, navigate])
  return (
    <div className="pf-page pc-page">
      <p className="pc-eyebrow">{t('compte.espace')}</p>
      <h1>{title}</h1>
      {session.state === 'signedIn' ? (
        <>
          <AccountNav />
          {children(session.account)}
        </>
      ) : session.state === 'error' ? (
        <p className="pf-alert pf-alert--error" role="alert">
          {t('compte.erreurs.general')}
        </p>
      ) : (
        <p className="pf-loading" role="status">
          {t('portail.chargement')}
        </p>
      )}
    </div>
  )
}
