import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { TerritoryLookView } from '../../../../shared/modules/metiers/campaigns.contract'
import { themeVariables } from '../../../app/theme'
import { changePortalLanguage, portalLanguages } from './portal-language'

const lookKey = 'lien.portail.territoire'

function storedLook(): TerritoryLookView | null {
  try {
    const text = sessionStorage.getItem(lookKey)
    return text ? (JSON.parse(text) as TerritoryLookView) : null
  } catch {
    return null
  }
}

interface LookContextValue {
  look: TerritoryLookView | null
  /** A territory's page sets its look; the visitor keeps it while browsing its offers (this tab only). */
  setLook: (look: TerritoryLookView | null) => void
}

const LookContext = createContext<LookContextValue>({ look: null, setLook: () => undefined })

/** The territory's logo and colours, when the visitor came through its page. */
export const usePortalLook = () => useContext(LookContext)

export function PortalLookProvider({
  initial,
  children,
}: {
  initial: TerritoryLookView | null
  children: ReactNode
}) {
  const [look, setLookState] = useState<TerritoryLookView | null>(() => initial ?? storedLook())
  const value = useMemo(
    () => ({
      look,
      setLook: (next: TerritoryLookView | null) => {
        setLookState(next)
        try {
          if (next) sessionStorage.setItem(lookKey, JSON.stringify(next))
          else sessionStorage.removeItem(lookKey)
        } catch {
          // Storage refused: the look lasts for this page.
        }
      },
    }),
    [look],
  )
  return <LookContext.Provider value={value}>{children}</LookContext.Provider>
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <div className="pf-languages" role="group" aria-label={t('portail.langue')}>
      {portalLanguages.map((language) => {
        const current = i18n.language === language.code
        return (
          <button
            key={language.code}
            type="button"
            lang={language.code}
            className="pf-languages__button"
            aria-pressed={current}
            onClick={() => void changePortalLanguage(language.code)}
          >
            {language.label}
          </button>
        )
      })}
    </div>
  )
}

/** The main menu's ways into the jobs, between the offers and the candidate's space. */
const pathwaySections = [
  ['/metiers/formations', 'formations'],
  ['/metiers/apprentissage', 'apprentissage'],
  ['/metiers/immersions', 'immersions'],
  ['/metiers/evenements', 'evenements'],
  ['/metiers/point-de-chute', 'pointDeChute'],
] as const

/** The footer's other services: meeting professionals, settling in, writing to the platform. */
const discoveryLinks = [
  ['/metiers/ambassadeurs', 'ambassadeurs'],
  ['/metiers/mallette', 'mallette'],
  ['/metiers/assistant-familial', 'assistantFamilial'],
  ['/metiers/se-loger', 'seLoger'],
  ['/metiers/faire-garder', 'faireGarder'],
  ['/metiers/ligne-ecoute', 'ligneEcoute'],
  ['/metiers/contact', 'contact'],
] as const

/**
 * The portal's frame: skip link, header (territory's logo and colours when known, menu, language),
 * the page in `<main>`, and the footer with the accessibility statement.
 */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { look } = usePortalLook()
  const [location] = useLocation()
  const nav = [
    {
      href: '/metiers',
      label: t('portail.nav.accueil'),
      current: location === '/metiers' || location.startsWith('/metiers/fiches'),
    },
    {
      href: '/metiers/offres',
      label: t('portail.nav.offres'),
      current: location.startsWith('/metiers/offres'),
    },
    ...pathwaySections.map(([href, key]) => ({
      href,
      label: t(`portail.nav.${key}`),
      current: location.startsWith(href),
    })),
    {
      href: '/metiers/compte',
      label: t('portail.nav.compte'),
      current: location.startsWith('/metiers/compte'),
    },
  ]
  return (
    <div className="pf-app" style={look ? themeVariables(look) : undefined}>
      <a className="pf-skip" href="#contenu">
        {t('portail.evitement')}
      </a>
      <header className="pf-header">
        <div className="pf-header__bar">
          <Link href="/metiers" className="pf-brand">
            {look?.logoDataUrl ? (
              <img
                className="pf-brand__logo"
                src={look.logoDataUrl}
                alt={t('portail.logoDe', { name: look.organisationName })}
              />
            ) : null}
            <span className="pf-brand__text">
              <span className="pf-brand__title">{t('portail.titre')}</span>
              {look ? (
                <span className="pf-brand__territory" dir="auto">
                  {look.organisationName}
                </span>
              ) : null}
            </span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="pf-nav" aria-label={t('portail.navigation')}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item.current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1} className="pf-main">
        {children}
      </main>
      <footer className="pf-footer">
        <nav aria-labelledby="pied-decouvrir" className="pf-footer__nav">
          <h2 id="pied-decouvrir">{t('portail.decouvrir.titre')}</h2>
          <ul>
            {discoveryLinks.map(([href, key]) => (
              <li key={href}>
                <Link href={href}>{t(`portail.decouvrir.${key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          <Link href="/metiers/accessibilite">{t('portail.pied.accessibilite')}</Link>
        </p>
        <p className="small">{t('portail.pied.plateforme')}</p>
      </footer>
    </div>
  )
}
