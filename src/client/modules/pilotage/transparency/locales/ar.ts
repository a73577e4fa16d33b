/** Texts of the pilotage module's transparency part (ar). */
export const ar = {}
