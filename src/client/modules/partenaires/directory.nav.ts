import type { NavItem } from '../../app/navigation'

/** Menu entries of the partenaires module's directory part. */
export const directoryNavItems: NavItem[] = []
