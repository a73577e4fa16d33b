import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { api, call } from '../api'
import { RequestCounters } from '../modules/accueil/components/RequestCounters'
import { Link } from '../ui/Link'
import { LanguageSwitcher } from './LanguageSwitcher'
import { visibleNavItems } from './navigation'
import { useSession } from './session'
import { isolate } from './bidi'

/** Skip link, header (tenant logo and name, menu, languages), main content, footer. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { session, organisation, refresh } = useSession()
  const [location, navigate] = useLocation()
  const signedIn = session?.stage === 'active'
  const items = signedIn ? visibleNavItems(session) : []

  const logout = async () => {
    try {
      await call(api.auth.logout, { body: {} })
    } finally {
      await refresh()
      navigate('/connexion')
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#contenu">
        {t('shell.skip')}
      </a>
      <header className="header">
        <div className="header__bar">
          <div className="brand">
            {organisation?.logoDataUrl ? (
              <img
                className="brand__logo"
                src={organisation.logoDataUrl}
                alt={t('shell.logoOf', { name: isolate(organisation.name) })}
              />
            ) : null}
            <p className="brand__name">
              <span className="brand__org" dir="auto">
                {organisation?.name ?? t('app.name')}
              </span>
              {organisation ? <span className="brand__app">{t('app.name')}</span> : null}
            </p>
          </div>
          <div className="header__tools">
            <RequestCounters />
            <LanguageSwitcher />
            {signedIn ? (
              <button type="button" className="button button--quiet" onClick={() => void logout()}>
                {t('shell.logout')}
              </button>
            ) : null}
          </div>
        </div>
        {items.length > 0 ? (
          <nav className="menu" aria-label={t('shell.menu')}>
            <ul className="menu__list">
              {items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="menu__link"
                    aria-current={location === item.href ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="contenu" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </div>
  )
}
