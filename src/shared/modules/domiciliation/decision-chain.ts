import type { CivilDate } from '../../dates'
import { grantingKinds, type DecisionKind, type FileStatus } from './domiciliation.constants'

/** What the replay needs of a decision of the chain. */
export interface ChainDecision {
  kind: DecisionKind
  decidedOn: CivilDate
  /** Order of entry, for decisions of the same day (UUID v7 ids or creation instants sort so). */
  sequence: string
  validFrom: CivilDate | null
  validUntil: CivilDate | null
  cancelled: boolean
}

/** What the file carries for lists, always derived from its chain. */
export interface ChainState {
  status: FileStatus
  validFrom: CivilDate | null
  validUntil: CivilDate | null
  firstDomiciliationOn: CivilDate | null
}

export const emptyChainState: ChainState = {
  status: 'instruction',
  validFrom: null,
  validUntil: null,
  firstDomiciliationOn: null,
}

const inOrder = (a: ChainDecision, b: ChainDecision) =>
  a.decidedOn.localeCompare(b.decidedOn) || a.sequence.localeCompare(b.sequence)

/** One step of the chain. */
export function applyDecision(state: ChainState, d: ChainDecision): ChainState {
  if (grantingKinds.includes(d.kind)) {
    return {
      status: 'valide',
      validFrom: d.validFrom,
      validUntil: d.validUntil,
      firstDomiciliationOn: state.firstDomiciliationOn ?? d.validFrom,
    }
  }
  if (d.kind === 'REFUS') {
    // A refused renewal does not withdraw the attestation in force: it runs to its end date.
    const stillValid =
      state.status === 'valide' && state.validUntil !== null && state.validUntil >= d.decidedOn
    return stillValid ? state : { ...state, status: 'refus' }
  }
  return { ...state, status: 'radie' }
}

/**
 * The file's status, validity and first domiciliation day, replayed from its decisions in the
 * order they were taken, leaving out cancelled ones. The only place these are computed: every
 * decision and every cancellation stores its result.
 */
export function replayChain(decisions: readonly ChainDecision[]): ChainState {
  return decisions
    .filter((d) => !d.cancelled)
    .sort(inOrder)
    .reduce(applyDecision, emptyChainState)
}

/**
 * The chain replayed, keeping a first domiciliation day that predates every decision of the chain
 * (cancelled ones included): no decision here can have given it, so it was declared by the former
 * system at import, and a later decision must not replace it with a more recent day.
 */
export function replayKeepingDeclaredFirstDay(
  decisions: readonly ChainDecision[],
  storedFirstDay: CivilDate | null,
): ChainState {
  const state = replayChain(decisions)
  const earliest = decisions.map((d) => d.validFrom ?? d.decidedOn).sort()[0]
  const declared = storedFirstDay !== null && (earliest === undefined || storedFirstDay < earliest)
  if (!declared) return state
  const first = state.firstDomiciliationOn
  return { ...state, firstDomiciliationOn: first !== null && first < storedFirstDay ? first : storedFirstDay }
}
