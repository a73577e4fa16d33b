import type { NavItem } from '../../app/navigation'
import { dashboardNavItems } from './dashboard/dashboard.nav'
import { governanceNavItems } from './governance/governance.nav'
import { importsNavItems } from './imports/imports.nav'
import { indicatorsNavItems } from './indicators/indicators.nav'
import { plansNavItems } from './plans/plans.nav'
import { transparencyNavItems } from './transparency/transparency.nav'

/** Menu entries of the pilotage module. */
export const pilotageNavItems: NavItem[] = [
  ...plansNavItems,
  ...dashboardNavItems,
  ...indicatorsNavItems,
  ...governanceNavItems,
  ...importsNavItems,
  ...transparencyNavItems,
]
