import type { NavItem } from '../../../app/navigation'
import { metiersCampaignsContract } from '../../../../shared/modules/metiers/campaigns.contract'

/** Menu entries of the métiers module's campaigns part, each opened by the rule of the route it calls. */
export const campaignsNavItems: NavItem[] = [
  {
    href: '/edition/campagne',
    label: 'metiers_campaigns.nav',
    access: [metiersCampaignsContract.editorPage.access],
  },
]
