import type { NavItem } from '../../../app/navigation'
import { metiersEventsContract } from '../../../../shared/modules/metiers/events.contract'

/** Menu entries of the métiers module's events part, each opened by the rule of the route it calls. */
export const eventsNavItems: NavItem[] = [
  {
    href: '/edition/evenements',
    label: 'metiers_events.nav',
    access: [metiersEventsContract.organiserList.access],
  },
]
