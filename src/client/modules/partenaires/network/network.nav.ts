import type { NavItem } from '../../../app/navigation'
import { networkContract, networkPages } from '../../../../shared/modules/partenaires/network.contract'

/** Menu entries of the network: the keeper's pages, then the partner's. */
export const networkNavItems: NavItem[] = [
  { href: '/reseau/fiches', label: 'reseau.nav.entries', access: [networkContract.staleEntries.access] },
  { href: '/reseau/charte', label: 'reseau.nav.charter', access: [networkContract.charters.access] },
  { href: '/reseau/reunions', label: 'reseau.nav.meetings', access: [networkContract.meetings.access] },
  {
    href: networkPages.partnerNetwork,
    label: 'reseau.nav.partner',
    access: [networkContract.partnerCharters.access],
  },
]
