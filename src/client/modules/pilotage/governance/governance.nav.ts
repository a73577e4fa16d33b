import type { NavItem } from '../../../app/navigation'

/** Menu entries of the pilotage module's governance part, each opened by the rule of the route it calls. */
export const governanceNavItems: NavItem[] = []
