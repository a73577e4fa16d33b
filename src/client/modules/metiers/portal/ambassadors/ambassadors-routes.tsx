/** The portal's pages of the ambassadors part, to place inside the portal's `<Switch>` (a fragment). */
export const ambassadorsPortalRoutes = <></>
