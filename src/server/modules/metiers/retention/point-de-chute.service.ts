import type { z } from 'zod'
import { notFound } from '../../../../shared/errors'
import type {
  EditorPointDeChuteView,
  PointDeChuteNetworkView,
  savePointDeChuteBody,
} from '../../../../shared/modules/metiers/retention.contract'
import type { Db } from '../../../db/client'
import type { RequestContext } from '../../../http/context'
import type { Geocoder } from '../../../platform/geocoding/geocoder'
import { locateWorkplace } from '../offer-location'
import { editorPointDeChute, publicPointDeChute } from './point-de-chute.presenter'
import { pointDeChuteRepository, type PointDeChuteValues } from './point-de-chute.repository'
import { organisationOf } from './retention-actor'

type SaveBody = z.output<typeof savePointDeChuteBody>

export interface PointDeChuteDeps {
  geocoder: Geocoder
  clock: () => Date
}

const placeNotFound = () => notFound('Ce lieu')

/** The published network, read by anyone (no personal data, no access codes). */
export async function pointDeChuteNetwork(tx: Db, now: Date): Promise<PointDeChuteNetworkView> {
  const rows = await pointDeChuteRepository(tx).published()
  return { places: rows.map(publicPointDeChute), generatedAt: now.toISOString() }
}

/** What is written to the audit log about a place: everything but the access code. */
const auditFields = (v: PointDeChuteValues) => ({
  name: v.name,
  kind: v.kind,
  address: v.address,
  commune: v.commune,
  facilities: v.facilities,
  published: v.published,
  accessCodeSet: (v.accessCode ?? '') !== '',
})

/** The editors' side: each organisation writes its own places, each write audited. */
export function pointDeChuteService(deps: PointDeChuteDeps) {
  async function values(ctx: RequestContext, body: SaveBody): Promise<PointDeChuteValues> {
    const located = await locateWorkplace(deps.geocoder, ctx, body)
    return {
      name: body.name,
      kind: body.kind,
      address: body.address,
      postcode: located.postcode,
      commune: located.commune,
      communeInsee: located.communeInsee,
      latitude: located.latitude,
      longitude: located.longitude,
      openingHours: body.openingHours,
      hoursExceptions: body.hoursExceptions,
      accessInstructions: body.accessInstructions,
      accessCode: body.accessCode,
      facilities: body.facilities,
      audience: body.audience,
      contactPhone: body.contactPhone,
      contactEmail: body.contactEmail,
      published: body.published,
      updatedAt: deps.clock(),
    }
  }

  return {
    async list(ctx: RequestContext): Promise<EditorPointDeChuteView[]> {
      const rows = await pointDeChuteRepository(ctx.tx).ofOrganisation(organisationOf(ctx))
      return rows.map(editorPointDeChute)
    },

    async create(ctx: RequestContext, body: SaveBody): Promise<EditorPointDeChuteView> {
      const organisationId = organisationOf(ctx)
      const repo = pointDeChuteRepository(ctx.tx)
      const created = await repo.insert(organisationId, await values(ctx, body))
      await ctx.audit({
        action: 'create',
        entityType: 'point_de_chute_place',
        entityId: created.id,
        after: auditFields(created),
      })
      return editorPointDeChute((await repo.ownById(organisationId, created.id))!)
    },

    async update(ctx: RequestContext, id: string, body: SaveBody): Promise<EditorPointDeChuteView> {
      const organisationId = organisationOf(ctx)
      const repo = pointDeChuteRepository(ctx.tx)
      const before = await repo.ownById(organisationId, id)
      if (!before) throw placeNotFound()
      const after = await repo.update(organisationId, id, await values(ctx, body))
      if (!after) throw placeNotFound()
      await ctx.audit({
        action: 'update',
        entityType: 'point_de_chute_place',
        entityId: id,
        before: auditFields(before.place),
        after: auditFields(after),
      })
      return editorPointDeChute({ place: after, organisationName: before.organisationName })
    },

    async remove(ctx: RequestContext, id: string): Promise<{ deleted: true }> {
      const organisationId = organisationOf(ctx)
      const repo = pointDeChuteRepository(ctx.tx)
      const before = await repo.ownById(organisationId, id)
      if (!before || !(await repo.remove(organisationId, id))) throw placeNotFound()
      await ctx.audit({
        action: 'delete',
        entityType: 'point_de_chute_place',
        entityId: id,
        before: auditFields(before.place),
      })
      return { deleted: true }
    },

    /** The door code of a published place, for a signed-in professional; the reading is logged. */
    async accessCode(ctx: RequestContext, id: string): Promise<{ accessCode: string }> {
      const place = await pointDeChuteRepository(ctx.tx).publishedById(id)
      if (!place) throw placeNotFound()
      await ctx.audit({ action: 'read', entityType: 'point_de_chute_access_code', entityId: id })
      return { accessCode: place.accessCode }
    },
  }
}
