import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the pilotage module's imports part, under the key "pilotage_imports". */
export const importsLocales = {
  fr: { pilotage_imports: fr },
  en: { pilotage_imports: en },
  ar: { pilotage_imports: ar },
}
