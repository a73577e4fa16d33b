/** Routes of the pilotage module's imports part. */
export const pilotageImportsContract = {}
