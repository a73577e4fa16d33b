import i18next from 'i18next'
import { portalTexts } from './locales/load'

export const portalLanguages = [
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
] as const
export type PortalLanguage = (typeof portalLanguages)[number]['code']

/** The same key as the back office: a language chosen in one is kept in the other. */
const storageKey = 'lien.langue'

/** Fetches the language's texts if needed, changes the portal's language, turns the page right to left for Arabic, and remembers the choice. */
export async function changePortalLanguage(language: PortalLanguage): Promise<void> {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await portalTexts(language))
  }
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
  document.documentElement.dir = portalLanguages.find((l) => l.code === language)?.dir ?? 'ltr'
}
