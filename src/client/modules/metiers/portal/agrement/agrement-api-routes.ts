/** The API routes of the agrement part that the portal calls (merged into `portalRoutes`). */
export const agrementApiRoutes = {}
