/** Texts of the métiers module's campaigns part, under the key "metiers_campaigns". */
export const campaignsLocales = {
  fr: { metiers_campaigns: {} },
  en: { metiers_campaigns: {} },
  ar: { metiers_campaigns: {} },
}
