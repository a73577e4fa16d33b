/** Partenaires — the directory: structures, places, services, search (public and agents). */
export const directoryContract = {}
