import { networkPages } from '../../../shared/modules/partenaires/network.contract'
import type { Database, Db } from '../../db/client'
import type { Mailer } from '../../platform/mailer'
import { entriesReminderMail } from './network-mail'
import { networkRemindersRepository } from './network-reminders.repository'
import { networkRepository } from './network.repository'

export interface NetworkMailDeps {
  mailer: Mailer
  publicUrl: string
}

export interface StructureToRemind {
  id: string
  name: string
  partner_organisation_id: string | null
}

/**
 * Asks each structure to check its entries: the partner's members (link to their space) or the
 * structure's address (link to its public page). Inside the keeper's transaction; returns the
 * structures that received at least one e-mail, marked as reminded at `at`.
 */
export async function remindStructures(
  deps: NetworkMailDeps,
  tx: Db,
  keeper: { id: string; name: string },
  structures: StructureToRemind[],
  at: Date,
  message?: string,
): Promise<string[]> {
  const repo = networkRepository(tx)
  const ids = structures.map((s) => s.id)
  const [recipients, publicServices] = await Promise.all([
    repo.recipients(ids),
    repo.firstPublishedServices(ids),
  ])
  const reminded: string[] = []
  for (const structure of structures) {
    const hasAccount = structure.partner_organisation_id !== null
    const service = publicServices.get(structure.id)
    const page = hasAccount
      ? networkPages.partnerEntries
      : service
        ? networkPages.publicService(keeper.id, service)
        : networkPages.publicDirectory(keeper.id)
    const link = `${deps.publicUrl}${page}`
    let sent = false
    for (const r of recipients.filter((x) => x.structure_id === structure.id)) {
      try {
        await deps.mailer.send(
          entriesReminderMail({
            to: r.email,
            keeperName: keeper.name,
            structureName: structure.name,
            link,
            hasAccount,
            ...(message ? { message } : {}),
          }),
        )
        sent = true
      } catch {
        // The next month's run tries again: the structure is not marked as reminded.
      }
    }
    if (sent) reminded.push(structure.id)
  }
  await repo.markReminded(reminded, at)
  return reminded
}

/**
 * The monthly job: structures whose entries are older than their promise are reminded, at most
 * once in a calendar month (Paris). Running it twice the same month sends nothing more.
 */
export async function sendStaleEntryReminders(deps: NetworkMailDeps & { db: Database }, now: Date) {
  const due = await networkRemindersRepository(deps.db.owner).staleToRemind(now)
  const byKeeper = new Map<string, typeof due>()
  for (const s of due) byKeeper.set(s.organisation_id, [...(byKeeper.get(s.organisation_id) ?? []), s])
  let reminded = 0
  for (const [keeperId, structures] of byKeeper) {
    const sent = await deps.db.transaction(
      { organisationId: keeperId, accountId: null, platformAdmin: false },
      (tx) => remindStructures(deps, tx, { id: keeperId, name: structures[0]!.keeper_name }, structures, now),
    )
    reminded += sent.length
  }
  return reminded
}
