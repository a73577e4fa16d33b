/** Texts of the pilotage module's governance part (fr). */
export const fr = {}
