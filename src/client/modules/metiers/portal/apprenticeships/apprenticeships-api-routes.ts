/** The API routes of the apprenticeships part that the portal calls (merged into `portalRoutes`). */
export const apprenticeshipsApiRoutes = {}
