import { newId } from '../../../shared/ids'
import type { Db } from '../../db/client'
import { organisations } from '../organisations/organisations.table'
import { employerAnswerRates } from './applications.table'
import { offerSearchText } from './offer-search-text'
import { employerProfiles, jobOffers } from './offers.table'

/** Besançon's centre as the local address service places the commune. */
export const BESANCON = { latitude: 47.2484, longitude: 6.0235 }

/** A position this many kilometres north of Besançon's centre. */
export const northOfBesancon = (km: number) => ({
  latitude: BESANCON.latitude + km / 111.2,
  longitude: BESANCON.longitude,
})

/**
 * A ROME code no real offer carries: the search tests filter on it so that the demonstration's
 * offers never count.
 */
export const TEST_ROME = 'N9901'

export interface EmployerInput {
  name: string
  type?: string
  sector?: string
  /** Answer rate in percent; undefined leaves the employer without a known rate. */
  rate?: number
}

export async function insertEmployer(db: Db, input: EmployerInput): Promise<string> {
  const id = newId()
  await db.insert(organisations).values({ id, kind: 'employeur', name: input.name })
  await db.insert(employerProfiles).values({
    organisationId: id,
    employerType: input.type ?? 'ehpad',
    sector: input.sector ?? 'public',
    commune: 'Besançon',
    postcode: '25000',
  })
  if (input.rate !== undefined)
    await db
      .insert(employerAnswerRates)
      .values({
        organisationId: id,
        received: 40,
        answered: Math.round((40 * input.rate) / 100),
        rate: input.rate,
      })
  return id
}

export interface OfferInput {
  organisationId: string
  employerName?: string
  title: string
  description?: string
  codeRome?: string
  contract?: string
  workTime?: string
  patterns?: string[]
  serviceCar?: boolean
  drivingLicence?: boolean
  housing?: boolean
  childcare?: boolean
  salaryMinCents?: number | null
  salaryMaxCents?: number | null
  salaryPeriod?: string | null
  commune?: string
  postcode?: string
  position?: { latitude: number; longitude: number } | null
  state?: string
  publishedAt: Date
  expiresAt?: Date | null
}

export async function insertOffer(db: Db, input: OfferInput): Promise<{ id: string; slug: string }> {
  const id = newId()
  const slug = `${input.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${id.slice(-6)}`
  const description = input.description ?? `<p>${input.title} : rejoignez notre équipe.</p>`
  const commune = input.commune ?? 'Besançon'
  const position = input.position === undefined ? BESANCON : input.position
  await db.insert(jobOffers).values({
    id,
    organisationId: input.organisationId,
    slug,
    codeRome: input.codeRome ?? TEST_ROME,
    title: input.title,
    descriptionHtml: description,
    contract: input.contract ?? 'cdi',
    workTime: input.workTime ?? 'temps_plein',
    patterns: input.patterns ?? [],
    serviceCar: input.serviceCar ?? false,
    drivingLicence: input.drivingLicence ?? false,
    housing: input.housing ?? false,
    childcare: input.childcare ?? false,
    salaryMinCents: input.salaryMinCents ?? null,
    salaryMaxCents: input.salaryMaxCents ?? null,
    salaryPeriod: input.salaryPeriod ?? (input.salaryMinCents || input.salaryMaxCents ? 'mois' : null),
    postcode: input.postcode ?? '25000',
    commune,
    communeInsee: commune === 'Besançon' ? '25056' : null,
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    state: input.state ?? 'publiee',
    publishedAt: input.publishedAt,
    expiresAt:
      input.expiresAt === undefined
        ? new Date(input.publishedAt.getTime() + 60 * 86_400_000)
        : input.expiresAt,
    searchText: offerSearchText({
      title: input.title,
      descriptionHtml: description,
      commune,
      employerName: input.employerName ?? '',
      jobKeywords: [],
    }),
  })
  return { id, slug }
}
