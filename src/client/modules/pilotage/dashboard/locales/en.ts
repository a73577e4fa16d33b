/** Texts of the pilotage module's dashboard part (en). */
export const en = {}
