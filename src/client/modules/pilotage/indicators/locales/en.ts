/** Texts of the pilotage module's indicators part (en). */
export const en = {}
