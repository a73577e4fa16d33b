/** Partenaires — orientations sent to partners, partner accounts, the secure link. */
export const referralsContract = {}
