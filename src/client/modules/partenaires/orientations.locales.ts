/** Texts of the partenaires module's orientations part, merged into the translations under the key "orientations". */
export const orientationsLocales = { fr: {}, en: {}, ar: {} }
