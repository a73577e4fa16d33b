/** Texts of the métiers module's agrement part, under the key "metiers_agrement". */
const fr = {}

export const agrementLocales = {
  fr: { metiers_agrement: fr },
  en: { metiers_agrement: {} as typeof fr },
  ar: { metiers_agrement: {} as typeof fr },
}
