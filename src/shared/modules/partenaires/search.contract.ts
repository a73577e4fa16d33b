/** Partenaires — search of the directory: text, filters, opening hours, distance (public and agents). */
export const searchContract = {}
