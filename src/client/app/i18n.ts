import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { accueilLocales } from '../modules/accueil/accueil.locales'
import { domiciliationLocales } from '../modules/domiciliation/domiciliation.locales'
import { deskLocales } from '../modules/domiciliation/desk.locales'
import { portalLocales } from '../modules/domiciliation/portal.locales'
import { directoryLocales } from '../modules/partenaires/directory.locales'
import { orientationsLocales } from '../modules/partenaires/orientations.locales'
import { metiersLocales } from '../modules/metiers/metiers.locales'
import { pilotageLocales } from '../modules/pilotage/pilotage.locales'
import { usagersLocales } from '../modules/usagers/usagers.locales'
import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

export const languages = [
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const
export type Language = (typeof languages)[number]['code']

const storageKey = 'lien.langue'

export const isLanguage = (value: unknown): value is Language => languages.some((l) => l.code === value)

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(storageKey)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

/** <html lang dir>: Arabic turns the whole layout right-to-left (the CSS uses logical properties). */
function applyDocumentLanguage(language: Language) {
  const dir = languages.find((l) => l.code === language)?.dir ?? 'ltr'
  document.documentElement.lang = language
  document.documentElement.dir = dir
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage() ?? 'fr'
  await i18next.use(initReactI18next).init({
    resources: {
      fr: {
        translation: {
          ...fr,
          ...accueilLocales.fr,
          ...usagersLocales.fr,
          ...domiciliationLocales.fr,
          ...deskLocales.fr,
          ...portalLocales.fr,
          ...directoryLocales.fr,
          ...orientationsLocales.fr,
          ...metiersLocales.fr,
          ...pilotageLocales.fr,
        },
      },
      en: {
        translation: {
          ...en,
          ...accueilLocales.en,
          ...usagersLocales.en,
          ...domiciliationLocales.en,
          ...deskLocales.en,
          ...portalLocales.en,
          ...directoryLocales.en,
          ...orientationsLocales.en,
          ...metiersLocales.en,
          ...pilotageLocales.en,
        },
      },
      ar: {
        translation: {
          ...ar,
          ...accueilLocales.ar,
          ...usagersLocales.ar,
          ...domiciliationLocales.ar,
          ...deskLocales.ar,
          ...portalLocales.ar,
          ...directoryLocales.ar,
          ...orientationsLocales.ar,
          ...metiersLocales.ar,
          ...pilotageLocales.ar,
        },
      },
    },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  applyDocumentLanguage(language)
  i18next.on('languageChanged', (lng) => {
    if (isLanguage(lng)) applyDocumentLanguage(lng)
  })
}

/** Changes the interface language and remembers it on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  await i18next.changeLanguage(language)
}

/** The account's language, if the person has not chosen one on this device. */
export async function adoptAccountLanguage(locale: string | undefined): Promise<void> {
  if (storedLanguage() || !isLanguage(locale) || locale === i18next.language) return
  await i18next.changeLanguage(locale)
}
