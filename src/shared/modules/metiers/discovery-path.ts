/**
 * The discovery path of one job for a signed-in candidate: six steps in order, each one's state
 * computed from what the candidate did on the platform (facts) or ticked by hand.
 */

export const discoverySteps = [
  'fiche',
  'ambassadeur',
  'evenement',
  'immersion',
  'formation',
  'candidature',
] as const
export type DiscoveryStep = (typeof discoverySteps)[number]

export const discoveryStepStates = ['fait', 'en_cours', 'a_faire'] as const
export type DiscoveryStepState = (typeof discoveryStepStates)[number]

/** What the platform knows the candidate did for this job, read from each part's data. */
export interface DiscoveryFacts {
  ficheRead: boolean
  /** Booking states of the candidate's requests to this job's ambassadors. */
  ambassadorBookings: readonly string[]
  /** The candidate's registrations to events about this job. */
  eventRegistrations: readonly { state: string; attended: boolean | null }[]
  /** States of the candidate's immersion requests for this job. */
  immersionRequests: readonly string[]
  /** States of the candidate's apprenticeship contacts for this job. */
  apprenticeshipContacts: readonly string[]
  /** The candidate published an apprenticeship request naming this job. */
  apprenticeshipRequest: boolean
  /** Applications sent to offers of this job (withdrawn ones included: they were sent). */
  applications: number
}

export const noFacts: DiscoveryFacts = {
  ficheRead: false,
  ambassadorBookings: [],
  eventRegistrations: [],
  immersionRequests: [],
  apprenticeshipContacts: [],
  apprenticeshipRequest: false,
  applications: 0,
}

export interface DiscoveryStepView {
  step: DiscoveryStep
  state: DiscoveryStepState
  /** Done by hand (« je l'ai fait ailleurs ») rather than seen on the platform. */
  marked: boolean
}

export interface DiscoveryProgress {
  steps: DiscoveryStepView[]
  done: number
  total: number
  /** Whole percent of steps done. */
  percent: number
  /** The first step not done yet, in the path's order; null when everything is done. */
  next: DiscoveryStep | null
}

/** What the facts say of one step, before the candidate's own ticks. */
export function factState(step: DiscoveryStep, facts: DiscoveryFacts): DiscoveryStepState {
  switch (step) {
    case 'fiche':
      return facts.ficheRead ? 'fait' : 'a_faire'
    case 'ambassadeur':
      if (facts.ambassadorBookings.includes('realisee')) return 'fait'
      return facts.ambassadorBookings.some((s) => s === 'demandee' || s === 'acceptee')
        ? 'en_cours'
        : 'a_faire'
    case 'evenement':
      if (facts.eventRegistrations.some((r) => r.attended === true)) return 'fait'
      return facts.eventRegistrations.some((r) => r.state !== 'annule' && r.attended !== false)
        ? 'en_cours'
        : 'a_faire'
    case 'immersion':
      if (facts.immersionRequests.some((s) => s === 'realisee' || s === 'acceptee')) return 'fait'
      return facts.immersionRequests.some((s) => s === 'demandee') ? 'en_cours' : 'a_faire'
    case 'formation':
      if (facts.apprenticeshipContacts.some((s) => s === 'acceptee' || s === 'close')) return 'fait'
      return facts.apprenticeshipRequest || facts.apprenticeshipContacts.includes('demandee')
        ? 'en_cours'
        : 'a_faire'
    case 'candidature':
      return facts.applications > 0 ? 'fait' : 'a_faire'
  }
}

/** The whole path: a step ticked by hand is done whatever the facts say. */
export function discoveryPath(facts: DiscoveryFacts, markedSteps: readonly string[]): DiscoveryProgress {
  const steps = discoverySteps.map((step): DiscoveryStepView => {
    const fromFacts = factState(step, facts)
    const marked = fromFacts !== 'fait' && markedSteps.includes(step)
    return { step, state: marked ? 'fait' : fromFacts, marked }
  })
  const done = steps.filter((s) => s.state === 'fait').length
  return {
    steps,
    done,
    total: steps.length,
    percent: Math.round((done / steps.length) * 100),
    next: steps.find((s) => s.state !== 'fait')?.step ?? null,
  }
}
