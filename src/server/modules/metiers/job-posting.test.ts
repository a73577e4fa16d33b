import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contracts, workTimes } from '../../../shared/modules/metiers/metiers.constants'
import type { PublicOfferView } from '../../../shared/modules/metiers/offers.contract'
import { employmentTypeOf, jobPosting } from './job-posting'

const googleTypes = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
]

const offer = (values: Partial<PublicOfferView> = {}): PublicOfferView => ({
  id: '01a2b3c4-0000-7000-8000-000000000001',
  slug: 'educateur-specialise-abc1',
  state: 'publiee',
  open: true,
  title: 'Éducateur spécialisé',
  job: null,
  codeRome: 'K1207',
  codeOgr: null,
  descriptionHtml: '<p>Accompagner des jeunes en MECS.</p>',
  profileHtml: '',
  contract: 'titulaire',
  contractMonths: null,
  publicGrade: 'Assistant socio-éducatif',
  dveReference: 'V001241100123456001',
  dveUrl: null,
  workTime: 'temps_plein',
  weeklyHours: null,
  patterns: [],
  scheduleNote: '',
  serviceCar: false,
  drivingLicence: true,
  housing: false,
  childcare: false,
  salaryMin: null,
  salaryMax: null,
  salaryPeriod: null,
  startDate: null,
  address: '',
  postcode: '01000',
  commune: 'Bourg-en-Bresse',
  communeInsee: '01053',
  latitude: 46.2,
  longitude: 5.22,
  publishedAt: '2026-11-01T08:00:00.000Z',
  expiresAt: '2026-12-31T22:59:59.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  employer: {
    organisationId: '01a2b3c4-0000-7000-8000-000000000002',
    name: 'Département de l’Ain',
    logoDataUrl: 'data:image/png;base64,AAAA',
    employerType: 'departement',
    sector: 'public',
    description: '',
    website: null,
    commune: 'Bourg-en-Bresse',
    answerRate: null,
  },
  ...values,
})

describe('JobPosting', () => {
  it('maps every contract and working time to the employment types Google accepts, as careers-anchors §4.1 recommends', () => {
    for (const contract of contracts)
      for (const workTime of workTimes)
        for (const type of employmentTypeOf(contract, workTime)) expect(googleTypes).toContain(type)
    expect(employmentTypeOf('cdi', 'temps_plein')).toEqual(['FULL_TIME'])
    expect(employmentTypeOf('titulaire', 'temps_partiel')).toEqual(['PART_TIME'])
    expect(employmentTypeOf('cdd', 'temps_plein')).toEqual(['TEMPORARY', 'FULL_TIME'])
    expect(employmentTypeOf('contractuel', 'temps_partiel')).toEqual(['TEMPORARY', 'PART_TIME'])
    expect(employmentTypeOf('vacation', 'temps_partiel')).toEqual(['PER_DIEM'])
    expect(employmentTypeOf('apprentissage', 'temps_plein')).toEqual(['OTHER'])
  })

  it('has Google’s required fields for any open offer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...contracts),
        fc.constantFrom(...workTimes),
        fc.string({ minLength: 1 }),
        fc.option(fc.integer({ min: 1, max: 10_000 })),
        fc.option(fc.integer({ min: 1, max: 10_000 })),
        fc.constantFrom('mois' as const, 'heure' as const, 'an' as const),
        (contract, workTime, title, min, max, period) => {
          const posting = jobPosting(
            offer({ contract, workTime, title, salaryMin: min, salaryMax: max, salaryPeriod: period }),
            'https://lien.example/metiers/offres/x',
          ) as Record<string, any>
          expect(posting['@type']).toBe('JobPosting')
          expect(posting.title).toBe(title)
          expect(posting.description.length).toBeGreaterThan(0)
          expect(posting.datePosted).toBe('2026-11-01T08:00:00.000Z')
          expect(posting.hiringOrganization.name).toBe('Département de l’Ain')
          expect(posting.jobLocation.address.addressCountry).toBe('FR')
          expect(posting.directApply).toBe(true)
          if (min === null && max === null) expect(posting.baseSalary).toBeUndefined()
          else
            expect(posting.baseSalary.value.unitText).toBe(
              { mois: 'MONTH', heure: 'HOUR', an: 'YEAR' }[period],
            )
        },
      ),
    )
  })

  it('is left out for an offer that takes no applications', () => {
    expect(jobPosting(offer({ state: 'expiree', open: false }), 'https://x.example/')).toBeNull()
    expect(jobPosting(offer({ state: 'pourvue', open: false }), 'https://x.example/')).toBeNull()
    expect(jobPosting(offer({ state: 'publiee', open: false }), 'https://x.example/')).toBeNull()
  })

  it('never shares a logo stored as data (Google wants a web address)', () => {
    const posting = jobPosting(offer(), 'https://x.example/') as Record<string, any>
    expect(posting.hiringOrganization.logo).toBeUndefined()
    expect(posting.qualifications).toBe('Grade : Assistant socio-éducatif')
    expect(posting.jobLocation.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 46.2, longitude: 5.22 })
  })
})
