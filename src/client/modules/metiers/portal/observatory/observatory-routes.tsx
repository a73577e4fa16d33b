/** The portal's pages of the observatory part, to place inside the portal's `<Switch>` (a fragment). */
export const observatoryPortalRoutes = <></>
