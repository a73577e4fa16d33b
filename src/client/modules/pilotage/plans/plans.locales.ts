import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's plans part, under the key "pilotage_plans". */
export const plansLocales = {
  fr: { pilotage_plans: fr },
  en: { pilotage_plans: en },
  ar: { pilotage_plans: ar },
}
