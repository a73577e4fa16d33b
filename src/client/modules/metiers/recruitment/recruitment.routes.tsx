/** The back-office pages of the métiers module's recruitment part, for the router's Switch. */
export const recruitmentRoutes = <></>
