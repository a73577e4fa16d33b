/**
 * schema.org JobPosting for an offer published on our platform (Google for Jobs): the fields
 * Google requires (title, description, datePosted, hiringOrganization, jobLocation with its
 * country), those it recommends (validThrough, employmentType, baseSalary, identifier,
 * directApply) and the ROME code as occupationalCategory. Only for offers open to applications.
 */
import type { PublicOfferView } from '../../../shared/modules/metiers/offers.contract'
import {
  workPatternLabels,
  type ContractKind,
  type SalaryPeriod,
  type WorkTime,
} from '../../../shared/modules/metiers/metiers.constants'
import { escapeHtml } from './page-html'
import { sanitizeRichText } from './rich-text'

/** Google's employmentType values. */
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'TEMPORARY' | 'PER_DIEM' | 'OTHER'

/**
 * As careers-anchors §4.1 recommends: a permanent post (CDI, civil servant) is full or part time;
 * a fixed-term one (CDD, public-service contract) is temporary, with its working time; sessional
 * work is paid per day; apprenticeship is OTHER (the description says it is an apprenticeship).
 */
export function employmentTypeOf(contract: ContractKind, workTime: WorkTime): EmploymentType[] {
  const time: EmploymentType = workTime === 'temps_plein' ? 'FULL_TIME' : 'PART_TIME'
  switch (contract) {
    case 'cdi':
    case 'titulaire':
      return [time]
    case 'cdd':
    case 'contractuel':
      return ['TEMPORARY', time]
    case 'vacation':
      return ['PER_DIEM']
    case 'apprentissage':
      return ['OTHER']
  }
}

const unitText: Record<SalaryPeriod, 'MONTH' | 'HOUR' | 'YEAR'> = { mois: 'MONTH', heure: 'HOUR', an: 'YEAR' }

/** The platform's name in identifiers. */
export const JOB_POSTING_SOURCE = 'lien-metiers-du-lien'

/** The offer is shown with JobPosting only while it takes applications. */
export const hasJobPosting = (offer: PublicOfferView): boolean =>
  offer.state === 'publiee' && offer.open && offer.publishedAt !== null

export function jobPosting(offer: PublicOfferView, url: string): object | null {
  if (!hasJobPosting(offer)) return null
  const description = [
    offer.contract === 'apprentissage' ? '<p>Contrat d’apprentissage.</p>' : '',
    sanitizeRichText(offer.descriptionHtml),
    offer.profileHtml.trim() ? `<h2>Profil recherché</h2>${sanitizeRichText(offer.profileHtml)}` : '',
  ].join('')
  const hours = [
    offer.weeklyHours ? `${offer.weeklyHours} h par semaine` : '',
    ...offer.patterns.map((p) => workPatternLabels[p]),
    offer.scheduleNote,
  ].filter(Boolean)
  const benefits = [
    offer.serviceCar ? 'Véhicule de service' : '',
    offer.housing ? 'Logement proposé' : '',
    offer.childcare ? 'Solution de garde d’enfants à proximité' : '',
  ].filter(Boolean)
  const salary =
    offer.salaryPeriod && (offer.salaryMin !== null || offer.salaryMax !== null)
      ? {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: {
            '@type': 'QuantitativeValue',
            ...(offer.salaryMin !== null && offer.salaryMax !== null && offer.salaryMin !== offer.salaryMax
              ? { minValue: offer.salaryMin, maxValue: offer.salaryMax }
              : { value: offer.salaryMin ?? offer.salaryMax }),
            unitText: unitText[offer.salaryPeriod],
          },
        }
      : null
  const website =
    offer.employer.website && /^https?:\/\//.test(offer.employer.website) ? offer.employer.website : null
  const logo =
    offer.employer.logoDataUrl && /^https?:\/\//.test(offer.employer.logoDataUrl)
      ? offer.employer.logoDataUrl
      : null
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: description || `<p>${escapeHtml(offer.title)}</p>`,
    identifier: { '@type': 'PropertyValue', name: JOB_POSTING_SOURCE, value: offer.id },
    url,
    datePosted: offer.publishedAt,
    ...(offer.expiresAt ? { validThrough: offer.expiresAt } : {}),
    employmentType: employmentTypeOf(offer.contract, offer.workTime),
    ...(hours.length ? { workHours: hours.join(' ; ') } : {}),
    ...(offer.startDate ? { jobStartDate: offer.startDate } : {}),
    ...(benefits.length ? { jobBenefits: benefits.join(', ') } : {}),
    directApply: true,
    hiringOrganization: {
      '@type': 'Organization',
      name: offer.employer.name,
      ...(website ? { sameAs: website } : {}),
      ...(logo ? { logo } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(offer.address ? { streetAddress: offer.address } : {}),
        addressLocality: offer.commune,
        postalCode: offer.postcode,
        addressCountry: 'FR',
      },
      ...(offer.latitude !== null && offer.longitude !== null
        ? { geo: { '@type': 'GeoCoordinates', latitude: offer.latitude, longitude: offer.longitude } }
        : {}),
    },
    ...(salary ? { baseSalary: salary } : {}),
    occupationalCategory: { '@type': 'CategoryCode', codeValue: offer.codeRome, inCodeSet: 'ROME 4.0' },
    ...(offer.publicGrade ? { qualifications: `Grade : ${offer.publicGrade}` } : {}),
  }
}
