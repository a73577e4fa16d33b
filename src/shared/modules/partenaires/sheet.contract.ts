/** Partenaires — the orientation sheet for the person (PDF, four languages). */
export const sheetContract = {}
