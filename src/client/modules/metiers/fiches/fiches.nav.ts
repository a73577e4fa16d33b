import type { NavItem } from '../../../app/navigation'
import { metiersFichesContract } from '../../../../shared/modules/metiers/fiches.contract'

/** Menu entries of the métiers module's fiches part, each opened by the rule of the route it calls. */
export const fichesNavItems: NavItem[] = [
  {
    href: '/edition/fiches',
    label: 'metiers_fiches.nav.fiches',
    access: [metiersFichesContract.list.access],
  },
  {
    href: '/edition/referentiels',
    label: 'metiers_fiches.nav.referentials',
    access: [metiersFichesContract.romeReferential.access],
  },
]
