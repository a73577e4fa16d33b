import { accueilContract } from '../../../shared/modules/accueil/accueil.contract'

/** Menu entries of the accueil module, each opened by the contract rule of the route it calls. */
export const accueilNavItems = [
  { href: '/demandes', label: 'accueil.nav.requests', access: [accueilContract.list.access] },
  { href: '/demandes/nouvelle', label: 'accueil.nav.create', access: [accueilContract.create.access] },
  {
    href: '/administration/delais',
    label: 'accueil.nav.delays',
    access: [accueilContract.setDelays.access],
  },
]
