import { notFound } from '../../../../shared/errors'
import { fieldError } from './trainings.errors'
import { parisDate } from '../../../../shared/dates'
import type {
  CatalogueAnswerView,
  CatalogueQuery,
  TrainingPageView,
} from '../../../../shared/modules/metiers/trainings.contract'
import { CATALOGUE_DEFAULT_RADIUS_KM } from '../../../../shared/modules/metiers/trainings.contract'
import type { AdmissionMode } from '../../../../shared/modules/metiers/trainings-labels'
import type { Db } from '../../../db/client'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { resolveSearchPlace } from '../search.place'
import {
  jobLinks,
  presentCentrePublic,
  presentSession,
  presentSummary,
  type SessionWithSite,
} from './trainings.presenter'
import { trainingsRepository } from './trainings.repository'
import { distanceKm, matchesAllWords, trainingSearchText, typedWords } from './trainings.words'

export interface CatalogueDeps {
  geocoder: Geocoder
  clock: () => Date
}

const DEFAULT_LIMIT = 50

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

const located = (p: { latitude: number | null; longitude: number | null }) =>
  p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null

/**
 * The public catalogue: published trainings of published centres (platform content, not personal
 * data: not audited). Small enough to filter in memory; words are matched forgiving accents and typos.
 */
export function catalogueService(deps: CatalogueDeps) {
  return {
    async search(tx: Db, query: CatalogueQuery): Promise<CatalogueAnswerView> {
      const repo = trainingsRepository(tx)
      const today = parisDate(deps.clock())
      const from = query.apres && query.apres > today ? query.apres : today
      const metier = query.metier ? await repo.jobBySlug(query.metier) : null
      if (query.metier && !metier) throw fieldError('metier', 'Métier : cette fiche métier est introuvable.')
      const place = query.lieu ? await resolveSearchPlace(deps.geocoder, tx, query.lieu) : null
      const radius = place ? (query.rayon ?? CATALOGUE_DEFAULT_RADIUS_KM) : null

      const rows = await repo.publishedTrainings()
      const candidates = rows.filter(
        ({ training }) =>
          (!metier || training.jobIds.includes(metier.id)) &&
          (!query.voie?.length || query.voie.some((v) => training.routes.includes(v))) &&
          (query.niveau === undefined || training.rncpLevel === query.niveau),
      )
      const [sessions, jobs] = await Promise.all([
        repo.sessions(
          candidates.map((c) => c.training.id),
          from,
        ),
        repo.jobs([...new Set(candidates.flatMap((c) => c.training.jobIds))]),
      ])
      const sessionsOf = groupBy(sessions, (s) => s.trainingId)
      const words = typedWords(query.q)

      const found = candidates.flatMap(({ training, centre }) => {
        const own: SessionWithSite[] = sessionsOf.get(training.id) ?? []
        if (query.apres && own.length === 0) return []
        const links = jobLinks(training.jobIds, jobs)
        const text = trainingSearchText([
          training.searchText,
          centre.name,
          centre.commune,
          ...own.map((s) => s.commune),
          ...links.map((j) => j.title),
        ])
        if (!matchesAllWords(text, words)) return []
        let distance: number | null = null
        let ordered = own
        if (place) {
          const points = own.length > 0 ? own : [null]
          const measured = points
            .map((s) => {
              const at = located(s ?? centre)
              return { s, km: at ? distanceKm(place, at) : Infinity }
            })
            .sort((a, b) => a.km - b.km)
          distance = measured[0]!.km
          if (distance > radius!) return []
          // The nearest session first: it is the one shown on the map.
          const nearest = measured[0]!.s
          if (nearest) ordered = [nearest, ...own.filter((s) => s !== nearest)]
        }
        return [presentSummary(training, centre, links, ordered, distance)]
      })
      found.sort((a, b) =>
        place
          ? a.distanceKm! - b.distanceKm! || a.title.localeCompare(b.title, 'fr')
          : (a.nextSessions[0]?.startsOn ?? '9999').localeCompare(b.nextSessions[0]?.startsOn ?? '9999') ||
            a.title.localeCompare(b.title, 'fr'),
      )
      return {
        results: found.slice(0, query.limite ?? DEFAULT_LIMIT),
        total: found.length,
        lieu: place,
        rayon: radius,
        metier: metier ? { id: metier.id, slug: metier.slug, title: metier.title } : null,
      }
    },

    async training(tx: Db, ref: string): Promise<TrainingPageView> {
      const repo = trainingsRepository(tx)
      const found = await repo.publishedTraining(ref)
      if (!found) throw notFound('Cette formation')
      const { training, centre } = found
      const today = parisDate(deps.clock())
      const [sessions, jobs, others] = await Promise.all([
        repo.sessions([training.id], today),
        repo.jobs(training.jobIds),
        repo.trainingsOfCentre(centre.id),
      ])
      return {
        ...presentSummary(training, centre, jobLinks(training.jobIds, jobs), sessions, null),
        rncpCode: training.rncpCode,
        duration: training.duration,
        cost: training.cost,
        prerequisites: training.prerequisites,
        admission: training.admission as AdmissionMode[],
        admissionNote: training.admissionNote,
        centre: presentCentrePublic(centre),
        sessions: sessions.map(presentSession),
        otherTrainings: others
          .filter((o) => o.published && o.id !== training.id)
          .map((o) => ({ slug: o.slug, title: o.title })),
        updatedAt: training.updatedAt.toISOString(),
      }
    },
  }
}
