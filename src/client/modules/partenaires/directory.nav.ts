import type { NavItem } from '../../app/navigation'
import { directoryContract } from '../../../shared/modules/partenaires/directory.contract'
import { importsContract } from '../../../shared/modules/partenaires/imports.contract'
import { searchContract } from '../../../shared/modules/partenaires/search.contract'

/** Menu entries of the partenaires module's directory part, each opened by the rule of the route it calls. */
export const directoryNavItems: NavItem[] = [
  { href: '/annuaire', label: 'directory.nav.search', access: [searchContract.search.access] },
  {
    href: '/annuaire/structures',
    label: 'directory.nav.structures',
    access: [directoryContract.createStructure.access],
  },
  {
    href: '/annuaire/propositions',
    label: 'directory.nav.changes',
    access: [directoryContract.listChanges.access],
  },
  { href: '/annuaire/import', label: 'directory.nav.import', access: [importsContract.list.access] },
  {
    href: '/annuaire/mes-fiches',
    label: 'directory.nav.mine',
    access: [directoryContract.myStructures.access],
  },
]
