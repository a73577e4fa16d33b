import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's immersions part, under the key "metiers_immersions". */
export const immersionsLocales = {
  fr: { metiers_immersions: fr },
  en: { metiers_immersions: en },
  ar: { metiers_immersions: ar },
}
