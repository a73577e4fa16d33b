/** The back-office pages of the pilotage module's dashboard part, for the router's Switch. */
export const dashboardRoutes = <></>
