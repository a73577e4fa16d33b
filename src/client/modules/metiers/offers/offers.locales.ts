/** Texts of the métiers module's offers part, under the key "metiers_offers". */
export const offersLocales = {
  fr: { metiers_offers: {} },
  en: { metiers_offers: {} },
  ar: { metiers_offers: {} },
}
