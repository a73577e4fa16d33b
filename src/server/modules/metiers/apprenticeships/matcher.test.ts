import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  comparePairs,
  distanceKm,
  MAX_MONTHS_APART,
  rankMatches,
  romeFamily,
  scorePair,
  type MatchRequest,
  type MatchSeat,
  type ScoredPair,
} from './matcher'

const BOURG = { latitude: 46.2052, longitude: 5.2255 }
const AMBERIEU = { latitude: 45.9584, longitude: 5.3583 }

const seat = (over: Partial<MatchSeat> = {}): MatchSeat => ({
  id: 's1',
  jobId: 'aes',
  codeRome: 'K1302',
  ...BOURG,
  startMonth: '2026-09',
  trainingCentreIds: ['cfa-ain'],
  ...over,
})

const request = (over: Partial<MatchRequest> = {}): MatchRequest => ({
  id: 'r1',
  jobIds: ['aes'],
  codeRomes: ['K1302'],
  ...BOURG,
  maxKm: 20,
  mobility: '20 km',
  startMonth: '2026-09',
  trainingCentreId: 'cfa-ain',
  ...over,
})

describe('scoring one pair', () => {
  it('explains each criterion in plain French', () => {
    const pair = scorePair(seat(), request({ latitude: 46.2052 + 12 / 111 }))!
    expect(pair.reasons).toEqual([
      'même métier que votre demande',
      'à 12 km (vous acceptez 20 km)',
      'début : septembre pour les deux',
      'votre CFA est accepté',
    ])
    expect(pair.distanceKm).toBeCloseTo(12, 0)
  })

  it('gives the travel time when the person gave a time, and the months apart', () => {
    const pair = scorePair(
      seat({ startMonth: '2026-10' }),
      request({
        latitude: 46.2052 + 15 / 111,
        maxKm: 22.5,
        mobility: '30 min en voiture',
        travel: { kmPerHour: 45, modeLabel: 'en voiture' },
      }),
    )!
    expect(pair.reasons[1]).toBe('à 15 km, environ 20 min en voiture (vous acceptez 30 min en voiture)')
    expect(pair.reasons[2]).toBe(
      'début : octobre 2026 pour la place, septembre 2026 pour vous (1 mois d’écart)',
    )
  })

  it('cuts beyond the mobility, another job family, or starts more than six months apart', () => {
    expect(scorePair(seat({ ...AMBERIEU }), request())).toBeNull()
    expect(scorePair(seat({ ...AMBERIEU }), request({ maxKm: 40, mobility: '40 km' }))).not.toBeNull()
    expect(scorePair(seat({ codeRome: 'J1501', jobId: 'as' }), request())).toBeNull()
    expect(scorePair(seat({ startMonth: '2027-04' }), request())).toBeNull()
    expect(scorePair(seat({ startMonth: '2027-03' }), request())).not.toBeNull()
  })

  it('ranks the same fiche above the same ROME code above the same family', () => {
    const same = scorePair(seat(), request())!.score
    const code = scorePair(seat({ jobId: 'other' }), request())!.score
    const family = scorePair(seat({ jobId: 'other', codeRome: 'K1304' }), request())!.score
    expect(same).toBeGreaterThan(code)
    expect(code).toBeGreaterThan(family)
  })

  it('says whether the training centre is accepted', () => {
    expect(scorePair(seat({ trainingCentreIds: ['other'] }), request())!.reasons[3]).toBe(
      'votre CFA n’est pas dans la liste de l’employeur',
    )
    expect(scorePair(seat({ trainingCentreIds: [] }), request())!.reasons[3]).toBe('votre CFA est accepté')
    expect(scorePair(seat(), request({ trainingCentreId: null }))!.reasons[3]).toMatch(/pas encore de CFA/)
  })
})

// ---------------------------------------------------------------- properties of the ranking

/** Each fiche has one ROME code; two fiches may share one. */
const codeOf: Record<string, string> = { j1: 'K1302', j2: 'K1304', j3: 'J1501', j4: 'K1201', j5: 'K1302' }
const months = ['2026-06', '2026-09', '2026-10', '2027-01', '2027-05']
const centres = ['c1', 'c2', 'c3']
const jobs = Object.keys(codeOf)

const place = fc.record({
  latitude: fc.double({ min: 45.6, max: 46.5, noNaN: true }),
  longitude: fc.double({ min: 4.8, max: 6.0, noNaN: true }),
})
const seatArb = fc.record({
  jobId: fc.constantFrom(...jobs),
  place,
  startMonth: fc.constantFrom(...months),
  trainingCentreIds: fc.subarray(centres),
})
const requestArb = fc.record({
  jobIds: fc.subarray(jobs, { minLength: 1, maxLength: 2 }),
  place,
  maxKm: fc.integer({ min: 1, max: 80 }),
  startMonth: fc.constantFrom(...months),
  trainingCentreId: fc.option(fc.constantFrom(...centres), { nil: null }),
})

