import type { NavItem } from '../../app/navigation'
import { campaignsNavItems } from './campaigns/campaigns.nav'
import { fichesNavItems } from './fiches/fiches.nav'
import { offersNavItems } from './offers/offers.nav'
import { recruitmentNavItems } from './recruitment/recruitment.nav'

/** Menu entries of the métiers module, recruiters' first, then editors'. */
export const metiersNavItems: NavItem[] = [
  ...offersNavItems,
  ...recruitmentNavItems,
  ...fichesNavItems,
  ...campaignsNavItems,
]
