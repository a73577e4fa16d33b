/** Routes of the pilotage module's plans part. */
export const pilotagePlansContract = {}
