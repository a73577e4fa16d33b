/** Routes of the pilotage module's transparency part. */
export const pilotageTransparencyContract = {}
