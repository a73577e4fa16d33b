import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  distanceKm,
  editDistance,
  matchesAllWords,
  trainingSearchText,
  typedWords,
  wordMatches,
} from './trainings.words'

const word = fc.stringMatching(/^[a-z]{1,12}$/)

describe('training search words', () => {
  it('measures edit distance symmetrically, zero only for equal words', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 20)
        expect(d).toBe(editDistance(b, a, 20))
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
      }),
    )
  })

  it('finds a word in a text whatever its accents and capitals', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), (words, i) => {
        const text = trainingSearchText([words.join(' ')])
        const picked = words[i % words.length]!
        expect(matchesAllWords(text, typedWords(picked.toUpperCase()))).toBe(true)
      }),
    )
    const text = trainingSearchText(['Éducateur spécialisé (DEES)', 'Besançon'])
    expect(matchesAllWords(text, typedWords('educateur specialise besancon'))).toBe(true)
  })

  it('forgives one typo in a short word, two in a long one, none in a tiny one', () => {
    expect(wordMatches('specialize', 'specialise')).toBe(true)
    expect(wordMatches('acompagnant', 'accompagnant')).toBe(true)
    expect(wordMatches('soigant', 'soignant')).toBe(true)
    expect(wordMatches('cap', 'cfa')).toBe(false)
    expect(wordMatches('infirmier', 'educateur')).toBe(false)
    expect(matchesAllWords('aide soignant besancon', typedWords('aide boulanger'))).toBe(false)
  })

  it('measures distances between places in kilometres', () => {
    const besancon = { latitude: 47.238, longitude: 6.0243 }
    const bourg = { latitude: 46.2052, longitude: 5.2255 }
    expect(distanceKm(besancon, bourg)).toBeGreaterThan(125)
    expect(distanceKm(besancon, bourg)).toBeLessThan(135)
    fc.assert(
      fc.property(
        fc.double({ min: 41, max: 51, noNaN: true }),
        fc.double({ min: -5, max: 9, noNaN: true }),
        (latitude, longitude) => {
          expect(distanceKm({ latitude, longitude }, { latitude, longitude })).toBeCloseTo(0, 6)
          expect(distanceKm(besancon, { latitude, longitude })).toBeCloseTo(
            distanceKm({ latitude, longitude }, besancon),
            6,
          )
        },
      ),
    )
  })
})
