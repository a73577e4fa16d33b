import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's apprenticeships part, under the key "metiers_apprenticeships". */
export const apprenticeshipsLocales = {
  fr: { metiers_apprenticeships: fr },
  en: { metiers_apprenticeships: en },
  ar: { metiers_apprenticeships: ar },
}
