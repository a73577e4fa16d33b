/** Texts of the métiers module's ambassadors part, under the key "metiers_ambassadors". */
const fr = {}

export const ambassadorsLocales = {
  fr: { metiers_ambassadors: fr },
  en: { metiers_ambassadors: {} as typeof fr },
  ar: { metiers_ambassadors: {} as typeof fr },
}
