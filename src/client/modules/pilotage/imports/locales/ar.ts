/** Texts of the pilotage module's imports part (ar). */
export const ar = {}
