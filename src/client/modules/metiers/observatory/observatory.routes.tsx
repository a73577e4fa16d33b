/** The back-office pages of the métiers module's observatory part, for the router's Switch. */
export const observatoryRoutes = <></>
