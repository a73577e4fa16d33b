import { parisDate } from '../../../shared/dates'
import type { QueryOf } from '../../../shared/contract'
import type { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'
import { searchUsagerIds, usagerLabels } from '../usagers'
import { memberOf, type Clock, type DecisionsCtx } from './decisions.context'
import { presentSummary } from './decisions.presenter'
import type { FileRow } from './decisions.repository'
import { FOLLOW_UP_PAGE_SIZE, followUpRepository, type ListCriteria } from './follow-up.repository'

type ListQuery = QueryOf<typeof domiciliationDecisionsContract.list>

/** How many people a name search ranks before keeping those with a file. */
const NAME_SEARCH_LIMIT = 200

/** Lists for the follow-up (the most urgent first), search by name or file number, counters. */
export function followUpService(clock: Clock) {
  const today = () => parisDate(clock())

  async function page(ctx: DecisionsCtx, query: ListQuery, c: ListCriteria) {
    const repo = followUpRepository(ctx.tx)
    const offset = (query.page - 1) * FOLLOW_UP_PAGE_SIZE
    let files: FileRow[]
    let total: number
    if (c.usagerIds && query.q) {
      // A name search keeps the people search's ranking: best match first.
      const rank = new Map(c.usagerIds.map((id, i) => [id, i]))
      const all = (await repo.list(c, null)).sort((a, b) => rank.get(a.usagerId)! - rank.get(b.usagerId)!)
      files = all.slice(offset, offset + FOLLOW_UP_PAGE_SIZE)
      total = all.length
    } else {
      ;[files, total] = await Promise.all([repo.list(c, FOLLOW_UP_PAGE_SIZE, offset), repo.count(c)])
    }
    const ids = files.map((f) => f.id)
    const [labels, pendings] = await Promise.all([
      usagerLabels(
        ctx.tx,
        files.map((f) => f.usagerId),
      ),
      repo.pendingOf(ids),
    ])
    return {
      items: files.map((f) =>
        presentSummary(f, labels.get(f.usagerId) ?? 'Usager', pendings.get(f.id), c.today),
      ),
      page: query.page,
      pageSize: FOLLOW_UP_PAGE_SIZE,
      total,
    }
  }

  return {
    async list(ctx: DecisionsCtx, query: ListQuery) {
      memberOf(ctx)
      const c: ListCriteria = { filter: query.filter, today: today() }
      const q = query.q?.trim() ?? ''
      if (/^\d{1,9}$/.test(q)) c.fileNumber = Number(q)
      else if (q) c.usagerIds = await searchUsagerIds(ctx.tx, q, NAME_SEARCH_LIMIT)
      if (query.usagerId)
        c.usagerIds = (c.usagerIds ?? [query.usagerId]).filter((id) => id === query.usagerId)
      const result =
        c.usagerIds?.length === 0
          ? { items: [], page: query.page, pageSize: FOLLOW_UP_PAGE_SIZE, total: 0 }
          : await page(ctx, query, c)
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: null })
      return result
    },

    async counters(ctx: DecisionsCtx) {
      const me = memberOf(ctx)
      return followUpRepository(ctx.tx).counters(me.organisationId, today())
    },
  }
}
