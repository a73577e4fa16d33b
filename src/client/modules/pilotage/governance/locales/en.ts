/** Texts of the pilotage module's governance part (en). */
export const en = {}
