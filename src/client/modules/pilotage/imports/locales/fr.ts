/** Texts of the pilotage module's imports part (fr). */
export const fr = {}
