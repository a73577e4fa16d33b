import type { NavItem } from '../../../app/navigation'

/** Menu entries of the pilotage module's dashboard part, each opened by the rule of the route it calls. */
export const dashboardNavItems: NavItem[] = []
