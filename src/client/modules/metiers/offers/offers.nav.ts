import type { NavItem } from '../../../app/navigation'
import { metiersOffersContract } from '../../../../shared/modules/metiers/offers.contract'

/** Menu entries of the métiers module's offers part, each opened by the rule of the route it calls. */
export const offersNavItems: NavItem[] = [
  {
    href: '/recrutement/offres',
    label: 'metiers_offers.nav.offers',
    access: [metiersOffersContract.listOffers.access],
  },
  {
    href: '/recrutement/employeur',
    label: 'metiers_offers.nav.employer',
    access: [metiersOffersContract.getEmployer.access],
  },
]
