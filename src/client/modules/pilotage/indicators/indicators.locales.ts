import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's indicators part, under the key "pilotage_indicators". */
export const indicatorsLocales = {
  fr: { pilotage_indicators: fr },
  en: { pilotage_indicators: en },
  ar: { pilotage_indicators: ar },
}
