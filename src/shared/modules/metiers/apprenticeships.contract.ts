/** Métiers — apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations. */

export const metiersApprenticeshipsContract = {}
