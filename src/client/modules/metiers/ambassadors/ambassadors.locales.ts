import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's ambassadors part, under the key "metiers_ambassadors". */
export const ambassadorsLocales = {
  fr: { metiers_ambassadors: fr },
  en: { metiers_ambassadors: en },
  ar: { metiers_ambassadors: ar },
}
