/** Métiers — the public offer search and saved searches with e-mail alerts. */
export const metiersSearchContract = {}
