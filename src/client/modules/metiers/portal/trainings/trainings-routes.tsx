/** The portal's pages of the trainings part, to place inside the portal's `<Switch>` (a fragment). */
export const trainingsPortalRoutes = <></>
