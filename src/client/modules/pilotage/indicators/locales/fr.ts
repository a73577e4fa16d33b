/** Texts of the pilotage module's indicators part (fr). */
export const fr = {}
