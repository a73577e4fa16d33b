import {
  contractLabels,
  employerSectorLabels,
  employerTypeLabels,
  workPatternLabels,
  workTimeLabels,
} from '../../../shared/modules/metiers/metiers.constants'
import {
  OFFER_SEARCH_DEFAULT_RADIUS_KM,
  offerSearchCriteria,
  offerSearchToQueryString,
  type OfferSearchCriteria,
} from '../../../shared/modules/metiers/search.contract'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The saved search as stored (the criteria's output), read back; a search stored by an older version that no longer reads is null. */
export function storedCriteria(stored: unknown): OfferSearchCriteria | null {
  const parsed = offerSearchCriteria.safeParse(stored)
  return parsed.success ? parsed.data : null
}

/** The search's page on the portal. */
export function searchPath(criteria: OfferSearchCriteria): string {
  const query = offerSearchToQueryString(criteria)
  return query ? `/metiers/offres?${query}` : '/metiers/offres'
}

/** The search in plain words: « « aide soignant », à 20 km de Bourg-en-Bresse, CDI, sans travail de nuit ». */
export function describeSearch(criteria: OfferSearchCriteria): string {
  const parts = [
    ...(criteria.q ? [`« ${criteria.q} »`] : []),
    ...(criteria.fiche ? [`métier ${criteria.fiche.replace(/-/g, ' ')}`] : []),
    ...(criteria.rome?.length ? [`code ROME ${criteria.rome.join(', ')}`] : []),
    ...(criteria.lieu
      ? [`à ${criteria.rayon ?? OFFER_SEARCH_DEFAULT_RADIUS_KM} km de ${criteria.lieu}`]
      : []),
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
    ...(criteria.salaireMin
      ? [`au moins ${criteria.salaireMin.toLocaleString('fr-FR')} € brut par mois`]
      : []),
  ]
  return parts.length ? parts.join(', ') : 'toutes les offres'
}
