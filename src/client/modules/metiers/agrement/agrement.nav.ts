import type { NavItem } from '../../../app/navigation'

/** Menu entries of the métiers module's agrement part, each opened by the rule of the route it calls. */
export const agrementNavItems: NavItem[] = []
