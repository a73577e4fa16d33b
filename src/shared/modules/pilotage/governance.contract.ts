/** Routes of the pilotage module's governance part. */
export const pilotageGovernanceContract = {}
