import type { z } from 'zod'
import { notFound } from '../../../../shared/errors'
import type {
  EditorLivingPlaceView,
  PublicLivingPlaceView,
  saveLivingPlaceBody,
} from '../../../../shared/modules/metiers/retention.contract'
import type { LivingCategory } from '../../../../shared/modules/metiers/retention.constants'
import type { Db } from '../../../db/client'
import type { RequestContext } from '../../../http/context'
import { locateWorkplace } from '../offer-location'
import { editorLivingPlace, publicLivingPlace } from './living-places.presenter'
import { livingPlacesRepository, type LivingPlaceValues } from './living-places.repository'
import type { PointDeChuteDeps } from './point-de-chute.service'
import { organisationOf } from './retention-actor'

type SaveBody = z.output<typeof saveLivingPlaceBody>

const placeNotFound = () => notFound('Ce lieu')

/** Published housing or childcare places, read by anyone. */
export async function publishedLivingPlaces(
  tx: Db,
  category: LivingCategory,
): Promise<PublicLivingPlaceView[]> {
  const rows = await livingPlacesRepository(tx).published(category)
  return rows.map(publicLivingPlace)
}

const auditFields = (v: LivingPlaceValues) => ({
  category: v.category,
  kind: v.kind,
  name: v.name,
  commune: v.commune,
  rentMin: v.rentMin,
  rentMax: v.rentMax,
  published: v.published,
})

/** Housing and childcare written by the organisation that knows them (CCAS, département), each write audited. */
export function livingPlacesService(deps: PointDeChuteDeps) {
  async function values(ctx: RequestContext, body: SaveBody): Promise<LivingPlaceValues> {
    const located = await locateWorkplace(deps.geocoder, ctx, body)
    const housing = body.category === 'logement'
    return {
      category: body.category,
      kind: body.kind,
      name: body.name,
      description: body.description,
      address: body.address,
      postcode: located.postcode,
      commune: located.commune,
      communeInsee: located.communeInsee,
      latitude: located.latitude,
      longitude: located.longitude,
      // Each category keeps only its own fields: nothing stale from the other one.
      audiences: housing ? body.audiences : [],
      rentMin: housing ? body.rentMin : null,
      rentMax: housing ? body.rentMax : null,
      conditions: body.conditions,
      openingHours: housing ? {} : body.openingHours,
      ageMinMonths: housing ? null : body.ageMinMonths,
      ageMaxMonths: housing ? null : body.ageMaxMonths,
      contactPhone: body.contactPhone,
      contactEmail: body.contactEmail,
      website: body.website,
      published: body.published,
      updatedAt: deps.clock(),
    }
  }

  return {
    async list(ctx: RequestContext): Promise<EditorLivingPlaceView[]> {
      const rows = await livingPlacesRepository(ctx.tx).ofOrganisation(organisationOf(ctx))
      return rows.map(editorLivingPlace)
    },

    async create(ctx: RequestContext, body: SaveBody): Promise<EditorLivingPlaceView> {
      const organisationId = organisationOf(ctx)
      const repo = livingPlacesRepository(ctx.tx)
      const created = await repo.insert(organisationId, await values(ctx, body))
      await ctx.audit({
        action: 'create',
        entityType: 'living_place',
        entityId: created.id,
        after: auditFields(created),
      })
      return editorLivingPlace((await repo.ownById(organisationId, created.id))!)
    },

    async update(ctx: RequestContext, id: string, body: SaveBody): Promise<EditorLivingPlaceView> {
      const organisationId = organisationOf(ctx)
      const repo = livingPlacesRepository(ctx.tx)
      const before = await repo.ownById(organisationId, id)
      if (!before) throw placeNotFound()
      const after = await repo.update(organisationId, id, await values(ctx, body))
      if (!after) throw placeNotFound()
      await ctx.audit({
        action: 'update',
        entityType: 'living_place',
        entityId: id,
        before: auditFields(before.place),
        after: auditFields(after),
      })
      return editorLivingPlace({ place: after, organisationName: before.organisationName })
    },

    async remove(ctx: RequestContext, id: string): Promise<{ deleted: true }> {
      const organisationId = organisationOf(ctx)
      const repo = livingPlacesRepository(ctx.tx)
      const before = await repo.ownById(organisationId, id)
      if (!before || !(await repo.remove(organisationId, id))) throw placeNotFound()
      await ctx.audit({
        action: 'delete',
        entityType: 'living_place',
        entityId: id,
        before: auditFields(before.place),
      })
      return { deleted: true }
    },
  }
}
