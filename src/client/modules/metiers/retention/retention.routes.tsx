/** The back-office pages of the métiers module's retention part, for the router's Switch. */
export const retentionRoutes = <></>
