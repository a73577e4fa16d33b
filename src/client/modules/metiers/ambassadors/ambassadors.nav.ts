import type { NavItem } from '../../../app/navigation'
import { metiersAmbassadorsContract } from '../../../../shared/modules/metiers/ambassadors.contract'

/** Menu entries of the métiers module's ambassadors part, each opened by the rule of the route it calls. */
export const ambassadorsNavItems: NavItem[] = [
  {
    href: '/edition/ambassadeurs',
    label: 'metiers_ambassadors.nav',
    access: [metiersAmbassadorsContract.reviewList.access],
  },
]
