import { parisDate } from '../../../shared/dates'
import { DomainError, notFound } from '../../../shared/errors'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import { usagerSummaries } from '../usagers'
import { presentFile } from './mail.presenter'
import { mailRepository, type FileRow } from './mail.repository'

export type Clock = () => Date

export interface MailCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

/** The signed-in agent's organisation and account. */
export function agentOf(ctx: MailCtx) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

export const fileNotFound = () => notFound('Ce dossier de domiciliation')

/** A file of the tenant (row-level security hides the others), locked when it is about to change. */
export async function loadFile(tx: Db, id: string, lock = false): Promise<FileRow> {
  const file = await mailRepository(tx).file(id, lock)
  if (!file) throw fileNotFound()
  return file
}

/** The desk's view of one file: the person's name, its state and the number of waiting items. */
export async function fileView(tx: Db, file: FileRow, now: Date) {
  const [people, counts] = await Promise.all([
    usagerSummaries(tx, [file.usagerId]),
    mailRepository(tx).waitingCounts([file.id]),
  ])
  return presentFile(file, people.get(file.usagerId), counts.get(file.id) ?? 0, parisDate(now))
}
