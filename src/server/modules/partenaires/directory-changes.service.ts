import type { z } from 'zod'
import type { BodyOf, QueryOf } from '../../../shared/contract'
import { DomainError, invalid, notFound } from '../../../shared/errors'
import {
  createPlaceBody,
  createServiceBody,
  directoryContract as c,
  partnerStructurePatch,
  updatePlaceBody,
  updateServiceBody,
  type ChangeView,
} from '../../../shared/modules/partenaires/directory.contract'
import type { ChangeEntity, ChangeStatus } from '../../../shared/modules/partenaires/directory.constants'
import type { RequestContext } from '../../http/context'
import { directoryFieldLabel } from './directory-field-labels'
import { directoryChangesRepository, type ChangeListRow } from './directory-changes.repository'
import { directoryRepository } from './directory.repository'
import { abilitiesOn, type DirectoryService } from './directory.service'

type ProposeInput = BodyOf<typeof c.proposeChange>
type ListQuery = QueryOf<typeof c.listChanges>
type Snapshot = Record<string, unknown>

const changeNotFound = () => notFound('Cette proposition')

/** The fields a partner may propose, per entity: a snapshot keeps exactly these. */
const editableFields: Record<ChangeEntity, string[]> = {
  structure: Object.keys(partnerStructurePatch.shape),
  place: Object.keys(updatePlaceBody.shape),
  service: Object.keys(updateServiceBody.shape),
}

const pick = (row: Record<string, unknown>, fields: string[]): Snapshot =>
  Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Field by field, what the partner changes. A creation lists every field it fills. */
export function changeDiff(before: Snapshot | null, after: Snapshot) {
  return Object.entries(after)
    .filter(([field, value]) => !before || !same(before[field], value))
    .map(([field, value]) => ({
      field,
      label: directoryFieldLabel(field),
      before: before ? (before[field] ?? null) : null,
      after: value,
    }))
}

function presentChange(row: ChangeListRow): ChangeView {
  const before = (row.before ?? null) as Snapshot | null
  const after = row.after as Snapshot
  const nameOf = (s: Snapshot | null) =>
    typeof s?.['name'] === 'string' && s['name']
      ? s['name']
      : typeof s?.['addressInput'] === 'string'
        ? s['addressInput']
        : null
  return {
    id: row.id,
    structureId: row.structureId,
    structureName: row.structureName,
    entity: row.entity as ChangeEntity,
    entityId: row.entityId,
    entityName: row.entity === 'structure' ? row.structureName : (nameOf(after) ?? nameOf(before) ?? ''),
    status: row.status as ChangeStatus,
    submittedBy: {
      organisationId: row.submittedByOrganisationId,
      organisationName: row.submitterOrganisationName,
      displayName: row.submitterName,
    },
    submittedAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewComment: row.reviewComment,
    diff: changeDiff(before, after),
  }
}

/** Reads a stored proposal through its schema again, reporting each issue under `after.<field>`. */
function parseAfter<T extends z.ZodType>(schema: T, after: unknown): z.output<T> {
  const parsed = schema.safeParse(after)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw invalid(['after', ...issue.path.map(String)].join('.'), issue.message)
}

