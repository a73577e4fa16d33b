import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's recruitment part, under the key "metiers_recruitment". */
export const recruitmentLocales = {
  fr: { metiers_recruitment: fr },
  en: { metiers_recruitment: en },
  ar: { metiers_recruitment: ar },
}
