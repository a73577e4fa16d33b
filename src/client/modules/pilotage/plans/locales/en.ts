/** Texts of the pilotage module's plans part (en). */
export const en = {}
