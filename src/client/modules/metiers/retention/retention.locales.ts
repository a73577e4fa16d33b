/** Texts of the métiers module's retention part, under the key "metiers_retention". */
const fr = {}

export const retentionLocales = {
  fr: { metiers_retention: fr },
  en: { metiers_retention: {} as typeof fr },
  ar: { metiers_retention: {} as typeof fr },
}
