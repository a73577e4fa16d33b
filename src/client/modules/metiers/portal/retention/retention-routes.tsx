/** The portal's pages of the retention part, to place inside the portal's `<Switch>` (a fragment). */
export const retentionPortalRoutes = <></>
