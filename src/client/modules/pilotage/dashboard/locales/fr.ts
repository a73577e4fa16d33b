/** Texts of the pilotage module's dashboard part (fr). */
export const fr = {}
