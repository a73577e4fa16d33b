/** The back-office pages of the pilotage module's governance part, for the router's Switch. */
export const governanceRoutes = <></>
