import { describe, expect, it } from 'vitest'
import { createOfferBody } from '../../../../shared/modules/metiers/offers.contract'
import { amountOf, bodyOf, draftIssues, draftOf } from './offer-form'

const filled = {
  ...draftOf(null, { postcode: '01000', commune: 'Bourg-en-Bresse' }),
  title: 'Moniteur éducateur (H/F)',
  codeRome: 'K1208',
  descriptionHtml: '<p>Internat.</p>',
}

describe('offer form', () => {
  it('reads amounts typed the French way', () => {
    expect(amountOf('1 850,50 €')).toBe(1850.5)
    expect(amountOf('')).toBeNull()
    expect(amountOf('deux mille')).toBeNaN()
  })

  it('sends a body the contract accepts, with the employer’s commune by default', () => {
    const body = bodyOf({
      ...filled,
      salaryMin: '1 900',
      salaryMax: '2 250',
      salaryPeriod: 'mois',
      perks: ['housing'],
    })
    expect(body).toMatchObject({
      postcode: '01000',
      commune: 'Bourg-en-Bresse',
      housing: true,
      serviceCar: false,
    })
    expect(createOfferBody.safeParse(body).success).toBe(true)
  })

  it('drops the grade and DVE of a contract that is not a public post', () => {
    const body = bodyOf({ ...filled, contract: 'cdi', publicGrade: 'Agent social', dveReference: 'V025' })
    expect(body).toMatchObject({ publicGrade: null, dveReference: null, dveUrl: null })
  })

  it('says a salary minimum above the maximum before sending', () => {
    expect(draftIssues({ ...filled, salaryMin: '2500', salaryMax: '1900', salaryPeriod: 'mois' })).toEqual([
      { field: 'salaryMin', message: 'Le salaire minimum doit être inférieur ou égal au salaire maximum.' },
    ])
    expect(draftIssues({ ...filled, salaryMin: 'beaucoup' })[0]?.field).toBe('salaryMin')
  })
})
