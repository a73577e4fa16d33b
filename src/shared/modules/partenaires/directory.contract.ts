/** Partenaires — the directory: structures, places, services, changes proposed by partners. */
export const directoryContract = {}
