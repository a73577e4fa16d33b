import type { NavItem } from '../../app/navigation'
import { referralsContract } from '../../../shared/modules/partenaires/referrals.contract'
import { networkNavItems } from './network/network.nav'

/** Menu entries of the partenaires module's orientations part, each opened by the rule of the route it reads. */
export const orientationsNavItems: NavItem[] = [
  {
    href: '/partenaire/orientations',
    label: 'orientations.nav.received',
    access: [referralsContract.received.access],
  },
  { href: '/orientations/envoyees', label: 'orientations.nav.sent', access: [referralsContract.sent.access] },
  {
    href: '/orientations/partenaires',
    label: 'orientations.nav.partners',
    access: [referralsContract.sent.access],
  },
  ...networkNavItems,
]
