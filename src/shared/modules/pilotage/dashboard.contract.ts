/** Routes of the pilotage module's dashboard part. */
export const pilotageDashboardContract = {}
