import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../dates'
import { ageBandLabels, ageBandOf, ageBands, ageOn } from './reports.constants'

const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('ages and age bands of the annual report', () => {
  it('counts whole years: one less the day before the birthday, one more on it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 100 }), (birth, years) => {
        const year = Number(birth.slice(0, 4)) + years
        const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1
        // Born on 29 February: in a common year, a year older on 1 March.
        const on =
          birth.slice(5) !== '02-29' ? `${year}${birth.slice(4)}` : leap ? `${year}-02-29` : `${year}-03-01`
        expect(ageOn(birth, on)).toBe(years)
        expect(ageOn(birth, addDays(on, -1))).toBe(years - 1)
      }),
    )
  })

  it('puts every age in exactly one band, in the order of the préfet’s questionnaire', () => {
    expect(ageBands.map((b) => ageBandLabels[b])).toEqual([
      '0 à 17 ans',
      '18 à 25 ans',
      '26 à 29 ans',
      '30 à 34 ans',
      '35 à 39 ans',
      '40 à 44 ans',
      '45 à 49 ans',
      '50 à 54 ans',
      '55 à 59 ans',
      '60 à 64 ans',
      '65 à 69 ans',
      '70 à 74 ans',
      '75 ans et plus',
    ])
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (age) => {
        const band = ageBandOf(age)
        expect(ageBands).toContain(band)
        const [low, high] = band === '75_PLUS' ? [75, Infinity] : band.split('_').map(Number)
        expect(age).toBeGreaterThanOrEqual(low!)
        expect(age).toBeLessThanOrEqual(high!)
      }),
    )
  })
})
