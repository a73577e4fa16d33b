import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { duplicateKey, editDistance, nameSimilarity, nameTokens, normaliseName, searchTextOf } from './names'

const accented = fc.constantFrom(...'aàâäbcçdeéèêëfghiîïjklmnoôöœpqrstuùûüvwxyÿzæ'.split(''))
const separator = fc.constantFrom(' ', '-', "'", '’', '  ', ' - ')
const word = fc.array(accented, { minLength: 1, maxLength: 10 }).map((c) => c.join(''))
const name = fc.array(word, { minLength: 1, maxLength: 4 })

describe('name normalisation', () => {
  it('forgives accents, case, hyphens and apostrophes, and keeps particles', () => {
    expect(normaliseName('Hélène LEFÈVRE')).toBe('helene lefevre')
    expect(normaliseName('  Jean-Pierre   Martin ')).toBe('jean pierre martin')
    expect(normaliseName("N'Diaye")).toBe('n diaye')
    expect(normaliseName('de La Tour d’Auvergne')).toBe('de la tour d auvergne')
    expect(normaliseName('Œdipe Lætitia Müller')).toBe('oedipe laetitia muller')
    expect(searchTextOf({ firstName: 'Zoé', lastName: 'Benhaïm', birthName: 'Brûlé', pseudonym: null })).toBe(
      'zoe benhaim brule',
    )
  })

  it('is idempotent on any text (property)', () => {
    for (const unit of ['grapheme', 'binary'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
          expect(normaliseName(normaliseName(s))).toBe(normaliseName(s))
        }),
      )
    }
  })

  it('gives only lower-case unaccented words separated by one space (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const n = normaliseName(s)
        expect(n).toBe(n.trim())
        expect(n).not.toMatch(/\s{2}|[-'’]|\p{M}/u)
        expect(n).toBe(n.toLowerCase())
      }),
    )
  })

  it('ignores case, accents and the separator between words (property)', () => {
    fc.assert(
      fc.property(name, separator, separator, (words, a, b) => {
        const plain = normaliseName(words.join(a))
        const shouted = normaliseName(words.join(b).toLocaleUpperCase('fr-FR'))
        const stripped = normaliseName(words.join(' ').normalize('NFD').replace(/\p{M}/gu, ''))
        expect(shouted).toBe(plain)
        expect(stripped).toBe(plain)
      }),
    )
  })

  it('gives the same duplicate key whatever the order of the words (property)', () => {
    fc.assert(
      fc.property(name, fc.func(fc.integer()), (words, order) => {
        const shuffled = [...words].sort((x, y) => order(x) - order(y) || x.localeCompare(y))
        expect(duplicateKey(shuffled.join(' '))).toBe(duplicateKey(words.join('-')))
      }),
    )
    expect(duplicateKey('Jean-Pierre Martin')).toBe(duplicateKey('MARTIN Jean Pierre'))
    expect(nameTokens('Martin Jean-Pierre')).toEqual(['jean', 'martin', 'pierre'])
  })
})

describe('name similarity', () => {
  it('is 1 for the same words in another order and drops with a missing word', () => {
    expect(nameSimilarity('Jean-Pierre Martin', 'Martin Jean Pierre')).toBe(1)
    expect(nameSimilarity('Jean Martin', 'Jean-Pierre Martin')).toBeCloseTo(2 / 3)
    expect(nameSimilarity('Marie Martin', 'Jean-Pierre Martin')).toBeLessThan(0.5)
    expect(nameSimilarity('Hélène Lefevbre', 'Helene Lefèvre')).toBeGreaterThan(0.8)
    expect(nameSimilarity('', 'Martin')).toBe(0)
  })

  it('is symmetric and between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = nameSimilarity(a.join(' '), b.join(' '))
        expect(ab).toBeGreaterThanOrEqual(0)
        expect(ab).toBeLessThanOrEqual(1)
        expect(nameSimilarity(b.join(' '), a.join(' '))).toBeCloseTo(ab, 10)
      }),
    )
  })

  it('counts edits like Levenshtein', () => {
    expect(editDistance('lefevre', 'lefebvre')).toBe(1)
    expect(editDistance('martin', 'martine')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
  })
})
