import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's dashboard part, under the key "pilotage_dashboard". */
export const dashboardLocales = {
  fr: { pilotage_dashboard: fr },
  en: { pilotage_dashboard: en },
  ar: { pilotage_dashboard: ar },
}
