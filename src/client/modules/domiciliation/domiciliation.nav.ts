import { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'

/** Menu entries of the domiciliation module, each opened by the contract rule of the route it calls. */
export const domiciliationNavItems = [
  {
    href: '/domiciliation',
    label: 'domiciliation.nav.files',
    access: [domiciliationDecisionsContract.list.access],
  },
  {
    href: '/administration/domiciliation',
    label: 'domiciliation.nav.settings',
    access: [domiciliationDecisionsContract.setSettings.access],
  },
]
