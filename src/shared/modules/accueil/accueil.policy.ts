import { isOpen, openStates, requestStates, type RequestState } from './accueil.constants'

/** What the state machine needs to know of a request. */
export interface RequestFacts {
  state: RequestState
  answerCount: number
  orientationCount: number
}

export type TransitionDecision = { allowed: true } | { allowed: false; reason: string }

/** The states reachable from each state, before the conditions on answers and orientations. */
const moves: Record<RequestState, readonly RequestState[]> = {
  nouvelle: ['en_cours', 'en_attente_usager', 'repondue', 'orientee', 'close'],
  en_cours: ['en_attente_usager', 'repondue', 'orientee', 'close'],
  en_attente_usager: ['en_cours', 'repondue', 'orientee', 'close'],
  repondue: ['en_cours', 'orientee', 'close'],
  orientee: ['en_cours', 'repondue', 'close'],
  close: ['en_cours'],
}

/** Whether a request may go to `to`: "répondue" needs an answer, "orientée" an orientation. */
export function decideTransition(facts: RequestFacts, to: RequestState): TransitionDecision {
  if (facts.state === to) return { allowed: false, reason: 'La demande est déjà dans cet état.' }
  if (!moves[facts.state].includes(to)) {
    return { allowed: false, reason: 'Ce changement d’état n’est pas possible : rouvrez d’abord la demande.' }
  }
  if (to === 'repondue' && facts.answerCount === 0) {
    return {
      allowed: false,
      reason: 'Enregistrez d’abord la réponse apportée : une demande n’est répondue qu’avec une réponse.',
    }
  }
  if (to === 'orientee' && facts.orientationCount === 0) {
    return { allowed: false, reason: 'Enregistrez d’abord l’orientation vers un partenaire.' }
  }
  return { allowed: true }
}

/** Every state the request may go to now: what the client offers. */
export const allowedStates = (facts: RequestFacts): RequestState[] =>
  requestStates.filter((to) => decideTransition(facts, to).allowed)

/** Recording an answer (or an orientation) moves a request that still waited for one. */
export const stateAfterAnswer = (state: RequestState): RequestState => (isOpen(state) ? 'repondue' : state)
export const stateAfterOrientation = (state: RequestState): RequestState =>
  isOpen(state) ? 'orientee' : state

/** A closed request takes no new answer or orientation until it is reopened. */
export const acceptsFollowUp = (state: RequestState) => state !== 'close'

export { openStates }
