import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createOfferBody, updateOfferBody } from './offers.contract'
import {
  effectiveOfferState,
  expiryIssues,
  offerActions,
  publicPostIssues,
  salaryIssues,
} from './offer-rules'

const draft = {
  title: 'Aide à domicile',
  codeRome: 'K1304',
  descriptionHtml: '<p>Accompagner les personnes chez elles.</p>',
  contract: 'cdi',
  workTime: 'temps_partiel',
  postcode: '25000',
  commune: 'Besançon',
}

describe('offer rules', () => {
  it('refuses a salary minimum above its maximum, and only then', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), (a, b) => {
        const min = a / 100
        const max = b / 100
        const parsed = createOfferBody.safeParse({
          ...draft,
          salaryMin: min,
          salaryMax: max,
          salaryPeriod: 'mois',
        })
        expect(parsed.success).toBe(min <= max)
        if (!parsed.success) {
          expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['salaryMin'])
        }
      }),
    )
  })

  it('asks for the period of an amount, on creation and when both are sent', () => {
    const parsed = createOfferBody.safeParse({ ...draft, salaryMin: 1800 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['salaryPeriod'])
    // A partial update is checked against the stored offer by the server.
    expect(updateOfferBody.safeParse({ salaryMin: 1800 }).success).toBe(true)
    expect(updateOfferBody.safeParse({ salaryMin: 1800, salaryPeriod: null }).success).toBe(false)
  })

  it('refuses unknown fields and a missing job', () => {
    expect(createOfferBody.safeParse({ ...draft, owner: 'x' }).success).toBe(false)
    const { codeRome: _c, ...withoutJob } = draft
    const parsed = createOfferBody.safeParse(withoutJob)
    expect(parsed.error?.issues[0]?.message).toBe('Choisissez la fiche métier ou indiquez le code ROME.')
  })

  it('asks a public post for its grade and DVE, and refuses it to a private employer', () => {
    expect(publicPostIssues({ contract: 'cdi' }, 'prive')).toEqual([])
    expect(publicPostIssues({ contract: 'titulaire' }, 'public').map((i) => i.field)).toEqual([
      'publicGrade',
      'dveReference',
      'dveUrl',
    ])
    expect(publicPostIssues({ contract: 'contractuel' }, 'prive').map((i) => i.field)).toEqual(['contract'])
    expect(
      publicPostIssues(
        {
          contract: 'titulaire',
          publicGrade: 'Auxiliaire de soins',
          dveReference: '025-1',
          dveUrl: 'https://x.fr',
        },
        null,
      ),
    ).toEqual([])
  })

  it('takes an end of publication from tomorrow to six months from today', () => {
    expect(expiryIssues('2026-01-31', '2026-01-31')).toHaveLength(1)
    expect(expiryIssues('2026-02-01', '2026-01-31')).toEqual([])
    expect(expiryIssues('2026-07-31', '2026-01-31')).toEqual([])
    expect(expiryIssues('2026-08-01', '2026-01-31')).toHaveLength(1)
  })

  it('sees a published offer past its end as expired, and lets recruiters act by state', () => {
    const now = new Date('2026-05-02T00:00:00Z')
    expect(effectiveOfferState('publiee', '2026-05-01T21:59:59.999Z', now)).toBe('expiree')
    expect(effectiveOfferState('publiee', '2026-05-02T21:59:59.999Z', now)).toBe('publiee')
    expect(effectiveOfferState('pourvue', '2026-01-01T00:00:00Z', now)).toBe('pourvue')
    expect(offerActions('pourvue')).toEqual({
      edit: false,
      publish: false,
      fill: false,
      withdraw: false,
      duplicate: true,
    })
    expect(offerActions('expiree')).toMatchObject({ publish: true, fill: true, withdraw: false })
    expect(salaryIssues({ salaryMin: 10, salaryMax: 10, salaryPeriod: 'heure' })).toEqual([])
  })
})
