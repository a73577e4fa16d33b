/** Métiers — discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome. */

export const metiersImmersionsContract = {}
