/** The portal's pages of the agrement part, to place inside the portal's `<Switch>` (a fragment). */
export const agrementPortalRoutes = <></>
