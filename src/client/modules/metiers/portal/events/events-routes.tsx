/** The portal's pages of the events part, to place inside the portal's `<Switch>` (a fragment). */
export const eventsPortalRoutes = <></>
