import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PublicPointDeChuteView } from '../../../../../shared/modules/metiers/retention.contract'
import { pointDeChuteFacilities } from '../../../../../shared/modules/metiers/retention.constants'
import { communeCentre, listPlaces } from './point-de-chute-filters'

const place = (over: Partial<PublicPointDeChuteView>): PublicPointDeChuteView => ({
  id: crypto.randomUUID(),
  name: 'Lieu',
  kind: 'mairie',
  address: '',
  postcode: '25000',
  commune: 'Besançon',
  communeInsee: '25056',
  latitude: 47.24,
  longitude: 6.02,
  contactPhone: '',
  contactEmail: '',
  organisationName: 'CCAS',
  updatedAt: '2026-01-01T00:00:00.000Z',
  openingHours: {},
  hoursExceptions: [],
  accessInstructions: '',
  hasAccessCode: false,
  facilities: [],
  audience: '',
  ...over,
})

const placeArb = fc
  .record({
    commune: fc.constantFrom('Besançon', 'Bourg-en-Bresse', 'Saint-Vit', 'Péronnas'),
    latitude: fc.double({ min: 46, max: 48, noNaN: true }),
    longitude: fc.double({ min: 5, max: 7, noNaN: true }),
    facilities: fc.subarray([...pointDeChuteFacilities]),
    open: fc.boolean(),
  })
  .map((p) =>
    place({
      commune: p.commune,
      latitude: p.latitude,
      longitude: p.longitude,
      facilities: p.facilities,
      openingHours: p.open
        ? Object.fromEntries(
            ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map((d) => [
              d,
              [['00:00', '23:59']],
            ]),
          )
        : {},
    }),
  )

describe('Point de chute list', () => {
  it('keeps only places with every facility asked, open ones when asked, nearest first', () => {
    fc.assert(
      fc.property(
        fc.array(placeArb, { maxLength: 30 }),
        fc.subarray([...pointDeChuteFacilities], { maxLength: 3 }),
        fc.boolean(),
        (places, facilities, openNow) => {
          const origin = { latitude: 47, longitude: 6 }
          const listed = listPlaces(places, { openNow, facilities, origin }, new Date('2026-06-15T10:00:00Z'))
          for (const l of listed) {
            for (const f of facilities) expect(l.place.facilities).toContain(f)
            if (openNow) expect(l.open).toBe(true)
          }
          const expected = places.filter(
            (p) =>
              facilities.every((f) => p.facilities.includes(f)) &&
              (!openNow || Object.keys(p.openingHours).length > 0),
          )
          expect(listed.length).toBe(expected.length)
          for (let i = 1; i < listed.length; i++)
            expect(listed[i]!.distanceKm!).toBeGreaterThanOrEqual(listed[i - 1]!.distanceKm!)
        },
      ),
    )
  })

  it('finds a commune typed without accents, hyphens or capitals', () => {
    const places = [
      place({ commune: 'Bourg-en-Bresse', latitude: 46.2, longitude: 5.22 }),
      place({ commune: 'Besançon' }),
    ]
    expect(communeCentre(places, 'bourg en bresse')).toEqual({ latitude: 46.2, longitude: 5.22 })
    expect(communeCentre(places, 'BESANCON')).toEqual({ latitude: 47.24, longitude: 6.02 })
    expect(communeCentre(places, 'Dole')).toBeNull()
  })
})
