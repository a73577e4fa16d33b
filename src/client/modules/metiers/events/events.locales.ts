import { ar } from './locales/ar'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** Texts of the métiers module's events part, under the key "metiers_events". */
export const eventsLocales = {
  fr: { metiers_events: fr },
  en: { metiers_events: en },
  ar: { metiers_events: ar },
}
