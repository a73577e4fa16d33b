/** The back-office pages of the pilotage module's imports part, for the router's Switch. */
export const importsRoutes = <></>
