import { invalid } from '../../../shared/errors'
import {
  OFFER_SEARCH_DEFAULT_RADIUS_KM,
  OFFER_SEARCH_ENOUGH_RESULTS,
  radiusSteps,
  type OfferSearchAnswerView,
  type OfferSearchCriteria,
  type OfferSearchQuery,
  type OfferSearchResultView,
  type OfferSearchSort,
  type UnderstoodPlaceView,
} from '../../../shared/modules/metiers/search.contract'
import type { Db } from '../../db/client'
import type { MetiersDeps } from './metiers.deps'
import { resolveSearchPlace } from './search.place'
import { knownContract, knownWorkTime, presentResult, type SearchUnderstanding } from './search.presenter'
import { searchRepository, type OfferSearchFilter, type OfferSearchHits } from './search.repository'
import { searchWords } from './search.words'

type Deps = Pick<MetiersDeps, 'clock' | 'geocoder'>

const DAY_MS = 86_400_000

export interface OfferSearchRun {
  sort: OfferSearchSort
  page: number
  size: number
  /** False keeps the asked radius (alerts): only an explicit search widens by itself. */
  mayWiden: boolean
  /** Offers published strictly after this instant only (alerts). */
  publishedAfter?: Date
}

interface Understood extends SearchUnderstanding {
  filter: OfferSearchFilter
  askedRadius: number | null
  radii: number[]
}

/**
 * The public offer search: words (typos, accents and plurals forgiven) or ROME codes, a place with
 * a radius that widens by itself when fewer than ten offers are near, filters; ranked by relevance,
 * nearness, freshness and the employer's answer rate. Offers are public: nothing is audited.
 */
export function offerSearchService(deps: Deps) {
  async function understand(db: Db, criteria: OfferSearchCriteria, run: OfferSearchRun): Promise<Understood> {
    const repository = searchRepository(db)
    const fiche = criteria.fiche ? await repository.fiche(criteria.fiche) : null
    if (criteria.fiche && !fiche) throw invalid('fiche', 'Fiche métier inconnue.')
    const { words, romes: typedRomes } = searchWords(criteria.q)
    const romes = [...new Set([...(criteria.rome ?? []), ...typedRomes, ...(fiche ? [fiche.codeRome] : [])])]
    const place: UnderstoodPlaceView | null = criteria.lieu
      ? await resolveSearchPlace(deps.geocoder, db, criteria.lieu)
      : null
    const askedRadius = place ? (criteria.rayon ?? OFFER_SEARCH_DEFAULT_RADIUS_KM) : null
    const widen = run.mayWiden && criteria.elargir !== false
    const radii = askedRadius === null ? [] : widen ? radiusSteps(askedRadius) : [askedRadius]
    const now = deps.clock()
    const since = criteria.depuis ? new Date(now.getTime() - criteria.depuis * DAY_MS) : null
    const publishedAfter =
      since && run.publishedAfter
        ? since > run.publishedAfter
          ? since
          : run.publishedAfter
        : (since ?? run.publishedAfter ?? null)
    return {
      words,
      romes,
      fiche: fiche ?? null,
      place,
      criteria,
      askedRadius,
      radii,
      filter: {
        words,
        romes,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        contracts: criteria.contrat ?? [],
        employerTypes: criteria.employeur ?? [],
        excludedPatterns: criteria.exclure ?? [],
        includedPatterns: criteria.inclure ?? [],
        sector: criteria.secteur ?? null,
        workTime: criteria.temps ?? null,
        serviceCar: criteria.vehicule === true,
        housing: criteria.logement === true,
        childcare: criteria.garde === true,
        noLicence: criteria.sansPermis === true,
        salaryMinCents: criteria.salaireMin ? criteria.salaireMin * 100 : null,
        publishedAfter,
        now,
      },
    }
  }

  async function results(
    db: Db,
    understood: Understood,
    found: OfferSearchHits,
  ): Promise<OfferSearchResultView[]> {
    const records = new Map(
      (await searchRepository(db).offers(found.hits.map((h) => h.id))).map((r) => [r.id, r]),
    )
    return found.hits.flatMap((hit) => {
      const record = records.get(hit.id)
      // An offer withdrawn between the two reads, or with values this version does not know, is left out.
      if (!record || !knownContract(record.contract) || !knownWorkTime(record.workTime)) return []
      return [presentResult(record, hit, understood)]
    })
  }

  async function run(db: Db, criteria: OfferSearchCriteria, options: OfferSearchRun) {
    const understood = await understand(db, criteria, options)
    const found = await searchRepository(db).search(understood.filter, {
      radii: understood.radii,
      enough: OFFER_SEARCH_ENOUGH_RESULTS,
      sort: options.sort,
      limit: options.size,
      offset: (options.page - 1) * options.size,
    })
    return { understood, found, results: await results(db, understood, found) }
  }

  return {
    async search(db: Db, query: OfferSearchQuery): Promise<OfferSearchAnswerView> {
      const { tri, page, taille, ...criteria } = query
      const {
        understood,
        found,
        results: items,
      } = await run(db, criteria, {
        sort: tri,
        page,
        size: taille,
        mayWiden: true,
      })
      const elargi =
        understood.askedRadius !== null && found.radiusKm !== null && found.radiusKm > understood.askedRadius
      const notices: string[] = []
      if (elargi && understood.place)
        notices.push(
          `Moins de ${OFFER_SEARCH_ENOUGH_RESULTS} offres à ${understood.askedRadius} km de ${understood.place.name} : ` +
            `la recherche s’étend à ${found.radiusKm} km.`,
        )
      return {
        results: items,
        total: found.total,
        page,
        taille,
        tri,
        rayon: understood.askedRadius,
        rayonEffectif: understood.place ? (found.radiusKm ?? understood.askedRadius) : null,
        elargi,
        lieu: understood.place,
        fiche: understood.fiche,
        notices,
      }
    },

    /**
     * Offers of a saved search published after an instant, newest first, at the radius asked (an
     * alert never widens: with only the new offers, it would always reach 100 km).
     */
    async newOffers(db: Db, criteria: OfferSearchCriteria, after: Date, limit: number) {
      const { found, results: items } = await run(db, criteria, {
        sort: 'date',
        page: 1,
        size: limit,
        mayWiden: false,
        publishedAfter: after,
      })
      return { total: found.total, offers: items }
    },
  }
}

export type OfferSearchService = ReturnType<typeof offerSearchService>
