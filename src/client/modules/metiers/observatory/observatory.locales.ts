import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's observatory part, under the key "metiers_observatory". */
export const observatoryLocales = {
  fr: { metiers_observatory: fr },
  en: { metiers_observatory: en },
  ar: { metiers_observatory: ar },
}
