import type { NavItem } from '../../../app/navigation'
import { centresHref, malletteHref, trainingsApi, welcomeKitHref } from './trainings.queries'

/** Menu entries of the métiers module's trainings part, each opened by the rule of the route it calls. */
export const trainingsNavItems: NavItem[] = [
  { href: centresHref, label: 'metiers_trainings.navCentres', access: [trainingsApi.centres.access] },
  {
    href: malletteHref,
    label: 'metiers_trainings.navMallette',
    access: [trainingsApi.editorMallette.access],
  },
  { href: welcomeKitHref, label: 'metiers_trainings.navKit', access: [trainingsApi.editorWelcomeKit.access] },
]
