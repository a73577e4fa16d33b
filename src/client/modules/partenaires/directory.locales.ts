/** Texts of the partenaires module's directory part, merged into the translations under the key "directory". */
export const directoryLocales = { fr: {}, en: {}, ar: {} }
