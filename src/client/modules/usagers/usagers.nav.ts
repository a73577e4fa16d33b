import { usagersContract } from '../../../shared/modules/usagers/usagers.contract'

/** Menu entries of the usagers module, each opened by the contract rule of the route it calls. */
export const usagersNavItems = [
  { href: '/usagers', label: 'usagers.nav.people', access: [usagersContract.search.access] },
  {
    href: '/administration/conservation',
    label: 'usagers.nav.retention',
    access: [usagersContract.anonymisationCandidates.access],
  },
]
