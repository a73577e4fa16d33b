/** Texts of the pilotage module's imports part (en). */
export const en = {}
