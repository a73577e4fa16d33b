import type { NavItem } from '../../../app/navigation'
import { metiersAgrementContract } from '../../../../shared/modules/metiers/agrement.contract'

/** Menu entries of the métiers module's agrement part, each opened by the rule of the route it calls. */
export const agrementNavItems: NavItem[] = [
  { href: '/agrement', label: 'metiers_agrement.nav', access: [metiersAgrementContract.pipeline.access] },
]
