/** Partenaires — changes proposed by partners, stale entries, charter, network meetings. */
export const networkContract = {}
