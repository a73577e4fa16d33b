import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createReferralBody,
  referralActions,
  referralAnswerBody,
  type ReferralStatus,
} from '../../../shared/modules/partenaires/referrals.contract'
import { allowedActions, sharedOf, statusAfter } from './referrals.presenter'

const action = fc.constantFrom(...referralActions)

/** Applies the actions a partner tries, keeping only those allowed at each step. */
function play(actions: (typeof referralActions)[number][]) {
  const path: ReferralStatus[] = ['envoyee']
  for (const a of actions) {
    const current = path.at(-1)!
    if (allowedActions(current).includes(a)) path.push(statusAfter[a])
  }
  return path
}

describe('the answers of a partner', () => {
  it('never reopen a closed orientation, never go back to "sent", and take at most two steps', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        const path = play(actions)
        expect(path.length).toBeLessThanOrEqual(3)
        expect(path.slice(1)).not.toContain('envoyee')
        const closedAt = path.findIndex((s) => allowedActions(s).length === 0)
        if (closedAt >= 0) expect(closedAt).toBe(path.length - 1)
      }),
    )
  })

  it('refuse or accept only an orientation still waiting; "came" or "did not come" from waiting or accepted', () => {
    for (const status of ['acceptee', 'refusee', 'personne_recue', 'personne_absente', 'expiree'] as const) {
      expect(allowedActions(status)).not.toContain('accepter')
      expect(allowedActions(status)).not.toContain('refuser')
    }
    expect(allowedActions('acceptee')).toEqual(['personne_recue', 'personne_absente'])
    expect(allowedActions('expiree')).toEqual([])
  })

  it('require a reason to refuse, and only then', () => {
    const reason = fc.option(fc.stringMatching(/^[a-zA-Zéèà ]{0,30}$/), { nil: undefined })
    fc.assert(
      fc.property(action, reason, (a, r) => {
        const parsed = referralAnswerBody.safeParse(
          r === undefined ? { action: a } : { action: a, reason: r },
        )
        const hasReason = (r ?? '').trim().length > 0
        expect(parsed.success).toBe(a !== 'refuser' || hasReason)
        if (!parsed.success) expect(parsed.error.issues[0]!.path).toEqual(['reason'])
      }),
    )
  })
})

describe('what the person agreed to share', () => {
  const share = fc.record(
    {
      firstName: fc.constantFrom('Nadège', 'Jean-Édouard'),
      lastName: fc.constantFrom('Bouhired', 'de La Tour'),
      phone: fc.constantFrom('06 11 22 33 44', '+33381000000'),
      email: fc.constantFrom('a@exemple.test'),
      message: fc.constantFrom('Disponible le samedi.'),
    },
    { requiredKeys: [] },
  )

  it('needs the consent as soon as anything is shared, and nothing is shared by default', () => {
    fc.assert(
      fc.property(share, fc.boolean(), (s, consent) => {
        const parsed = createReferralBody.safeParse({
          serviceId: '01900000-0000-7000-8000-000000000000',
          share: s,
          consent,
        })
        const sharesSomething = Object.keys(s).length > 0
        expect(parsed.success).toBe(consent || !sharesSomething)
        if (!parsed.success) expect(parsed.error.issues[0]!.path).toEqual(['consent'])
        else expect(Object.keys(sharedOf(parsed.data.share)).sort()).toEqual(Object.keys(s).sort())
      }),
    )
    const bare = createReferralBody.parse({ serviceId: '01900000-0000-7000-8000-000000000000' })
    expect(bare.share).toEqual({})
    expect(bare.consent).toBe(false)
  })

  it('keeps only the five known fields from a stored snapshot', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), fc.integer())),
        (stored) => {
          const kept = sharedOf(stored)
          for (const [k, v] of Object.entries(kept)) {
            expect(['firstName', 'lastName', 'phone', 'email', 'message']).toContain(k)
            expect(typeof v).toBe('string')
          }
        },
      ),
    )
  })
})
