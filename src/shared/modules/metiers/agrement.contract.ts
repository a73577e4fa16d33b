/** Métiers — the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training. */

export const metiersAgrementContract = {}
