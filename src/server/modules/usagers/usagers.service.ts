import { DomainError } from '../../../shared/errors'
import { searchTextOf } from '../../../shared/modules/usagers/names'
import type { DuplicateCandidate, UsagerInput } from '../../../shared/modules/usagers/usagers.contract'
import { duplicateMatch } from './duplicates'
import { fileContentsRepository } from './file-contents.repository'
import { presentSummary, type LoadedFile } from './usagers.presenter'
import { assertWritable, fileNotFound, organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository, type Usager, type UsagerValues } from './usagers.repository'

const MAX_DUPLICATES = 10

export interface DuplicateQuery {
  firstName?: string | null | undefined
  lastName?: string | null | undefined
  birthName?: string | null | undefined
  pseudonym?: string | null | undefined
  birthDate?: string | null | undefined
  excludeId?: string | undefined
}

/** Only defined fields: `undefined` means "not sent", `null` means "erase". */
const definedValues = (input: UsagerInput): UsagerValues =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))

/** The fields of a file as the audit log sees them: names only, values masked. */
const auditable = (u: Partial<Usager>) => {
  const { searchText: _s, lastContactAt: _l, ...rest } = u
  return rest
}

export async function loadFile(ctx: UsagersCtx, usager: Usager): Promise<LoadedFile> {
  const contents = fileContentsRepository(ctx.tx)
  const [household, documents, mergedFrom] = await Promise.all([
    contents.household(usager.id),
    contents.documents(usager.id),
    usagersRepository(ctx.tx).mergedFrom(usager.id),
  ])
  return { usager, household, documents, mergedFrom }
}

export async function findDuplicates(ctx: UsagersCtx, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const names = searchTextOf(query)
  if (!names) return []
  const repo = usagersRepository(ctx.tx)
  const birthDate = query.birthDate ?? null
  const [sameDay, alike] = await Promise.all([
    birthDate ? repo.bornOn(birthDate, query.excludeId) : Promise.resolve([]),
    repo.namedAlike(names, query.excludeId),
  ])
  const seen = new Set<string>()
  const candidates: DuplicateCandidate[] = []
  for (const existing of [...sameDay, ...alike]) {
    if (seen.has(existing.id)) continue
    seen.add(existing.id)
    const match = duplicateMatch(
      { names, birthDate },
      { names: existing.searchText, birthDate: existing.birthDate },
    )
    if (match) candidates.push({ usager: presentSummary(existing), ...match })
  }
  candidates.sort((a, b) => b.score - a.score)
  if (candidates.length > 0) await ctx.audit({ action: 'read', entityType: 'usager', entityId: null })
  return candidates.slice(0, MAX_DUPLICATES)
}

export const usagersService = {
  async search(ctx: UsagersCtx, q: string | undefined, limit: number): Promise<Usager[]> {
    const found = await usagersRepository(ctx.tx).search(q ?? '', limit)
    await ctx.audit({ action: 'read', entityType: 'usager', entityId: null })
    return found
  },

  findDuplicates,

  async create(
    ctx: UsagersCtx,
    input: UsagerInput & { confirmNotDuplicate?: boolean | undefined },
  ): Promise<LoadedFile> {
    const { confirmNotDuplicate, ...fields } = input
    if (!confirmNotDuplicate) {
      const candidates = await findDuplicates(ctx, fields)
      if (candidates.length > 0) {
        throw new DomainError(
          'conflict',
          'Cette personne a peut-être déjà un dossier : ouvrez le dossier proposé, ou confirmez qu’il s’agit d’une autre personne.',
          [],
          { candidates },
        )
      }
    }
    const usager = await usagersRepository(ctx.tx).insert(organisationOf(ctx.actor), {
      ...definedValues(fields),
      createdBy: ctx.actor?.accountId ?? null,
    })
    await ctx.audit({
      action: 'create',
      entityType: 'usager',
      entityId: usager.id,
      after: auditable(usager),
      masked: true,
    })
    return { usager, household: [], documents: [], mergedFrom: [] }
  },

  async get(ctx: UsagersCtx, id: string): Promise<LoadedFile> {
    const usager = await usagersRepository(ctx.tx).get(id)
    if (!usager) throw fileNotFound()
    await ctx.audit({ action: 'read', entityType: 'usager', entityId: id })
    return loadFile(ctx, usager)
  },

  async update(ctx: UsagersCtx, id: string, patch: UsagerInput): Promise<LoadedFile> {
    const repo = usagersRepository(ctx.tx)
    const before = assertWritable(await repo.getForUpdate(id))
    const after = await repo.update(before, definedValues(patch))
    await ctx.audit({
      action: 'update',
      entityType: 'usager',
      entityId: id,
      before: auditable(before),
      after: auditable(after),
      masked: true,
    })
    return loadFile(ctx, after)
  },
}
