import type { NavItem } from '../../app/navigation'
import { campaignsNavItems } from './campaigns/campaigns.nav'
import { fichesNavItems } from './fiches/fiches.nav'
import { offersNavItems } from './offers/offers.nav'
import { recruitmentNavItems } from './recruitment/recruitment.nav'
import { apprenticeshipsNavItems } from './apprenticeships/apprenticeships.nav'
import { trainingsNavItems } from './trainings/trainings.nav'
import { immersionsNavItems } from './immersions/immersions.nav'
import { eventsNavItems } from './events/events.nav'
import { ambassadorsNavItems } from './ambassadors/ambassadors.nav'
import { retentionNavItems } from './retention/retention.nav'
import { agrementNavItems } from './agrement/agrement.nav'
import { observatoryNavItems } from './observatory/observatory.nav'

/** Menu entries of the métiers module, recruiters' first, then editors'. */
export const metiersNavItems: NavItem[] = [
  ...offersNavItems,
  ...recruitmentNavItems,
  ...fichesNavItems,
  ...campaignsNavItems,
  ...apprenticeshipsNavItems,
  ...trainingsNavItems,
  ...immersionsNavItems,
  ...eventsNavItems,
  ...ambassadorsNavItems,
  ...retentionNavItems,
  ...agrementNavItems,
  ...observatoryNavItems,
]
