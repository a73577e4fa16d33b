/** The back-office pages of the métiers module's apprenticeships part, for the router's Switch. */
export const apprenticeshipsRoutes = <></>
