/** The back-office pages of the métiers module's offers part, for the router's Switch. */
export const offersRoutes = <></>
