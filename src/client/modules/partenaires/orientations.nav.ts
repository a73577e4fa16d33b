import type { NavItem } from '../../app/navigation'

/** Menu entries of the partenaires module's orientations part. */
export const orientationsNavItems: NavItem[] = []
