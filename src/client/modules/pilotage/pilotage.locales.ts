import { dashboardLocales } from './dashboard/dashboard.locales'
import { governanceLocales } from './governance/governance.locales'
import { importsLocales } from './imports/imports.locales'
import { indicatorsLocales } from './indicators/indicators.locales'
import { plansLocales } from './plans/plans.locales'
import { transparencyLocales } from './transparency/transparency.locales'

const parts = [
  plansLocales,
  indicatorsLocales,
  dashboardLocales,
  governanceLocales,
  transparencyLocales,
  importsLocales,
]

/** Texts of the pilotage module's back-office pages. */
export const pilotageLocales = {
  fr: Object.assign({}, ...parts.map((p) => p.fr)) as Record<string, unknown>,
  en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, unknown>,
  ar: Object.assign({}, ...parts.map((p) => p.ar)) as Record<string, unknown>,
}
