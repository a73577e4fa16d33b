import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requestStates } from './accueil.constants'
import {
  acceptsFollowUp,
  allowedStates,
  decideTransition,
  stateAfterAnswer,
  stateAfterOrientation,
} from './accueil.policy'

describe('state machine of a request', () => {
  it('refuses "répondue" until an answer is recorded, and "orientée" until an orientation is', () => {
    const fresh = { state: 'nouvelle' as const, answerCount: 0, orientationCount: 0 }
    expect(decideTransition(fresh, 'repondue')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/réponse/),
    })
    expect(decideTransition(fresh, 'orientee')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/orientation/),
    })
    expect(decideTransition({ ...fresh, answerCount: 1 }, 'repondue')).toEqual({ allowed: true })
    expect(decideTransition({ ...fresh, orientationCount: 1 }, 'orientee')).toEqual({ allowed: true })
    expect(allowedStates(fresh)).toEqual(['en_cours', 'en_attente_usager', 'close'])
  })

  it('reopens a closed request before anything else', () => {
    const closed = { state: 'close' as const, answerCount: 2, orientationCount: 1 }
    expect(allowedStates(closed)).toEqual(['en_cours'])
    expect(acceptsFollowUp('close')).toBe(false)
    expect(stateAfterAnswer('close')).toBe('close')
    expect(stateAfterAnswer('en_attente_usager')).toBe('repondue')
    expect(stateAfterOrientation('nouvelle')).toBe('orientee')
    expect(stateAfterOrientation('repondue')).toBe('repondue')
  })

  it('never allows staying in place, and allows "répondue" only with an answer (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...requestStates),
        fc.nat(3),
        fc.nat(3),
        fc.constantFrom(...requestStates),
        (state, answers, orientations, to) => {
          const d = decideTransition({ state, answerCount: answers, orientationCount: orientations }, to)
          if (to === state) expect(d.allowed).toBe(false)
          if (to === 'repondue' && answers === 0) expect(d.allowed).toBe(false)
          if (to === 'orientee' && orientations === 0) expect(d.allowed).toBe(false)
          if (!d.allowed) expect(d.reason.length).toBeGreaterThan(10)
        },
      ),
    )
  })
})
