import type { NavItem } from '../../../app/navigation'
import { metiersImmersionsContract } from '../../../../shared/modules/metiers/immersions.contract'

/** Menu entries of the métiers module's immersions part, each opened by the rule of the route it calls. */
export const immersionsNavItems: NavItem[] = [
  {
    href: '/recrutement/immersions',
    label: 'metiers_immersions.nav',
    access: [metiersImmersionsContract.listOffers.access],
  },
]
