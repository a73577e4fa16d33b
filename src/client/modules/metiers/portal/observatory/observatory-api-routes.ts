/** The API routes of the observatory part that the portal calls (merged into `portalRoutes`). */
export const observatoryApiRoutes = {}
