/** Texts of the pilotage module's plans part (fr). */
export const fr = {}
