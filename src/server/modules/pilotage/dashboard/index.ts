/** What the other parts of pilotage use of the dashboard: the computation, for the frozen reviews. */
export { computeDashboard } from './dashboard.service'
