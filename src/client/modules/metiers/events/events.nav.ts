import type { NavItem } from '../../../app/navigation'

/** Menu entries of the métiers module's events part, each opened by the rule of the route it calls. */
export const eventsNavItems: NavItem[] = []
