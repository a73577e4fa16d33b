/** Métiers — candidate accounts: sign-up, profile, their applications and alerts. */
export const metiersCandidatesContract = {}
