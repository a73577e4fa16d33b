import { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'
import { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { domiciliationExchangeContract } from '../../../shared/modules/domiciliation/exchange.contract'
import { domiciliationReportsContract } from '../../../shared/modules/domiciliation/reports.contract'

/** Menu entries of the domiciliation module, each opened by the contract rule of the route it calls. */
export const domiciliationNavItems = [
  {
    href: '/domiciliation',
    label: 'domiciliation.nav.files',
    access: [domiciliationDecisionsContract.list.access],
  },
  { href: '/domiciliation/courrier', label: 'domiDesk.nav.desk', access: [mailContract.deskSearch.access] },
  {
    href: '/domiciliation/rapport',
    label: 'domiDesk.nav.report',
    access: [domiciliationReportsContract.annualReport.access],
  },
  {
    href: '/domiciliation/import',
    label: 'domiDesk.nav.import',
    access: [domiciliationExchangeContract.importPreview.access],
  },
  {
    href: '/administration/domiciliation',
    label: 'domiciliation.nav.settings',
    access: [domiciliationDecisionsContract.setSettings.access],
  },
]
