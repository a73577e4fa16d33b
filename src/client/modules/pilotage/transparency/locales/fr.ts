/** Texts of the pilotage module's transparency part (fr). */
export const fr = {}
