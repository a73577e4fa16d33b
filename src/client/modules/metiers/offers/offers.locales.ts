import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's offers part, under the key "metiers_offers". */
export const offersLocales = {
  fr: { metiers_offers: fr },
  en: { metiers_offers: en },
  ar: { metiers_offers: ar },
}
