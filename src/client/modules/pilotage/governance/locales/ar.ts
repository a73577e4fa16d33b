/** Texts of the pilotage module's governance part (ar). */
export const ar = {}
