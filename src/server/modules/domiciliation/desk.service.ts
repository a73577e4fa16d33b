import { parisDate } from '../../../shared/dates'
import { searchUsagerIds, usagerSummaries } from '../usagers'
import type { Clock, MailCtx } from './mail.context'
import { presentFile } from './mail.presenter'
import { mailRepository, type FileRow } from './mail.repository'

/**
 * People ranked by the usagers search before keeping the domiciled ones among them: a first
 * hundred, widened fourfold while too few of them are domiciled and the search has more to give.
 */
const FIRST_CANDIDATES = 100
const MOST_CANDIDATES = 6400

/** "12", "n° 12", "N°12", "#12": a file number; anything else is a name. */
export function fileNumberIn(query: string): number | undefined {
  const m = /^(?:n°|no\.?|#)?\s*(\d{1,8})$/i.exec(query.trim())
  return m ? Number(m[1]) : undefined
}

async function domiciledByName(
  repo: ReturnType<typeof mailRepository>,
  ctx: MailCtx,
  q: string,
  limit: number,
): Promise<FileRow[]> {
  for (let candidates = FIRST_CANDIDATES; ; candidates *= 4) {
    const ids = await searchUsagerIds(ctx.tx, q, candidates)
    const rank = new Map(ids.map((id, i) => [id, i]))
    const files = (await repo.filesByUsagers(ids)).sort(
      (a, b) => rank.get(a.usagerId)! - rank.get(b.usagerId)!,
    )
    if (files.length >= limit || ids.length < candidates || candidates >= MOST_CANDIDATES)
      return files.slice(0, limit)
  }
}

/** The desk's search: by exact file number, or by name through the usagers module's search. */
export function deskService(clock: Clock) {
  return {
    async search(ctx: MailCtx, q: string, limit: number) {
      const today = parisDate(clock())
      const repo = mailRepository(ctx.tx)
      const number = fileNumberIn(q)
      let files: FileRow[]
      if (number !== undefined) {
        const file = await repo.fileByNumber(number)
        files = file ? [file] : []
      } else {
        files = await domiciledByName(repo, ctx, q, limit)
      }
      const [people, counts] = await Promise.all([
        usagerSummaries(
          ctx.tx,
          files.map((f) => f.usagerId),
        ),
        repo.waitingCounts(files.map((f) => f.id)),
      ])
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: null })
      return { files: files.map((f) => presentFile(f, people.get(f.usagerId), counts.get(f.id) ?? 0, today)) }
    },
  }
}
