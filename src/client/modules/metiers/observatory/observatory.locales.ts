/** Texts of the métiers module's observatory part, under the key "metiers_observatory". */
const fr = {}

export const observatoryLocales = {
  fr: { metiers_observatory: fr },
  en: { metiers_observatory: {} as typeof fr },
  ar: { metiers_observatory: {} as typeof fr },
}
