import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's transparency part, under the key "pilotage_transparency". */
export const transparencyLocales = {
  fr: { pilotage_transparency: fr },
  en: { pilotage_transparency: en },
  ar: { pilotage_transparency: ar },
}
