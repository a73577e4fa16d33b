import { parisDate } from '../../../shared/dates'
import { searchUsagerIds, usagerSummaries } from '../usagers'
import type { Clock, MailCtx } from './mail.context'
import { presentFile } from './mail.presenter'
import { mailRepository, type FileRow } from './mail.repository'

/** People ranked by the usagers search before keeping the domiciled ones among them. */
const NAME_CANDIDATES = 100

/** "12", "n° 12", "N°12", "#12": a file number; anything else is a name. */
export function fileNumberIn(query: string): number | undefined {
  const m = /^(?:n°|no\.?|#)?\s*(\d{1,8})$/i.exec(query.trim())
  return m ? Number(m[1]) : undefined
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
        const ids = await searchUsagerIds(ctx.tx, q, NAME_CANDIDATES)
        const rank = new Map(ids.map((id, i) => [id, i]))
        files = (await repo.filesByUsagers(ids))
          .sort((a, b) => rank.get(a.usagerId)! - rank.get(b.usagerId)!)
          .slice(0, limit)
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
