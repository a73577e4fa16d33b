/** Texts of the métiers module's recruitment part, under the key "metiers_recruitment". */
export const recruitmentLocales = {
  fr: { metiers_recruitment: {} },
  en: { metiers_recruitment: {} },
  ar: { metiers_recruitment: {} },
}
