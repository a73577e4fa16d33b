/** The API routes of the ambassadors part that the portal calls (merged into `portalRoutes`). */
export const ambassadorsApiRoutes = {}
