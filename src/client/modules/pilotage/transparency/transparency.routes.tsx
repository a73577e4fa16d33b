/** The back-office pages of the pilotage module's transparency part, for the router's Switch. */
export const transparencyRoutes = <></>
