import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's agrement part, under the key "metiers_agrement". */
export const agrementLocales = {
  fr: { metiers_agrement: fr },
  en: { metiers_agrement: en },
  ar: { metiers_agrement: ar },
}
