/** Texts of the métiers module's immersions part, under the key "metiers_immersions". */
const fr = {}

export const immersionsLocales = {
  fr: { metiers_immersions: fr },
  en: { metiers_immersions: {} as typeof fr },
  ar: { metiers_immersions: {} as typeof fr },
}
