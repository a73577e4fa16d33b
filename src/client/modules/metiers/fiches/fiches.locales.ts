/** Texts of the métiers module's fiches part, under the key "metiers_fiches". */
export const fichesLocales = {
  fr: { metiers_fiches: {} },
  en: { metiers_fiches: {} },
  ar: { metiers_fiches: {} },
}
