import type { NavItem } from '../../../app/navigation'
import { metiersApprenticeshipsContract } from '../../../../shared/modules/metiers/apprenticeships.contract'

/** Menu entries of the métiers module's apprenticeships part, each opened by the rule of the route it calls. */
export const apprenticeshipsNavItems: NavItem[] = [
  {
    href: '/recrutement/apprentissage',
    label: 'metiers_apprenticeships.nav',
    access: [metiersApprenticeshipsContract.employerSeats.access],
  },
]
