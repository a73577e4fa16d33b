import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { contracts, employerTypes, workPatterns } from '../../../../shared/modules/metiers/metiers.constants'
import {
  offerSearchToQueryString,
  type OfferSearchParams,
} from '../../../../shared/modules/metiers/search-query'
import {
  isEmptySearch,
  normalizeSearch,
  searchHref,
  searchOfForm,
  searchOfLocation,
  withPage,
} from './search-form'

const searchArbitrary: fc.Arbitrary<OfferSearchParams> = fc.record(
  {
    q: fc.string({ maxLength: 40 }),
    rome: fc.array(fc.oneof(fc.constantFrom('K1302', 'J1501', 'k1207'), fc.string({ maxLength: 6 })), {
      maxLength: 3,
    }),
    lieu: fc.string({ maxLength: 40 }),
    rayon: fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ noNaN: false })),
    elargir: fc.boolean(),
    contrat: fc.array(fc.oneof(fc.constantFrom(...contracts), fc.string({ maxLength: 8 })), { maxLength: 4 }),
    employeur: fc.array(fc.oneof(fc.constantFrom(...employerTypes), fc.string({ maxLength: 8 })), {
      maxLength: 4,
    }),
    secteur: fc.constantFrom('public', 'prive', 'autre', ''),
    temps: fc.constantFrom('temps_plein', 'temps_partiel', 'mi-temps'),
    exclure: fc.array(fc.oneof(fc.constantFrom(...workPatterns), fc.string({ maxLength: 8 })), {
      maxLength: 4,
    }),
    inclure: fc.array(fc.constantFrom(...workPatterns), { maxLength: 4 }),
    vehicule: fc.boolean(),
    logement: fc.boolean(),
    garde: fc.boolean(),
    depuis: fc.integer({ min: -5, max: 1000 }),
    tri: fc.constantFrom('pertinence', 'distance', 'date', 'hasard'),
    page: fc.integer({ min: -3, max: 5000 }),
  },
  { requiredKeys: [] },
)

describe('offer search in the address bar', () => {
  test('a search read from its own address is the same search (shareable links, back button)', () => {
    fc.assert(
      fc.property(searchArbitrary, (raw) => {
        const search = normalizeSearch(raw)
        const href = searchHref(search)
        expect(href.startsWith('/metiers/offres')).toBe(true)
        const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : ''
        expect(searchOfLocation(query)).toEqual(search)
      }),
    )
  })

  test('the radius always stays between 5 and 100 km, whole kilometres', () => {
    fc.assert(
      fc.property(searchArbitrary, (raw) => {
        const { rayon } = normalizeSearch(raw)
        if (rayon !== undefined) {
          expect(Number.isInteger(rayon)).toBe(true)
          expect(rayon).toBeGreaterThanOrEqual(5)
          expect(rayon).toBeLessThanOrEqual(100)
        }
      }),
    )
    expect(searchOfLocation('rayon=500').rayon).toBe(100)
    expect(searchOfLocation('rayon=1').rayon).toBe(5)
    expect(searchOfLocation('rayon=abc').rayon).toBeUndefined()
  })

  test('unknown filter values from a hand-edited address are dropped, known ones kept', () => {
    expect(
      searchOfLocation(
        'contrat=cdi&contrat=stage&exclure=nuit&exclure=lune&employeur=ehpad&secteur=mars&tri=hasard',
      ),
    ).toEqual({ contrat: ['cdi'], exclure: ['nuit'], employeur: ['ehpad'] })
  })

  test('normalising twice changes nothing', () => {
    fc.assert(
      fc.property(searchArbitrary, (raw) => {
        const once = normalizeSearch(raw)
        expect(normalizeSearch(once)).toEqual(once)
      }),
    )
  })

  test('the no-JavaScript form and the JavaScript form give the same address', () => {
    const form = new URLSearchParams()
    form.append('q', '  aide-soignant ')
    form.append('lieu', 'Bourg-en-Bresse')
    form.append('rayon', '20')
    form.append('exclure', 'nuit')
    form.append('exclure', 'week_end')
    form.append('contrat', 'cdi')
    form.append('logement', 'true')
    form.append('tri', 'pertinence')
    form.append('page', '4')
    const search = searchOfForm(form)
    // A new search starts again on the first page.
    expect(search.page).toBeUndefined()
    expect(searchHref(search)).toBe(
      '/metiers/offres?q=aide-soignant&lieu=Bourg-en-Bresse&tri=pertinence&contrat=cdi&exclure=nuit&exclure=week_end&rayon=20&logement=true',
    )
    expect(searchHref(search)).toBe(`/metiers/offres?${offerSearchToQueryString(search)}`)
  })

  test('pages: the first page is not written, others are', () => {
    expect(searchHref(withPage({ lieu: 'Oyonnax' }, 1))).toBe('/metiers/offres?lieu=Oyonnax')
    expect(searchHref(withPage({ lieu: 'Oyonnax' }, 3))).toBe('/metiers/offres?lieu=Oyonnax&page=3')
  })

  test('an excluded pattern is not also required', () => {
    expect(searchOfLocation('exclure=nuit&inclure=nuit&inclure=week_end')).toEqual({
      exclure: ['nuit'],
      inclure: ['week_end'],
    })
  })

  test('a search with only a sort or a page is still the empty search', () => {
    expect(isEmptySearch(searchOfLocation('tri=date&page=2'))).toBe(true)
    expect(isEmptySearch(searchOfLocation('lieu=Belley'))).toBe(false)
    expect(isEmptySearch(searchOfLocation('exclure=nuit'))).toBe(false)
  })
})
