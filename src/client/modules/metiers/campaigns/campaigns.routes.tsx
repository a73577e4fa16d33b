/** The back-office pages of the métiers module's campaigns part, for the router's Switch. */
export const campaignsRoutes = <></>
