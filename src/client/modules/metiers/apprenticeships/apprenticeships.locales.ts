/** Texts of the métiers module's apprenticeships part, under the key "metiers_apprenticeships". */
const fr = {}

export const apprenticeshipsLocales = {
  fr: { metiers_apprenticeships: fr },
  en: { metiers_apprenticeships: {} as typeof fr },
  ar: { metiers_apprenticeships: {} as typeof fr },
}
