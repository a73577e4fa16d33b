/** The back-office pages of the métiers module's fiches part, for the router's Switch. */
export const fichesRoutes = <></>
