/** The API routes of the events part that the portal calls (merged into `portalRoutes`). */
export const eventsApiRoutes = {}
