/** Métiers — employers' profiles and their offers (recruiters' writing, public reading of one offer). */
export const metiersOffersContract = {}
