/** The back-office pages of the métiers module's ambassadors part, for the router's Switch. */
export const ambassadorsRoutes = <></>
