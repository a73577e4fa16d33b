import type { NavItem } from '../../../app/navigation'
import { metiersRetentionContract as c } from '../../../../shared/modules/metiers/retention.contract'

/** Menu entries of the métiers module's retention part, each opened by the rule of the route it calls. */
export const retentionNavItems: NavItem[] = [
  {
    href: '/edition/point-de-chute',
    label: 'metiers_retention.navPlaces',
    access: [c.editorPointDeChute.access],
  },
  { href: '/edition/vivre-ici', label: 'metiers_retention.navLiving', access: [c.editorLivingPlaces.access] },
  { href: '/ecoute/rappels', label: 'metiers_retention.navListening', access: [c.weekCallbacks.access] },
]
