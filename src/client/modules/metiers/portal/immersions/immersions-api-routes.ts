/** The API routes of the immersions part that the portal calls (merged into `portalRoutes`). */
export const immersionsApiRoutes = {}
