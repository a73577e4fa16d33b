/** The API routes of the retention part that the portal calls (merged into `portalRoutes`). */
export const retentionApiRoutes = {}
