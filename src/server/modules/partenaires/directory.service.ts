import type { BodyOf, QueryOf } from '../../../shared/contract'
import { DomainError, invalid, notFound } from '../../../shared/errors'
import {
  directoryContract as c,
  directoryEditorRoles,
  directoryPartnerRoles,
  serviceConsistencyIssues,
} from '../../../shared/modules/partenaires/directory.contract'
import {
  DEFAULT_UPDATE_EVERY_MONTHS,
  type SubTheme,
} from '../../../shared/modules/partenaires/directory.constants'
import type { RequestContext } from '../../http/context'
import type { BanGeocoder } from '../../platform/geocoding/ban-geocoder'
import type { Geocoder } from '../../platform/geocoding/geocoder'
import { placeLocation } from '../../platform/geocoding/place-location'
import { serviceSearchText } from './directory-search-text'
import {
  presentDetail,
  presentPlace,
  presentService,
  presentSummary,
  type StructureAbilities,
} from './directory.presenter'
import {
  directoryRepository,
  type NewPlace,
  type NewService,
  type PlaceRow,
  type StructureListRow,
  type StructureRow,
  STRUCTURES_PAGE_SIZE,
} from './directory.repository'

export type CreateStructureInput = BodyOf<typeof c.createStructure>
export type UpdateStructureInput = BodyOf<typeof c.updateStructure>
export type CreatePlaceInput = BodyOf<typeof c.createPlace>
export type UpdatePlaceInput = BodyOf<typeof c.updatePlace>
export type CreateServiceInput = BodyOf<typeof c.createService>
export type UpdateServiceInput = BodyOf<typeof c.updateService>
type ListQuery = QueryOf<typeof c.listStructures>

export interface DirectoryDeps {
  clock: () => Date
  geocoder: Geocoder
}

const structureNotFound = () => notFound('Cette structure')
const placeNotFound = () => notFound('Ce lieu')
const serviceNotFound = () => notFound('Ce service')

function memberOf(ctx: RequestContext) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
  return { organisationId: actor.organisationId, accountId: actor.accountId, roles: actor.roles }
}

/** Drops the keys a partial update leaves out, so that they keep their stored value. */
const defined = <T extends object>(patch: T) =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>

export function abilitiesOn(
  ctx: RequestContext,
  structure: Pick<StructureRow, 'organisationId' | 'partnerOrganisationId'>,
): StructureAbilities {
  const me = ctx.actor
  const holds = (roles: readonly string[]) => !!me && me.roles.some((r) => roles.includes(r))
  const edit = !!me && structure.organisationId === me.organisationId && holds(directoryEditorRoles)
  const proposeChanges =
    !!me &&
    !!structure.partnerOrganisationId &&
    structure.partnerOrganisationId === me.organisationId &&
    holds(directoryPartnerRoles)
  return { edit, proposeChanges, confirm: edit || proposeChanges }
}

