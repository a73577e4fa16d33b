// The public jobs portal: a page of its own, kept small (React, wouter, i18next and our components).
// The server has already written the page's content and data; the portal takes over from them.
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/portal.css'
import i18next from 'i18next'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initReactI18next } from 'react-i18next'
import type { PortalInitialData } from '../shared/modules/metiers/pages.contract'
import { PortalApp } from './modules/metiers/portal/PortalApp'
import { fr } from './modules/metiers/portal/locales/fr'
import { portalTexts } from './modules/metiers/portal/locales/load'

// Written here rather than imported from pages.contract: that module also loads zod.
const initialDataId = 'donnees-initiales'
const rootId = 'portail'

const rightToLeft = new Set(['ar'])
const languages = new Set(['fr', 'en', 'ar'])

/** The language chosen in the back office or the portal before, French otherwise. */
function chosenLanguage(): string {
  try {
    const stored = localStorage.getItem('lien.langue')
    return stored && languages.has(stored) ? stored : 'fr'
  } catch {
    return 'fr'
  }
}

function readInitialData(): PortalInitialData | null {
  const block = document.getElementById(initialDataId)
  if (!block?.textContent) return null
  try {
    return JSON.parse(block.textContent) as PortalInitialData
  } catch {
    return null
  }
}

const container = document.getElementById(rootId)
if (!container) throw new Error(`Élément #${rootId} introuvable`)
const initial = readInitialData()
const language = chosenLanguage()

void portalTexts(language)
  .catch(() => fr)
  .then((texts) =>
    i18next.use(initReactI18next).init({
      resources: { fr: { translation: fr }, [language]: { translation: texts } },
      lng: language,
      fallbackLng: 'fr',
      interpolation: { escapeValue: false },
    }),
  )
  .then(() => {
    document.documentElement.lang = language
    document.documentElement.dir = rightToLeft.has(language) ? 'rtl' : 'ltr'
    createRoot(container).render(
      <StrictMode>
        <PortalApp initial={initial} />
      </StrictMode>,
    )
  })
