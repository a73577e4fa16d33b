/** Texts of the pilotage module's indicators part (ar). */
export const ar = {}
