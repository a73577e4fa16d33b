/** Texts of the pilotage module's dashboard part (ar). */
export const ar = {}
