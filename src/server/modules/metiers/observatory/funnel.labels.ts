import type { FunnelColumn } from '../../../../shared/modules/metiers/observatory-columns'

/** The funnel's figures as the export names them (the page has its own translated texts). */
export const funnelColumnLabels: Record<FunnelColumn, string> = {
  applications: 'Candidatures reçues',
  answered: 'Candidatures ayant eu une réponse',
  hires: 'Recrutements (candidatures retenues)',
  immersions: 'Immersions demandées',
  immersionsDone: 'Immersions réalisées',
  immersionHires: 'Immersions suivies d’une embauche',
  apprenticeshipMatches: 'Rapprochements d’apprentissage',
  apprenticeshipContacts: 'Mises en relation d’apprentissage',
  apprenticeshipContracts: 'Contrats d’apprentissage signés',
}

/** What a hidden cell reads, in the page, the export and the tests. */
export const secretText = (threshold: number) => `secret statistique (moins de ${threshold})`
