import type { NavItem } from '../../../app/navigation'

/** Menu entries of the pilotage module's plans part, each opened by the rule of the route it calls. */
export const plansNavItems: NavItem[] = []