/** Changes proposed by partners to their own entries, validated or refused by the keeping organisation. */
export function directoryChangesService(deps: { clock: () => Date; directory: DirectoryService }) {
  const me = (ctx: RequestContext) => {
    const actor = ctx.actor
    if (!actor?.organisationId) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
    return { organisationId: actor.organisationId, accountId: actor.accountId }
  }

  async function view(ctx: RequestContext, id: string) {
    const row = await directoryChangesRepository(ctx.tx).get(id)
    if (!row) throw changeNotFound()
    return presentChange(row)
  }

  /** The current values of the entity, checking that it belongs to the structure. */
  async function snapshot(ctx: RequestContext, input: ProposeInput): Promise<Snapshot | null> {
    const repo = directoryRepository(ctx.tx)
    const fields = editableFields[input.entity]
    if (input.entityId === null) return null
    const entity =
      input.entity === 'structure'
        ? await repo.structure(input.entityId)
        : input.entity === 'place'
          ? await repo.place(input.entityId)
          : await repo.service(input.entityId)
    const ofStructure =
      entity && (input.entity === 'structure' ? entity.id : (entity as { structureId: string }).structureId)
    if (!entity || ofStructure !== input.structureId)
      throw notFound(
        input.entity === 'structure'
          ? 'Cette structure'
          : input.entity === 'place'
            ? 'Ce lieu'
            : 'Ce service',
      )
    return pick(entity, fields)
  }

  return {
    async propose(ctx: RequestContext, input: ProposeInput) {
      const { organisationId, accountId } = me(ctx)
      // A new place or service must be complete, whoever asks: the input is checked before any lookup.
      if (input.entityId === null) {
        parseAfter(input.entity === 'place' ? createPlaceBody : createServiceBody, input.after)
      }
      const structure = await directoryRepository(ctx.tx).structure(input.structureId)
      // Only the structure's own organisation proposes; to anyone else it does not exist as a thing to change.
      if (!structure || !abilitiesOn(ctx, structure).proposeChanges) throw notFound('Cette structure')
      const after = input.after as Snapshot
      if (input.entity === 'service' && typeof after['placeId'] === 'string') {
        const place = await directoryRepository(ctx.tx).place(after['placeId'])
        if (!place || place.structureId !== structure.id)
          throw invalid('after.placeId', 'Ce lieu n’appartient pas à cette structure.')
      }
      const before = await snapshot(ctx, input)
      if (changeDiff(before, after).length === 0)
        throw invalid('after', 'Aucune modification proposée : les informations sont identiques.')
      const row = await directoryChangesRepository(ctx.tx).insert({
        organisationId: structure.organisationId,
        structureId: structure.id,
        submittedByOrganisationId: organisationId,
        submittedBy: accountId,
        entity: input.entity,
        entityId: input.entityId,
        before,
        after,
        createdAt: deps.clock(),
      })
      await ctx.audit({
        action: 'create',
        entityType: 'directory_change',
        entityId: row.id,
        after: { entity: row.entity, entityId: row.entityId, structureId: row.structureId },
      })
      return view(ctx, row.id)
    },

    async mine(ctx: RequestContext) {
      const rows = await directoryChangesRepository(ctx.tx).submittedBy(me(ctx).organisationId)
      return rows.map(presentChange)
    },

    async list(ctx: RequestContext, query: ListQuery) {
      const rows = await directoryChangesRepository(ctx.tx).keptBy(
        me(ctx).organisationId,
        query.status,
        query.structureId,
      )
      return rows.map(presentChange)
    },

    /**
     * Applies the proposal through the same functions as the keeper's own edits, then marks it
     * validated; the structure's entries then count as confirmed (not flagged, not reminded).
     */
    async validate(ctx: RequestContext, id: string) {
      const { organisationId, accountId } = me(ctx)
      const change = await directoryChangesRepository(ctx.tx).get(id)
      if (!change || change.organisationId !== organisationId) throw changeNotFound()
      if (change.status !== 'a_valider')
        throw new DomainError('conflict', 'Cette proposition a déjà été examinée.')
      const d = deps.directory
      let entityId = change.entityId
      switch (change.entity as ChangeEntity) {
        case 'structure':
          await d.updateStructure(ctx, change.structureId, parseAfter(partnerStructurePatch, change.after))
          break
        case 'place':
          if (entityId) await d.updatePlace(ctx, entityId, parseAfter(updatePlaceBody, change.after))
          else
            entityId = (
              await d.createPlace(ctx, change.structureId, parseAfter(createPlaceBody, change.after))
            ).place.id
          break
        case 'service':
          if (entityId) await d.updateService(ctx, entityId, parseAfter(updateServiceBody, change.after))
          else
            entityId = (
              await d.createService(ctx, change.structureId, parseAfter(createServiceBody, change.after))
            ).id
          break
      }
      // The partner has just gone over its entries: they count as up to date, no reminder is due.
      await directoryRepository(ctx.tx).updateStructure(change.structureId, {
        confirmedAt: deps.clock(),
        staleRemindedAt: null,
      })
      await directoryChangesRepository(ctx.tx).review(id, {
        status: 'validee',
        reviewedBy: accountId,
        reviewedAt: deps.clock(),
        reviewComment: null,
        ...(entityId ? { entityId } : {}),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'directory_change',
        entityId: id,
        before: { status: 'a_valider' },
        after: { status: 'validee' },
      })
      return view(ctx, id)
    },

    async refuse(ctx: RequestContext, id: string, comment: string) {
      const { organisationId, accountId } = me(ctx)
      const change = await directoryChangesRepository(ctx.tx).get(id)
      if (!change || change.organisationId !== organisationId) throw changeNotFound()
      const reviewed = await directoryChangesRepository(ctx.tx).review(id, {
        status: 'refusee',
        reviewedBy: accountId,
        reviewedAt: deps.clock(),
        reviewComment: comment,
      })
      if (!reviewed) throw new DomainError('conflict', 'Cette proposition a déjà été examinée.')
      await ctx.audit({
        action: 'update',
        entityType: 'directory_change',
        entityId: id,
        before: { status: 'a_valider' },
        after: { status: 'refusee' },
      })
      return view(ctx, id)
    },
  }
}
