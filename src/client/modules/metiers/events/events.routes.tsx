/** The back-office pages of the métiers module's events part, for the router's Switch. */
export const eventsRoutes = <></>
