import { DomainError, invalid } from '../../../shared/errors'
import { usagerFieldNames, type UsagerField } from '../../../shared/modules/usagers/usagers.contract'
import { fileContentsRepository } from './file-contents.repository'
import { runMergeHooks } from './hooks'
import type { LoadedFile } from './usagers.presenter'
import { assertWritable, type UsagersCtx } from './usagers.context'
import { usagersRepository, type Usager, type UsagerValues } from './usagers.repository'
import { loadFile } from './usagers.service'

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * The kept file's values after a merge: a field chosen by the agent comes from the absorbed
 * file; an empty field is filled from it; lists (languages, income sources) are joined.
 */
export function mergedValues(
  kept: Usager,
  absorbed: Usager,
  takeFromAbsorbed: readonly UsagerField[],
): UsagerValues {
  const patch: Record<string, unknown> = {}
  for (const field of usagerFieldNames) {
    const mine = kept[field]
    const theirs = absorbed[field]
    if (takeFromAbsorbed.includes(field)) patch[field] = theirs
    else if (Array.isArray(mine) && Array.isArray(theirs)) patch[field] = [...new Set([...mine, ...theirs])]
    else if (isEmpty(mine) && !isEmpty(theirs)) patch[field] = theirs
  }
  return patch
}

const snapshotOf = ({ searchText: _s, ...row }: Usager) => row

export async function mergeUsagers(
  ctx: UsagersCtx,
  keptId: string,
  absorbedId: string,
  takeFromAbsorbed: readonly UsagerField[],
): Promise<LoadedFile> {
  if (keptId === absorbedId) throw invalid('absorbedId', 'Un dossier ne se fusionne pas avec lui-même.')
  const repo = usagersRepository(ctx.tx)
  // Always lock in the same order, so that two crossed merges cannot deadlock.
  const [first, second] = [keptId, absorbedId].sort()
  const locked = new Map<string, Usager | undefined>([
    [first!, await repo.getForUpdate(first!)],
    [second!, await repo.getForUpdate(second!)],
  ])
  const kept = assertWritable(locked.get(keptId))
  const absorbedRow = locked.get(absorbedId)
  if (!absorbedRow)
    throw new DomainError('not_found', 'Le dossier à fusionner est introuvable.', [
      { field: 'absorbedId', message: 'Dossier introuvable.' },
    ])
  const absorbed = assertWritable(absorbedRow)

  const moved = await fileContentsRepository(ctx.tx).moveAll(absorbedId, keptId)
  await runMergeHooks(ctx.tx, { keptId, absorbedId })
  const after = await repo.update(kept, mergedValues(kept, absorbed, takeFromAbsorbed))
  await repo.markMerged(absorbedId, keptId)
  await repo.insertMerge({
    organisationId: kept.organisationId,
    keptId,
    absorbedId,
    mergedBy: ctx.actor?.accountId ?? null,
    snapshot: { kept: snapshotOf(kept), absorbed: snapshotOf(absorbed), takeFromAbsorbed, moved },
  })
  const { searchText: _a, lastContactAt: _b, ...keptBefore } = kept
  const { searchText: _c, lastContactAt: _d, ...keptAfter } = after
  await ctx.audit({
    action: 'update',
    entityType: 'usager',
    entityId: keptId,
    before: keptBefore,
    after: keptAfter,
    masked: true,
  })
  await ctx.audit({
    action: 'update',
    entityType: 'usager',
    entityId: absorbedId,
    before: { mergedIntoId: null },
    after: { mergedIntoId: keptId },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'usager_merge',
    entityId: keptId,
    after: { keptId, absorbedId, ...moved },
  })
  return loadFile(ctx, after)
}