/** The directory's entries: structures, their places and services, kept by one organisation. */
export function directoryService(deps: DirectoryDeps) {
  const now = () => deps.clock()

  async function detail(ctx: RequestContext, row: StructureListRow) {
    const repo = directoryRepository(ctx.tx)
    const [places, services] = await Promise.all([repo.placesOf([row.id]), repo.servicesOf([row.id])])
    return presentDetail(row, places, services, abilitiesOn(ctx, row))
  }

  async function detailOf(ctx: RequestContext, id: string) {
    const row = await directoryRepository(ctx.tx).structureListRow(id, now())
    if (!row) throw structureNotFound()
    return detail(ctx, row)
  }

  /** A structure of the caller's own directory: another keeper's entry answers 404 to a writer. */
  async function ownStructure(ctx: RequestContext, id: string): Promise<StructureRow> {
    const row = await directoryRepository(ctx.tx).structure(id)
    if (!row || row.organisationId !== memberOf(ctx).organisationId) throw structureNotFound()
    return row
  }

  async function ownPlace(ctx: RequestContext, id: string) {
    const row = await directoryRepository(ctx.tx).place(id)
    if (!row || row.organisationId !== memberOf(ctx).organisationId) throw placeNotFound()
    return row
  }

  async function ownService(ctx: RequestContext, id: string) {
    const row = await directoryRepository(ctx.tx).service(id)
    if (!row || row.organisationId !== memberOf(ctx).organisationId) throw serviceNotFound()
    return row
  }

  /** Rewrites the search text of every service of a structure: its name, places and services feed it. */
  async function refreshSearchText(ctx: RequestContext, structureId: string) {
    const repo = directoryRepository(ctx.tx)
    const structure = await repo.structure(structureId)
    if (!structure) return
    const [places, services] = await Promise.all([
      repo.placesOf([structureId]),
      repo.servicesOf([structureId]),
    ])
    const cityOf = new Map(places.map((p) => [p.id, p.city]))
    for (const service of services) {
      await repo.setSearchText(
        service.id,
        serviceSearchText({
          service,
          structureName: structure.name,
          placeCity: service.placeId ? (cityOf.get(service.placeId) ?? null) : null,
        }),
      )
    }
  }

  async function touch(ctx: RequestContext, structureId: string) {
    await directoryRepository(ctx.tx).updateStructure(structureId, { updatedAt: now() })
  }

  /** The geocoder's cache is read and written in the request's transaction (PGlite has a single connection). */
  const geocoderFor = (ctx: RequestContext): Geocoder =>
    'using' in deps.geocoder ? (deps.geocoder as BanGeocoder).using(ctx.tx) : deps.geocoder

  async function locate(
    ctx: RequestContext,
    addressInput: string,
  ): Promise<{ values: Partial<NewPlace>; warning: string | null }> {
    const found = await placeLocation(geocoderFor(ctx), { text: addressInput })
    return {
      values: {
        label: found.label,
        postcode: found.postcode,
        city: found.city,
        citycode: found.citycode,
        banId: found.banId,
        latitude: found.latitude,
        longitude: found.longitude,
        geocodeScore: found.score,
        geocodeStatus: found.status,
      },
      warning: found.warning ?? null,
    }
  }

  async function checkPlaceOfStructure(
    ctx: RequestContext,
    structureId: string,
    placeId: string | null | undefined,
  ) {
    if (!placeId) return
    const place = await directoryRepository(ctx.tx).place(placeId)
    if (!place || place.structureId !== structureId)
      throw invalid('placeId', 'Ce lieu n’appartient pas à cette structure.')
  }

  const api = {
    async list(ctx: RequestContext, query: ListQuery) {
      const me = memberOf(ctx)
      const { items, total } = await directoryRepository(ctx.tx).listStructures(
        { organisationId: me.organisationId, ...query },
        query.page,
        now(),
      )
      return { items: items.map(presentSummary), page: query.page, pageSize: STRUCTURES_PAGE_SIZE, total }
    },

    /** The page of an entry, for its keeper and its partner organisation; others search the directory. */
    async get(ctx: RequestContext, id: string) {
      const me = memberOf(ctx)
      const row = await directoryRepository(ctx.tx).structureListRow(id, now())
      if (
        !row ||
        (row.organisationId !== me.organisationId && row.partnerOrganisationId !== me.organisationId)
      )
        throw structureNotFound()
      return detail(ctx, row)
    },

    async myStructures(ctx: RequestContext) {
      const me = memberOf(ctx)
      const rows = await directoryRepository(ctx.tx).structuresOfPartner(me.organisationId, now())
      return Promise.all(rows.map((row) => detail(ctx, row)))
    },

    async createStructure(ctx: RequestContext, input: CreateStructureInput) {
      const me = memberOf(ctx)
      const at = now()
      const row = await directoryRepository(ctx.tx).insertStructure({
        organisationId: me.organisationId,
        kind: input.kind,
        name: input.name,
        description: input.description ?? '',
        rnaId: input.rnaId ?? null,
        siret: input.siret ?? null,
        website: input.website ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        source: input.source ?? 'saisie',
        status: input.status ?? 'publiee',
        partnerOrganisationId: input.partnerOrganisationId ?? null,
        updateEveryMonths: input.updateEveryMonths ?? DEFAULT_UPDATE_EVERY_MONTHS,
        confirmedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      await ctx.audit({ action: 'create', entityType: 'directory_structure', entityId: row.id, after: row })
      return detailOf(ctx, row.id)
    },

    async updateStructure(ctx: RequestContext, id: string, input: UpdateStructureInput) {
      const before = await ownStructure(ctx, id)
      const patch = defined(input)
      const after = await directoryRepository(ctx.tx).updateStructure(id, { ...patch, updatedAt: now() })
      if (!after) throw structureNotFound()
      if (patch.name !== undefined && patch.name !== before.name) await refreshSearchText(ctx, id)
      await ctx.audit({ action: 'update', entityType: 'directory_structure', entityId: id, before, after })
      return detailOf(ctx, id)
    },

    /** A closed structure and its services leave the search; they stay for the orientations that name them. */
    async closeStructure(ctx: RequestContext, id: string) {
      const before = await ownStructure(ctx, id)
      const repo = directoryRepository(ctx.tx)
      const at = now()
      const after = await repo.updateStructure(id, { status: 'fermee', updatedAt: at })
      for (const service of await repo.servicesOf([id])) {
        if (service.status !== 'fermee')
          await repo.updateService(service.id, { status: 'fermee', updatedAt: at })
      }
      await ctx.audit({ action: 'update', entityType: 'directory_structure', entityId: id, before, after })
      return detailOf(ctx, id)
    },

    async deleteStructure(ctx: RequestContext, id: string) {
      const before = await ownStructure(ctx, id)
      const repo = directoryRepository(ctx.tx)
      if ((await repo.referralsTo({ structureId: id })) > 0)
        throw new DomainError(
          'conflict',
          'Des orientations visent cette structure : fermez-la plutôt que de la supprimer.',
        )
      await repo.deleteStructure(id)
      await ctx.audit({ action: 'delete', entityType: 'directory_structure', entityId: id, before })
      return { deleted: true as const }
    },

    /** "Everything is still correct": the keeper writes the date, a partner goes through the bounded function. */
    async confirmStructure(ctx: RequestContext, id: string) {
      const repo = directoryRepository(ctx.tx)
      const row = await repo.structure(id)
      if (!row) throw structureNotFound()
      const can = abilitiesOn(ctx, row)
      let confirmedAt: Date | null = null
      if (can.edit) {
        const at = now()
        await repo.updateStructure(id, { confirmedAt: at, staleRemindedAt: null })
        confirmedAt = at
      } else if (can.proposeChanges) {
        confirmedAt = await repo.confirmAsPartner(id)
      }
      if (!confirmedAt) throw structureNotFound()
      await ctx.audit({
        action: 'update',
        entityType: 'directory_structure',
        entityId: id,
        before: { confirmedAt: row.confirmedAt },
        after: { confirmedAt },
      })
      return { confirmedAt: confirmedAt.toISOString() }
    },

    async createPlace(ctx: RequestContext, structureId: string, input: CreatePlaceInput) {
      const structure = await ownStructure(ctx, structureId)
      const at = now()
      const { values, warning } = await locate(ctx, input.addressInput)
      const row = await directoryRepository(ctx.tx).insertPlace({
        organisationId: structure.organisationId,
        structureId,
        name: input.name ?? '',
        addressInput: input.addressInput,
        openingHours: input.openingHours ?? {},
        hoursExceptions: input.hoursExceptions ?? [],
        wheelchairAccessible: input.wheelchairAccessible ?? false,
        hearingLoop: input.hearingLoop ?? false,
        access: input.access ?? '',
        ...values,
        createdAt: at,
        updatedAt: at,
      })
      await touch(ctx, structureId)
      await ctx.audit({ action: 'create', entityType: 'directory_place', entityId: row.id, after: row })
      return { place: presentPlace(row), warning }
    },

    async updatePlace(ctx: RequestContext, id: string, input: UpdatePlaceInput) {
      const before = await ownPlace(ctx, id)
      const patch: Partial<NewPlace> = defined(input)
      let warning: string | null = null
      const addressChanged = input.addressInput !== undefined && input.addressInput !== before.addressInput
      if (addressChanged) {
        const located = await locate(ctx, input.addressInput!)
        Object.assign(patch, located.values)
        warning = located.warning
      }
      const after = (await directoryRepository(ctx.tx).updatePlace(id, {
        ...patch,
        updatedAt: now(),
      })) as PlaceRow
      if (addressChanged) await refreshSearchText(ctx, before.structureId)
      await touch(ctx, before.structureId)
      await ctx.audit({ action: 'update', entityType: 'directory_place', entityId: id, before, after })
      return { place: presentPlace(after), warning }
    },

    async deletePlace(ctx: RequestContext, id: string) {
      const before = await ownPlace(ctx, id)
      await directoryRepository(ctx.tx).deletePlace(id)
      await refreshSearchText(ctx, before.structureId)
      await touch(ctx, before.structureId)
      await ctx.audit({ action: 'delete', entityType: 'directory_place', entityId: id, before })
      return { deleted: true as const }
    },

    async createService(ctx: RequestContext, structureId: string, input: CreateServiceInput) {
      const structure = await ownStructure(ctx, structureId)
      await checkPlaceOfStructure(ctx, structureId, input.placeId)
      const at = now()
      const values: NewService = {
        organisationId: structure.organisationId,
        structureId,
        placeId: input.placeId ?? null,
        name: input.name,
        description: input.description ?? '',
        themes: input.themes,
        subThemes: input.subThemes ?? [],
        publics: input.publics ?? [],
        ageMin: input.ageMin ?? null,
        ageMax: input.ageMax ?? null,
        accessConditions: input.accessConditions ?? '',
        languages: input.languages ?? ['fr'],
        referralMode: input.referralMode ?? 'sans_rdv',
        whatToBring: input.whatToBring ?? '',
        phone: input.phone ?? null,
        email: input.email ?? null,
        openingHours: input.openingHours ?? null,
        status: input.status ?? 'publiee',
        createdAt: at,
        updatedAt: at,
      }
      const row = await directoryRepository(ctx.tx).insertService(values)
      await refreshSearchText(ctx, structureId)
      await touch(ctx, structureId)
      await ctx.audit({ action: 'create', entityType: 'directory_service', entityId: row.id, after: row })
      return presentService((await directoryRepository(ctx.tx).service(row.id))!)
    },

    async updateService(ctx: RequestContext, id: string, input: UpdateServiceInput) {
      const before = await ownService(ctx, id)
      const patch = defined(input)
      const merged = {
        themes: patch.themes ?? before.themes,
        subThemes: (patch.subThemes ?? before.subThemes) as SubTheme[],
        ageMin: patch.ageMin === undefined ? before.ageMin : patch.ageMin,
        ageMax: patch.ageMax === undefined ? before.ageMax : patch.ageMax,
      }
      const [issue] = serviceConsistencyIssues(merged)
      if (issue) throw invalid(issue.field, issue.message)
      if (patch.placeId !== undefined) await checkPlaceOfStructure(ctx, before.structureId, patch.placeId)
      const repo = directoryRepository(ctx.tx)
      await repo.updateService(id, { ...patch, updatedAt: now() })
      await refreshSearchText(ctx, before.structureId)
      await touch(ctx, before.structureId)
      const after = (await repo.service(id))!
      await ctx.audit({ action: 'update', entityType: 'directory_service', entityId: id, before, after })
      return presentService(after)
    },

    async deleteService(ctx: RequestContext, id: string) {
      const before = await ownService(ctx, id)
      const repo = directoryRepository(ctx.tx)
      if ((await repo.referralsTo({ serviceId: id })) > 0)
        throw new DomainError(
          'conflict',
          'Des orientations visent ce service : fermez-le plutôt que de le supprimer.',
        )
      await repo.deleteService(id)
      await touch(ctx, before.structureId)
      await ctx.audit({ action: 'delete', entityType: 'directory_service', entityId: id, before })
      return { deleted: true as const }
    },
  }
  return api
}

export type DirectoryService = ReturnType<typeof directoryService>
