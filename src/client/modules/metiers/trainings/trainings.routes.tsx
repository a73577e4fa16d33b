/** The back-office pages of the métiers module's trainings part, for the router's Switch. */
export const trainingsRoutes = <></>