function naive(seats: MatchSeat[], requests: MatchRequest[], top: number) {
  const forRequest = new Map<string, ScoredPair[]>()
  const forSeat = new Map<string, ScoredPair[]>()
  for (const r of requests)
    for (const s of seats) {
      const pair = scorePair(s, r)
      if (!pair) continue
      forRequest.set(r.id, [...(forRequest.get(r.id) ?? []), pair])
      forSeat.set(s.id, [...(forSeat.get(s.id) ?? []), pair])
    }
  const cut = (m: Map<string, ScoredPair[]>) =>
    new Map([...m].map(([k, list]) => [k, [...list].sort(comparePairs).slice(0, top)]))
  return { forRequest: cut(forRequest), forSeat: cut(forSeat) }
}

const world = fc.record({
  seats: fc.array(seatArb, { maxLength: 40 }),
  requests: fc.array(requestArb, { maxLength: 40 }),
  top: fc.integer({ min: 1, max: 6 }),
})

const materialise = (w: { seats: unknown; requests: unknown; top: unknown }) => {
  const seats: MatchSeat[] = (w.seats as any[]).map((s, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    jobId: s.jobId,
    codeRome: codeOf[s.jobId]!,
    latitude: s.place.latitude,
    longitude: s.place.longitude,
    startMonth: s.startMonth,
    trainingCentreIds: s.trainingCentreIds,
  }))
  const requests: MatchRequest[] = (w.requests as any[]).map((r, i) => ({
    id: `r${String(i).padStart(3, '0')}`,
    jobIds: r.jobIds,
    codeRomes: (r.jobIds as string[]).map((j) => codeOf[j]!),
    latitude: r.place.latitude,
    longitude: r.place.longitude,
    maxKm: r.maxKm,
    mobility: `${r.maxKm} km`,
    startMonth: r.startMonth,
    trainingCentreId: r.trainingCentreId,
  }))
  return { seats, requests, top: w.top as number }
}

describe('ranking both ways', () => {
  it('finds exactly what scoring every pair would find (the grid misses nothing)', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { seats, requests, top } = materialise(w)
        const fast = rankMatches(seats, requests, top)
        const slow = naive(seats, requests, top)
        expect(fast.forRequest).toEqual(slow.forRequest)
        expect(fast.forSeat).toEqual(slow.forSeat)
      }),
      { numRuns: 150 },
    )
  })

  it('keeps only pairs within the mobility, of a shared job family, at most six months apart, best first', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { seats, requests, top } = materialise(w)
        const ranked = rankMatches(seats, requests, top)
        const seatById = new Map(seats.map((s) => [s.id, s]))
        const requestById = new Map(requests.map((r) => [r.id, r]))
        for (const lists of [ranked.forRequest, ranked.forSeat])
          for (const list of lists.values()) {
            expect(list.length).toBeLessThanOrEqual(top)
            for (let i = 1; i < list.length; i++) expect(comparePairs(list[i - 1]!, list[i]!)).toBeLessThan(0)
            for (const pair of list) {
              const s = seatById.get(pair.seatId)!
              const r = requestById.get(pair.requestId)!
              expect(distanceKm(r.latitude, r.longitude, s.latitude, s.longitude)).toBeLessThanOrEqual(
                r.maxKm,
              )
              expect(r.codeRomes.map(romeFamily)).toContain(romeFamily(s.codeRome))
              const apart = Math.abs(
                Number(s.startMonth.slice(0, 4)) * 12 +
                  Number(s.startMonth.slice(5)) -
                  Number(r.startMonth.slice(0, 4)) * 12 -
                  Number(r.startMonth.slice(5)),
              )
              expect(apart).toBeLessThanOrEqual(MAX_MONTHS_APART)
              expect(pair.score).toBeGreaterThanOrEqual(0)
              expect(pair.score).toBeLessThanOrEqual(100)
            }
          }
      }),
      { numRuns: 100 },
    )
  })

  it('scores a nearer seat at least as well as a farther one, all else equal', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 19, noNaN: true }),
        fc.double({ min: 0, max: 19, noNaN: true }),
        (a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a]
          const r = request()
          const pNear = scorePair(seat({ latitude: BOURG.latitude + near / 111 }), r)!
          const pFar = scorePair(seat({ latitude: BOURG.latitude + far / 111 }), r)!
          expect(pNear.score).toBeGreaterThanOrEqual(pFar.score)
        },
      ),
    )
  })

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(world, fc.integer(), (w, seed) => {
        const { seats, requests, top } = materialise(w)
        const shuffle = <T>(list: T[]) =>
          list
            .map((item, i) => ({ item, key: Math.sin(seed + i) }))
            .sort((x, y) => x.key - y.key)
            .map((x) => x.item)
        expect(rankMatches(shuffle(seats), shuffle(requests), top)).toEqual(rankMatches(seats, requests, top))
      }),
      { numRuns: 50 },
    )
  })
})
