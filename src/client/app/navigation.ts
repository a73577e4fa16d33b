import type { AccessRule } from '../../shared/contract'
import type { SessionView } from '../../shared/modules/auth/auth.contract'
import { contracts } from '../../shared/modules'
import { canAccessAny } from './access'
import { accueilNavItems } from '../modules/accueil/accueil.nav'
import { domiciliationNavItems } from '../modules/domiciliation/domiciliation.nav'
import { usagersNavItems } from '../modules/usagers/usagers.nav'
import { directoryNavItems } from '../modules/partenaires/directory.nav'
import { orientationsNavItems } from '../modules/partenaires/orientations.nav'
import { metiersNavItems } from '../modules/metiers/metiers.nav'
import { pilotageNavItems } from '../modules/pilotage/pilotage.nav'

export interface NavItem {
  href: string
  /** i18n key of the link text. */
  label: string
  /** The page opens if any of these contract rules allows the session. */
  access: readonly AccessRule[]
}

/** The signed-in pages, each gated by the access rule of the routes it calls. */
export const navItems: readonly NavItem[] = [
  { href: '/', label: 'nav.home', access: [{ kind: 'signedIn' }] },
  ...accueilNavItems,
  ...usagersNavItems,
  ...domiciliationNavItems,
  ...directoryNavItems,
  ...orientationsNavItems,
  ...metiersNavItems,
  ...pilotageNavItems,
  {
    href: '/administration/membres',
    label: 'nav.members',
    access: [contracts.organisations.listMembers.access],
  },
  {
    href: '/administration/organisation',
    label: 'nav.organisation',
    access: [contracts.organisations.updateCurrent.access],
  },
  { href: '/journal', label: 'nav.audit', access: [contracts.audit.search.access] },
  {
    href: '/administration/organisations',
    label: 'nav.platform',
    access: [contracts.organisations.list.access],
  },
  { href: '/mon-compte', label: 'nav.account', access: [contracts.auth.updateProfile.access] },
]

/** The links this session may follow, in menu order. */
export const visibleNavItems = (session: SessionView | null): NavItem[] =>
  navItems.filter((item) => canAccessAny(item.access, session))

export const accessOf = (href: string): readonly AccessRule[] =>
  navItems.find((item) => item.href === href)?.access ?? [{ kind: 'signedIn' }]
