/**
 * The observatory's counts of persons, in the order of the funnel: applications received in the
 * period, answered, hired; immersions requested, done, followed by a hire; apprenticeship matches
 * found, contacts requested, contracts signed.
 */
export const funnelColumns = [
  'applications',
  'answered',
  'hires',
  'immersions',
  'immersionsDone',
  'immersionHires',
  'apprenticeshipMatches',
  'apprenticeshipContacts',
  'apprenticeshipContracts',
] as const
export type FunnelColumn = (typeof funnelColumns)[number]
