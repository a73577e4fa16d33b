import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's governance part, under the key "pilotage_governance". */
export const governanceLocales = {
  fr: { pilotage_governance: fr },
  en: { pilotage_governance: en },
  ar: { pilotage_governance: ar },
}
