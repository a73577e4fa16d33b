import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canMoveBooking, bookingStates, defaultDisplayName } from './ambassadors.constants'
import { discoveryPath, discoverySteps, factState, noFacts, type DiscoveryFacts } from './discovery-path'

const facts: fc.Arbitrary<DiscoveryFacts> = fc.record({
  ficheRead: fc.boolean(),
  ambassadorBookings: fc.array(fc.constantFrom(...bookingStates), { maxLength: 4 }),
  eventRegistrations: fc.array(
    fc.record({
      state: fc.constantFrom('inscrit', 'liste_attente', 'annule'),
      attended: fc.constantFrom(true, false, null),
    }),
    { maxLength: 4 },
  ),
  immersionRequests: fc.array(fc.constantFrom('demandee', 'acceptee', 'refusee', 'realisee', 'annulee'), {
    maxLength: 4,
  }),
  apprenticeshipContacts: fc.array(fc.constantFrom('demandee', 'acceptee', 'refusee', 'close'), {
    maxLength: 4,
  }),
  apprenticeshipRequest: fc.boolean(),
  applications: fc.nat({ max: 5 }),
})
const marks = fc.subarray([...discoverySteps, 'inconnue'])

describe('discovery path', () => {
  it('starts with nothing done and the fiche to read', () => {
    expect(discoveryPath(noFacts, [])).toMatchObject({ done: 0, total: 6, percent: 0, next: 'fiche' })
  })

  it('counts what is done, in whole percent, and suggests the first step not done', () => {
    fc.assert(
      fc.property(facts, marks, (f, m) => {
        const path = discoveryPath(f, m)
        expect(path.steps.map((s) => s.step)).toEqual([...discoverySteps])
        expect(path.done).toBe(path.steps.filter((s) => s.state === 'fait').length)
        expect(path.percent).toBe(Math.round((path.done / 6) * 100))
        const firstUndone = path.steps.find((s) => s.state !== 'fait')
        expect(path.next).toBe(firstUndone?.step ?? null)
        expect(path.next === null).toBe(path.done === 6)
      }),
    )
  })

  it('ticking a step by hand makes it done, never undoes one, and is flagged only when the facts did not', () => {
    fc.assert(
      fc.property(facts, marks, fc.constantFrom(...discoverySteps), (f, m, step) => {
        const before = discoveryPath(f, m)
        const after = discoveryPath(f, [...m, step])
        expect(after.steps.find((s) => s.step === step)?.state).toBe('fait')
        expect(after.done).toBeGreaterThanOrEqual(before.done)
        for (const s of after.steps)
          expect(s.marked).toBe(factState(s.step, f) !== 'fait' && [...m, step].includes(s.step))
      }),
    )
  })

  it('more activity never makes a step go back', () => {
    const rank = { a_faire: 0, en_cours: 1, fait: 2 } as const
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const merged: DiscoveryFacts = {
          ficheRead: a.ficheRead || b.ficheRead,
          ambassadorBookings: [...a.ambassadorBookings, ...b.ambassadorBookings],
          eventRegistrations: [...a.eventRegistrations, ...b.eventRegistrations],
          immersionRequests: [...a.immersionRequests, ...b.immersionRequests],
          apprenticeshipContacts: [...a.apprenticeshipContacts, ...b.apprenticeshipContacts],
          apprenticeshipRequest: a.apprenticeshipRequest || b.apprenticeshipRequest,
          applications: a.applications + b.applications,
        }
        for (const step of discoverySteps) {
          expect(rank[factState(step, merged)]).toBeGreaterThanOrEqual(rank[factState(step, a)])
        }
      }),
    )
  })

  it('reads each part’s outcomes as the parts write them', () => {
    expect(factState('ambassadeur', { ...noFacts, ambassadorBookings: ['acceptee'] })).toBe('en_cours')
    expect(factState('ambassadeur', { ...noFacts, ambassadorBookings: ['refusee'] })).toBe('a_faire')
    expect(factState('ambassadeur', { ...noFacts, ambassadorBookings: ['realisee'] })).toBe('fait')
    expect(
      factState('evenement', { ...noFacts, eventRegistrations: [{ state: 'inscrit', attended: null }] }),
    ).toBe('en_cours')
    expect(
      factState('evenement', { ...noFacts, eventRegistrations: [{ state: 'inscrit', attended: false }] }),
    ).toBe('a_faire')
    expect(
      factState('evenement', { ...noFacts, eventRegistrations: [{ state: 'inscrit', attended: true }] }),
    ).toBe('fait')
    expect(factState('immersion', { ...noFacts, immersionRequests: ['acceptee'] })).toBe('fait')
    expect(factState('immersion', { ...noFacts, immersionRequests: ['refusee'] })).toBe('a_faire')
    expect(factState('formation', { ...noFacts, apprenticeshipRequest: true })).toBe('en_cours')
    expect(factState('formation', { ...noFacts, apprenticeshipContacts: ['acceptee'] })).toBe('fait')
    expect(factState('candidature', { ...noFacts, applications: 1 })).toBe('fait')
  })
})

describe('ambassadors rules', () => {
  it('moves a booking only forward, from a request to an answer, then to the meeting', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bookingStates), fc.constantFrom(...bookingStates), (from, to) => {
        const allowed = canMoveBooking(from, to)
        if (from === to) expect(allowed).toBe(false)
        if (to === 'realisee') expect(allowed).toBe(from === 'acceptee')
        if (to === 'acceptee' || to === 'refusee') expect(allowed).toBe(from === 'demandee')
      }),
    )
  })

  it('shows the first name and the initial by default', () => {
    expect(defaultDisplayName('Nadia', 'Benali')).toBe('Nadia B.')
    expect(defaultDisplayName('Élodie', 'émond')).toBe('Élodie É.')
    expect(defaultDisplayName('Karim', '')).toBe('Karim')
  })
})
