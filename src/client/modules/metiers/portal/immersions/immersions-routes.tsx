/** The portal's pages of the immersions part, to place inside the portal's `<Switch>` (a fragment). */
export const immersionsPortalRoutes = <></>
