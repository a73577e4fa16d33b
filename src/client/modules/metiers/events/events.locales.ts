/** Texts of the métiers module's events part, under the key "metiers_events". */
const fr = {}

export const eventsLocales = {
  fr: { metiers_events: fr },
  en: { metiers_events: {} as typeof fr },
  ar: { metiers_events: {} as typeof fr },
}
