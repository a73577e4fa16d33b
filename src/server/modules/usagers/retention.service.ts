import { DomainError } from '../../../shared/errors'
import type { FileStorage } from '../../platform/files'
import { fileContentsRepository } from './file-contents.repository'
import { runAnonymiseHooks } from './hooks'
import { retentionRepository } from './retention.repository'
import { organisationOf, type UsagersCtx } from './usagers.context'
import { usagersRepository, type Usager } from './usagers.repository'

export interface Candidates {
  reviewedAt: Date | null
  retentionMonths: number
  candidates: Usager[]
}

/** CNIL retention: files without contact for longer than the retention are listed, then anonymised on confirmation. */
export function retentionService(storage: FileStorage) {
  return {
    async get(ctx: UsagersCtx) {
      return { retentionMonths: await retentionRepository(ctx.tx).retentionMonths(organisationOf(ctx.actor)) }
    },

    async set(ctx: UsagersCtx, retentionMonths: number) {
      const repo = retentionRepository(ctx.tx)
      const organisationId = organisationOf(ctx.actor)
      const before = await repo.retentionMonths(organisationId)
      await repo.setRetentionMonths(organisationId, retentionMonths)
      await ctx.audit({
        action: 'update',
        entityType: 'usager_settings',
        entityId: organisationId,
        before: { retentionMonths: before },
        after: { retentionMonths },
      })
      return { retentionMonths }
    },

    /** The last monthly review, less the files contacted, merged or anonymised since. */
    async candidates(ctx: UsagersCtx): Promise<Candidates> {
      const repo = retentionRepository(ctx.tx)
      const retentionMonths = await repo.retentionMonths(organisationOf(ctx.actor))
      const review = await repo.latestReview()
      if (!review) return { reviewedAt: null, retentionMonths, candidates: [] }
      const candidates = await repo.stillDue(review.usagerIds, retentionMonths)
      await ctx.audit({ action: 'read', entityType: 'usager', entityId: null })
      return { reviewedAt: review.reviewedAt, retentionMonths, candidates }
    },

    /**
     * Anonymises the confirmed files, all or none: each must be in the last review and still
     * without contact. The row and its id stay (statistics); the person is erased from it.
     */
    async anonymise(ctx: UsagersCtx, usagerIds: string[]): Promise<number> {
      const repo = retentionRepository(ctx.tx)
      const retentionMonths = await repo.retentionMonths(organisationOf(ctx.actor))
      const review = await repo.latestReview()
      const reviewed = new Set(review?.usagerIds ?? [])
      const due = await repo.stillDue(
        usagerIds.filter((id) => reviewed.has(id)),
        retentionMonths,
      )
      const dueIds = new Set(due.map((u) => u.id))
      const notDue = usagerIds.filter((id) => !dueIds.has(id))
      if (notDue.length > 0) {
        throw new DomainError(
          'conflict',
          `${notDue.length} dossier(s) ne sont plus à anonymiser (contact depuis la revue, déjà traités ou absents de la dernière revue) : rien n’a été anonymisé.`,
          [],
          { notDue },
        )
      }
      const usagers = usagersRepository(ctx.tx)
      const contents = fileContentsRepository(ctx.tx)
      // Files once merged into these hold the same person's identity: they go too.
      const absorbed = (await Promise.all(usagerIds.map((id) => usagers.absorbedInto(id)))).flat()
      const everyId = [...usagerIds, ...absorbed]
      const keys: string[] = []
      for (const id of everyId) keys.push(...(await contents.eraseAll(id)))
      await repo.anonymise(everyId)
      await runAnonymiseHooks(ctx.tx, everyId)
      for (const id of everyId)
        await ctx.audit({ action: 'delete', entityType: 'usager', entityId: id, after: { anonymised: true } })
      for (const key of keys) await storage.delete(key)
      return usagerIds.length
    },
  }
}

export type RetentionService = ReturnType<typeof retentionService>
