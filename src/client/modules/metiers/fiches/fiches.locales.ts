import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's fiches part, under the key "metiers_fiches". */
export const fichesLocales = {
  fr: { metiers_fiches: fr },
  en: { metiers_fiches: en },
  ar: { metiers_fiches: ar },
}
