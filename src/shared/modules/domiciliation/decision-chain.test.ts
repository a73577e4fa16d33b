import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, civil } from '../../dates'
import {
  applyDecision,
  emptyChainState,
  replayChain,
  replayKeepingDeclaredFirstDay,
  type ChainDecision,
} from './decision-chain'
import { validityEnd, type DecisionKind } from './domiciliation.constants'

let counter = 0
function decision(kind: DecisionKind, decidedOn: string, cancelled = false): ChainDecision {
  const grant = kind === 'ACCEPTATION' || kind === 'RENOUVELLEMENT'
  return {
    kind,
    decidedOn,
    sequence: String(counter++).padStart(8, '0'),
    validFrom: grant ? decidedOn : null,
    validUntil: grant ? validityEnd(decidedOn) : null,
    cancelled,
  }
}

describe('the decision chain', () => {
  it('starts in instruction, and a first acceptance sets the validity and the first domiciliation day', () => {
    expect(replayChain([])).toEqual(emptyChainState)
    expect(replayChain([decision('ACCEPTATION', '2026-03-02')])).toEqual({
      status: 'valide',
      validFrom: '2026-03-02',
      validUntil: '2027-03-01',
      firstDomiciliationOn: '2026-03-02',
    })
  })

  it('renews from the decision day and keeps the first domiciliation day', () => {
    const chain = [decision('ACCEPTATION', '2025-03-02'), decision('RENOUVELLEMENT', '2026-02-20')]
    expect(replayChain(chain)).toEqual({
      status: 'valide',
      validFrom: '2026-02-20',
      validUntil: '2027-02-19',
      firstDomiciliationOn: '2025-03-02',
    })
  })

  it('keeps a domiciliation in force when its renewal is refused, until its end date', () => {
    const chain = [decision('ACCEPTATION', '2025-03-02'), decision('REFUS', '2026-02-20')]
    expect(replayChain(chain)).toMatchObject({ status: 'valide', validUntil: '2026-03-01' })
    const late = [decision('ACCEPTATION', '2025-03-02'), decision('REFUS', '2026-03-05')]
    expect(replayChain(late)).toMatchObject({ status: 'refus', validUntil: '2026-03-01' })
    expect(replayChain([decision('REFUS', '2026-03-05')]).status).toBe('refus')
  })

  it('radiates, and cancelling the radiation restores the domiciliation as it was', () => {
    const granted = decision('ACCEPTATION', '2026-01-05')
    const radiation = decision('RADIATION', '2026-06-10')
    expect(replayChain([granted, radiation]).status).toBe('radie')
    expect(replayChain([granted, { ...radiation, cancelled: true }])).toEqual(replayChain([granted]))
  })

  it('orders by decision day, then by order of entry, whatever the order given', () => {
    const a = decision('ACCEPTATION', '2026-01-05')
    const r = decision('RADIATION', '2026-06-10')
    const b = decision('ACCEPTATION', '2026-06-10')
    expect(replayChain([b, r, a])).toEqual(replayChain([a, r, b]))
    expect(replayChain([b, r, a]).status).toBe('valide')
  })

  const kinds = fc.constantFrom<DecisionKind>('ACCEPTATION', 'RENOUVELLEMENT', 'REFUS', 'RADIATION')
  const chains = fc
    .array(fc.record({ kind: kinds, gap: fc.integer({ min: 0, max: 400 }), cancelled: fc.boolean() }), {
      maxLength: 12,
    })
    .map((steps) => {
      let day = civil(2024, 1, 1)
      return steps.map((s) => {
        day = addDays(day, s.gap)
        return decision(s.kind, day, s.cancelled)
      })
    })

  it('replays the same with cancelled decisions as without them (property)', () => {
    fc.assert(
      fc.property(chains, (chain) => {
        expect(replayChain(chain)).toEqual(replayChain(chain.filter((d) => !d.cancelled)))
      }),
    )
  })

  it('gives the same state step by step as replayed whole, and never invents a first day (property)', () => {
    fc.assert(
      fc.property(chains, (chain) => {
        const effective = chain.filter((d) => !d.cancelled)
        let state = emptyChainState
        for (const [i, d] of effective.entries()) {
          state = applyDecision(state, d)
          expect(state).toEqual(replayChain(effective.slice(0, i + 1)))
        }
        const grants = effective.filter((d) => d.kind === 'ACCEPTATION' || d.kind === 'RENOUVELLEMENT')
        expect(state.firstDomiciliationOn).toBe(grants[0]?.validFrom ?? null)
        const last = effective.at(-1)
        if (!last) expect(state.status).toBe('instruction')
        else if (last.kind === 'RADIATION') expect(state.status).toBe('radie')
        else if (last.kind !== 'REFUS')
          expect(state).toMatchObject({ status: 'valide', validFrom: last.validFrom })
      }),
    )
  })

  it('keeps a first day declared before every decision of the chain, and only such a day (property)', () => {
    fc.assert(
      fc.property(chains, fc.integer({ min: 1, max: 4000 }), (chain, daysBefore) => {
        const days = chain.map((d) => d.validFrom ?? d.decidedOn).sort()
        const earliest = days[0] ?? '2026-01-01'
        const declared = new Date(Date.parse(`${earliest}T00:00:00Z`) - daysBefore * 86_400_000)
          .toISOString()
          .slice(0, 10)
        expect(replayKeepingDeclaredFirstDay(chain, declared).firstDomiciliationOn).toBe(declared)
        // A stored day the chain itself gave (or a later one) is replayed, never kept.
        const replayed = replayChain(chain)
        expect(replayKeepingDeclaredFirstDay(chain, replayed.firstDomiciliationOn)).toEqual(replayed)
        if (days.length) expect(replayKeepingDeclaredFirstDay(chain, earliest)).toEqual(replayed)
      }),
    )
  })
})
