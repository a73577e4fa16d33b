import { notFound } from '../../../../shared/errors'
import type {
  ApprenticeshipOptionsView,
  PublicSeatsView,
  PublicSeatView,
} from '../../../../shared/modules/metiers/apprenticeships.contract'
import type { Db } from '../../../db/client'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { resolveSearchPlace } from '../search.place'
import { presentPublicSeat, referencesFor } from './apprenticeships.presenter'
import { apprenticeshipsRepository } from './apprenticeships.repository'
import { distanceKm } from './matcher'

const MAX_RESULTS = 100

/** What anyone reads: published seats (no personal data), near a place, and the forms' choices. */
export function publicSeatsService(deps: { geocoder: Geocoder }) {
  return {
    async list(
      tx: Db,
      query: { lieu?: string | undefined; rayon: number; fiche?: string | undefined },
    ): Promise<PublicSeatsView> {
      const repo = apprenticeshipsRepository(tx)
      const job = query.fiche ? await repo.jobBySlug(query.fiche) : undefined
      if (query.fiche && !job) return { place: null, total: 0, seats: [] }
      const lieu = query.lieu?.trim()
      const place = lieu ? await resolveSearchPlace(deps.geocoder, tx, lieu) : null
      const dLat = query.rayon / 111
      const dLon = place ? query.rayon / (111 * Math.cos((place.latitude * Math.PI) / 180)) : 0
      const rows = await repo.publishedSeats({
        ...(job ? { jobId: job.id } : {}),
        ...(place
          ? {
              box: {
                south: place.latitude - dLat,
                north: place.latitude + dLat,
                west: place.longitude - dLon,
                east: place.longitude + dLon,
              },
            }
          : {}),
      })
      const near = place
        ? rows
            .filter((r) => r.latitude !== null && r.longitude !== null)
            .map((r) => ({
              row: r,
              km: distanceKm(place.latitude, place.longitude, r.latitude!, r.longitude!),
            }))
            .filter((r) => r.km <= query.rayon)
            .sort((a, b) => a.km - b.km)
            .map((r) => r.row)
        : rows
      const shown = near.slice(0, MAX_RESULTS)
      const refs = await referencesFor(tx, shown)
      return {
        place: place ? { name: place.name, latitude: place.latitude, longitude: place.longitude } : null,
        total: near.length,
        seats: shown.map((row) => presentPublicSeat(row, refs, place)),
      }
    },

    async one(tx: Db, id: string): Promise<PublicSeatView> {
      const row = await apprenticeshipsRepository(tx).publishedSeat(id)
      if (!row) throw notFound('Cette place')
      return presentPublicSeat(row, await referencesFor(tx, [row]))
    },

    async options(tx: Db): Promise<ApprenticeshipOptionsView> {
      const repo = apprenticeshipsRepository(tx)
      const jobs = await repo.jobs()
      const trainingCentres = await repo.centres()
      return { jobs, trainingCentres }
    },
  }
}
