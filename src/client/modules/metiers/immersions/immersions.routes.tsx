/** The back-office pages of the métiers module's immersions part, for the router's Switch. */
export const immersionsRoutes = <></>
