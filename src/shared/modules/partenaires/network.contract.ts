/** Partenaires — entries to update, charter, network meetings. */
export const networkContract = {}
