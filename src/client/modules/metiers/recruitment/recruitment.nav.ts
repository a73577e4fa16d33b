import type { NavItem } from '../../../app/navigation'
import { metiersApplicationsContract } from '../../../../shared/modules/metiers/applications.contract'

/** Menu entries of the métiers module's recruitment part, each opened by the rule of the route it calls. */
export const recruitmentNavItems: NavItem[] = [
  {
    href: '/recrutement/candidatures',
    label: 'metiers_recruitment.nav.applications',
    access: [metiersApplicationsContract.dashboard.access],
  },
]
