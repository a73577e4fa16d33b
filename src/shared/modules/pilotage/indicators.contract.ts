/** Routes of the pilotage module's indicators part. */
export const pilotageIndicatorsContract = {}
