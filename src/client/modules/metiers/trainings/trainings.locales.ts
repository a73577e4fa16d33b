import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's trainings part, under the key "metiers_trainings". */
export const trainingsLocales = {
  fr: { metiers_trainings: fr },
  en: { metiers_trainings: en },
  ar: { metiers_trainings: ar },
}
