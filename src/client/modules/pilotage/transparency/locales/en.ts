/** Texts of the pilotage module's transparency part (en). */
export const en = {}
