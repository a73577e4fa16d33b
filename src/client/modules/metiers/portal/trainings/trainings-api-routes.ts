/** The API routes of the trainings part that the portal calls (merged into `portalRoutes`). */
export const trainingsApiRoutes = {}
