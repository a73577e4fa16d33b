/** The back-office pages of the pilotage module's indicators part, for the router's Switch. */
export const indicatorsRoutes = <></>
