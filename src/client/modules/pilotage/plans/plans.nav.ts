import type { NavItem } from '../../../app/navigation'
import { pilotagePlansContract } from '../../../../shared/modules/pilotage/plans.contract'

/** Menu entries of the pilotage module's plans part, each opened by the rule of the route it calls. */
export const plansNavItems: NavItem[] = [
  { href: '/pilotage', label: 'pilotage_plans.nav.plans', access: [pilotagePlansContract.list.access] },
  {
    href: '/pilotage/mes-fiches',
    label: 'pilotage_plans.nav.mine',
    access: [pilotagePlansContract.myFiches.access],
  },
]
