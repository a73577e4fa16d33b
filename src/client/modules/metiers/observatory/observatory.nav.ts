import type { NavItem } from '../../../app/navigation'
import { metiersObservatoryContract as c } from '../../../../shared/modules/metiers/observatory.contract'

/** Menu entries of the métiers module's observatory part, each opened by the rule of the route it calls. */
export const observatoryNavItems: NavItem[] = [
  {
    href: '/observatoire/recrutement',
    label: 'metiers_observatory.nav.observatory',
    access: [c.funnel.access, c.platformFunnel.access],
  },
  {
    href: '/administration/portail-metiers',
    label: 'metiers_observatory.nav.settings',
    access: [c.settings.access],
  },
]
