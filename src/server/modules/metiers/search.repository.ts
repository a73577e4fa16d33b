import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { OfferSearchSort } from '../../../shared/modules/metiers/search.contract'
import { rows, type Db } from '../../db/client'
import { organisations } from '../organisations'
import { employerAnswerRates } from './applications.table'
import { jobProfiles } from './fiches.table'
import { employerProfiles, jobOffers } from './offers.table'

/** What the search function filters on (the SQL function `metiers_offer_search` reads these keys). */
export interface OfferSearchFilter {
  words: string[]
  romes: string[]
  latitude: number | null
  longitude: number | null
  contracts: string[]
  employerTypes: string[]
  excludedPatterns: string[]
  includedPatterns: string[]
  sector: string | null
  workTime: string | null
  serviceCar: boolean
  housing: boolean
  childcare: boolean
  noLicence: boolean
  /** Monthly gross pay at least, in cents. */
  salaryMinCents: number | null
  /** Offers published strictly after this instant. */
  publishedAfter: Date | null
  now: Date
}

export interface OfferSearchPaging {
  /** Radii (km) tried in order until one holds `enough` offers; empty without a place. */
  radii: number[]
  enough: number
  sort: OfferSearchSort
  limit: number
  offset: number
}

export interface OfferSearchHit {
  id: string
  distanceKm: number | null
  textScore: number
  rank: number
}

export interface OfferSearchHits {
  radiusKm: number | null
  total: number
  hits: OfferSearchHit[]
}

/** Similarity of a typed word and a word of the offers for it to count as a spelling of it: « soigant » finds « soignant ». */
export const WORD_SIMILARITY_THRESHOLD = 0.4

const textArray = (values: readonly string[]): SQL =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`null::text[]`

const numberArray = (values: readonly number[]): SQL =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::double precision[]`
    : sql`null::double precision[]`

function criteriaJson(filter: OfferSearchFilter): string {
  return JSON.stringify({
    words: filter.words,
    threshold: String(WORD_SIMILARITY_THRESHOLD),
    lat: filter.latitude,
    lon: filter.longitude,
    sector: filter.sector,
    workTime: filter.workTime,
    serviceCar: filter.serviceCar,
    housing: filter.housing,
    childcare: filter.childcare,
    noLicence: filter.noLicence,
    salaryMinCents: filter.salaryMinCents,
    since: filter.publishedAfter?.toISOString() ?? null,
    now: filter.now.toISOString(),
  })
}

export interface OfferSearchRecord {
  id: string
  slug: string
  title: string
  codeRome: string
  organisationId: string
  employerName: string
  employerType: string | null
  employerSector: string | null
  commune: string
  postcode: string
  contract: string
  contractMonths: number | null
  workTime: string
  weeklyHours: string | null
  patterns: string[]
  serviceCar: boolean
  drivingLicence: boolean
  housing: boolean
  childcare: boolean
  salaryMinCents: number | null
  salaryMaxCents: number | null
  salaryPeriod: string | null
  publishedAt: Date | null
  expiresAt: Date | null
  answerRate: number | null
  latitude: number | null
  longitude: number | null
}

/** Queries of the offer search: the owner's search function for ids, then the offers under row-level security. */
export function searchRepository(db: Db) {
  return {
    async search(filter: OfferSearchFilter, paging: OfferSearchPaging): Promise<OfferSearchHits> {
      const found = await rows<{
        id: string | null
        distance_km: number | null
        text_score: number | null
        rank: number | null
        radius_km: number | null
        total: string | number
      }>(
        db,
        sql`select * from metiers_offer_search(
          ${criteriaJson(filter)}::jsonb, ${textArray(filter.romes)}, ${textArray(filter.contracts)},
          ${textArray(filter.employerTypes)}, ${textArray(filter.excludedPatterns)}, ${textArray(filter.includedPatterns)},
          ${numberArray(paging.radii)}, ${paging.enough}::integer, ${paging.sort}::text,
          ${paging.limit}::integer, ${paging.offset}::integer)`,
      )
      const [summary, ...hits] = found
      return {
        radiusKm: summary?.radius_km ?? null,
        total: Number(summary?.total ?? 0),
        hits: hits.map((h) => ({
          id: h.id!,
          distanceKm: h.distance_km,
          textScore: h.text_score ?? 0,
          rank: h.rank ?? 0,
        })),
      }
    },

    /** The offers of a page of results, in no particular order. */
    async offers(ids: readonly string[]): Promise<OfferSearchRecord[]> {
      if (!ids.length) return []
      return db
        .select({
          id: jobOffers.id,
          slug: jobOffers.slug,
          title: jobOffers.title,
          codeRome: jobOffers.codeRome,
          organisationId: jobOffers.organisationId,
          employerName: organisations.name,
          employerType: employerProfiles.employerType,
          employerSector: employerProfiles.sector,
          commune: jobOffers.commune,
          postcode: jobOffers.postcode,
          contract: jobOffers.contract,
          contractMonths: jobOffers.contractMonths,
          workTime: jobOffers.workTime,
          weeklyHours: jobOffers.weeklyHours,
          patterns: jobOffers.patterns,
          serviceCar: jobOffers.serviceCar,
          drivingLicence: jobOffers.drivingLicence,
          housing: jobOffers.housing,
          childcare: jobOffers.childcare,
          salaryMinCents: jobOffers.salaryMinCents,
          salaryMaxCents: jobOffers.salaryMaxCents,
          salaryPeriod: jobOffers.salaryPeriod,
          publishedAt: jobOffers.publishedAt,
          expiresAt: jobOffers.expiresAt,
          answerRate: employerAnswerRates.rate,
          latitude: jobOffers.latitude,
          longitude: jobOffers.longitude,
        })
        .from(jobOffers)
        .innerJoin(organisations, eq(organisations.id, jobOffers.organisationId))
        .leftJoin(employerProfiles, eq(employerProfiles.organisationId, jobOffers.organisationId))
        .leftJoin(employerAnswerRates, eq(employerAnswerRates.organisationId, jobOffers.organisationId))
        .where(and(inArray(jobOffers.id, [...ids]), eq(jobOffers.state, 'publiee')))
    },

    /** A published fiche métier by its slug. */
    async fiche(slug: string): Promise<{ slug: string; title: string; codeRome: string } | undefined> {
      const [row] = await db
        .select({ slug: jobProfiles.slug, title: jobProfiles.title, codeRome: jobProfiles.codeRome })
        .from(jobProfiles)
        .where(and(eq(jobProfiles.slug, slug), eq(jobProfiles.published, true)))
      return row
    },
  }
}
