/** Métiers — applying to an offer, following it, and the recruiters' pipeline. */
export const metiersApplicationsContract = {}
