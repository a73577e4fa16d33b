/** Texts of the pilotage module's plans part (ar). */
export const ar = {}
