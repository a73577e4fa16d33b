/** The back-office pages of the métiers module's agrement part, for the router's Switch. */
export const agrementRoutes = <></>
