import {
  contractLabels,
  contracts,
  employerSectorLabels,
  employerSectors,
  employerTypeLabels,
  employerTypes,
  salaryPeriods,
  workPatternLabels,
  workPatterns,
  workTimeLabels,
  workTimes,
  type ContractKind,
  type EmployerSector,
  type EmployerType,
  type SalaryPeriod,
  type WorkPattern,
  type WorkTime,
} from '../../../shared/modules/metiers/metiers.constants'
import type {
  OfferMatchReasonView,
  OfferSearchCriteria,
  OfferSearchResultView,
  UnderstoodPlaceView,
} from '../../../shared/modules/metiers/search.contract'
import type { OfferSearchHit, OfferSearchRecord } from './search.repository'

const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (list as readonly string[]).includes(value)

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

const euros = (amount: number) => `${amount.toLocaleString('fr-FR')} €`

/** What the search understood, said once and shared by every result: « mots : aide, soignante », « sans travail de nuit ». */
export interface SearchUnderstanding {
  words: string[]
  romes: string[]
  fiche: { slug: string; title: string; codeRome: string } | null
  place: UnderstoodPlaceView | null
  criteria: OfferSearchCriteria
}

/** The reasons that hold for every result: the filters asked. */
function filterReasons(criteria: OfferSearchCriteria): OfferMatchReasonView[] {
  const reasons: string[] = [
    ...(criteria.contrat ?? []).map((c) => contractLabels[c]),
    ...(criteria.employeur ?? []).map((t) => employerTypeLabels[t]),
    ...(criteria.secteur ? [`employeur ${lowerFirst(employerSectorLabels[criteria.secteur])}`] : []),
    ...(criteria.temps ? [lowerFirst(workTimeLabels[criteria.temps])] : []),
    ...(criteria.exclure ?? []).map((p) => `sans ${lowerFirst(workPatternLabels[p])}`),
    ...(criteria.inclure ?? []).map((p) => lowerFirst(workPatternLabels[p])),
    ...(criteria.vehicule ? ['véhicule de service'] : []),
    ...(criteria.logement ? ['logement proposé'] : []),
    ...(criteria.garde ? ['garde d’enfants à proximité'] : []),
    ...(criteria.sansPermis ? ['permis non exigé'] : []),
    ...(criteria.salaireMin ? [`au moins ${euros(criteria.salaireMin)} brut par mois`] : []),
  ]
  const filters: OfferMatchReasonView[] = reasons.map((label) => ({ kind: 'filtre', label }))
  if (criteria.depuis)
    filters.push({
      kind: 'recent',
      label:
        criteria.depuis === 1
          ? 'publiée depuis moins d’un jour'
          : `publiée depuis moins de ${criteria.depuis} jours`,
    })
  return filters
}

function reasonsOf(
  record: OfferSearchRecord,
  hit: OfferSearchHit,
  understood: SearchUnderstanding,
): OfferMatchReasonView[] {
  const reasons: OfferMatchReasonView[] = []
  if (understood.words.length) reasons.push({ kind: 'texte', label: `mots : ${understood.words.join(', ')}` })
  if (understood.fiche && understood.fiche.codeRome === record.codeRome)
    reasons.push({ kind: 'fiche', label: `métier : ${understood.fiche.title}` })
  else if (understood.romes.includes(record.codeRome))
    reasons.push({ kind: 'rome', label: `code ROME ${record.codeRome}` })
  if (understood.place && hit.distanceKm !== null)
    reasons.push({
      kind: 'distance',
      label: `à ${distanceLabel(hit.distanceKm)} de ${understood.place.name}`,
    })
  return [...reasons, ...filterReasons(understood.criteria)]
}

/** « moins de 1 km », « 4 km », « 12 km ». */
export function distanceLabel(km: number): string {
  return km < 1 ? 'moins de 1 km' : `${Math.round(km).toLocaleString('fr-FR')} km`
}

export function presentResult(
  record: OfferSearchRecord,
  hit: OfferSearchHit,
  understood: SearchUnderstanding,
): OfferSearchResultView {
  const salaryPeriod: SalaryPeriod | null = isOneOf(salaryPeriods, record.salaryPeriod)
    ? record.salaryPeriod
    : null
  return {
    id: record.id,
    slug: record.slug,
    title: record.title,
    codeRome: record.codeRome,
    employer: {
      organisationId: record.organisationId,
      name: record.employerName,
      type: isOneOf<EmployerType>(employerTypes, record.employerType) ? record.employerType : null,
      sector: isOneOf<EmployerSector>(employerSectors, record.employerSector) ? record.employerSector : null,
    },
    commune: record.commune,
    postcode: record.postcode,
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 10) / 10,
    contract: record.contract as ContractKind,
    contractMonths: record.contractMonths,
    workTime: record.workTime as WorkTime,
    weeklyHours: record.weeklyHours === null ? null : Number(record.weeklyHours),
    patterns: record.patterns.filter((p): p is WorkPattern => isOneOf(workPatterns, p)),
    serviceCar: record.serviceCar,
    drivingLicence: record.drivingLicence,
    housing: record.housing,
    childcare: record.childcare,
    salary:
      salaryPeriod && (record.salaryMinCents !== null || record.salaryMaxCents !== null)
        ? { minCents: record.salaryMinCents, maxCents: record.salaryMaxCents, period: salaryPeriod }
        : null,
    publishedAt: (record.publishedAt ?? new Date(0)).toISOString(),
    expiresAt: record.expiresAt?.toISOString() ?? null,
    answerRate: record.answerRate,
    latitude: record.latitude,
    longitude: record.longitude,
    reasons: reasonsOf(record, hit, understood),
  }
}

/** Contracts and work times the database may hold that this version does not know are shown as stored. */
export const knownContract = (value: string) => isOneOf(contracts, value)
export const knownWorkTime = (value: string) => isOneOf(workTimes, value)
