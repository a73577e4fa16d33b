/** The back-office pages of the pilotage module's plans part, for the router's Switch. */
export const plansRoutes = <></>
