import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  directoryThemes,
  publics,
  referralModes,
  subThemes,
} from '../../../../shared/modules/partenaires/directory.constants'
import {
  emptySearch,
  formatSearch,
  isBlank,
  parseSearch,
  searchQueryOf,
  type SearchState,
} from './search-state'

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

const state: fc.Arbitrary<SearchState> = fc.record({
  q: fc.string({ maxLength: 60 }),
  interpret: fc.boolean(),
  themes: fc.uniqueArray(fc.constantFrom(...directoryThemes), { maxLength: 4 }),
  subThemes: fc.uniqueArray(fc.constantFrom(...subThemes), { maxLength: 4 }),
  publics: fc.uniqueArray(fc.constantFrom(...publics), { maxLength: 4 }),
  age: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 120 })),
  language: fc.constantFrom('', 'fr', 'en', 'ar', 'uk'),
  wheelchair: fc.boolean(),
  hearingLoop: fc.boolean(),
  referralModes: fc.uniqueArray(fc.constantFrom(...referralModes), { maxLength: 3 }),
  openNow: fc.boolean(),
  openOn: fc.oneof(fc.constant(''), day),
  openAfter: fc.oneof(fc.constant(''), time),
  near: fc.string({ maxLength: 40 }),
  latitude: fc.constant(null),
  longitude: fc.constant(null),
  radius: fc.oneof(fc.constant(null), fc.integer({ min: 100, max: 100_000 })),
  page: fc.integer({ min: 1, max: 50 }),
})

const point = fc
  .record({
    latitude: fc.double({ min: -90, max: 90, noNaN: true }),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }),
  })
  // -0 and 0 are the same place (and read back as 0).
  .map(({ latitude, longitude }) => ({ latitude: latitude + 0, longitude: longitude + 0 }))

describe('search state in the address bar', () => {
  test('any search comes back the same from the address bar', () => {
    fc.assert(
      fc.property(state, fc.option(point, { nil: null }), (s, p) => {
        const withPoint = { ...s, latitude: p?.latitude ?? null, longitude: p?.longitude ?? null }
        expect(parseSearch(formatSearch(withPoint))).toEqual(withPoint)
      }),
    )
  })

  test('any address bar gives a usable search, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const s = parseSearch(text)
        expect(s.page).toBeGreaterThanOrEqual(1)
        expect(parseSearch(formatSearch(s))).toEqual(s)
      }),
    )
  })

  test('broken values are dropped rather than sent to the server', () => {
    const s = parseSearch(
      '?openOn=samedi&latitude=abc&longitude=6&radius=10.5&page=-2&referralModes=partout&themes=A%20B&themes=cuisine&language=xx',
    )
    expect(s).toEqual(emptySearch())
    expect(isBlank(s)).toBe(true)
  })

  test('a typed address is sent until the browser gives a position, which then wins', () => {
    const typed = { ...emptySearch(), q: 'aide alimentaire', near: 'gare Viotte' }
    expect(searchQueryOf(typed)).toMatchObject({ q: 'aide alimentaire', near: 'gare Viotte' })
    const located = { ...typed, latitude: 47.24, longitude: 6.02 }
    expect(searchQueryOf(located).near).toBeUndefined()
    expect(searchQueryOf(located)).toMatchObject({ latitude: 47.24, longitude: 6.02 })
    expect(searchQueryOf({ ...typed, openAfter: '18:00' }).openAfter).toBeUndefined()
  })

  test('the person’s age goes to the server as typed, for it to name the field when it is wrong', () => {
    const s = parseSearch('?themes=emploi&age=17')
    expect(s.age).toBe(17)
    expect(isBlank(s)).toBe(false)
    expect(searchQueryOf(s)).toMatchObject({ age: 17 })
    expect(searchQueryOf(emptySearch()).age).toBeUndefined()
    expect(parseSearch('?age=130').age).toBe(130)
    expect(parseSearch('?age=dix-sept').age).toBeNull()
    expect(isBlank(parseSearch('?age=17'))).toBe(false)
  })
})
