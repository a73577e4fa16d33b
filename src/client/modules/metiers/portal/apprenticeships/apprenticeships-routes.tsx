/** The portal's pages of the apprenticeships part, to place inside the portal's `<Switch>` (a fragment). */
export const apprenticeshipsPortalRoutes = <></>
