import type { CivilDate } from '../../../shared/dates'
import { DomainError, notFound } from '../../../shared/errors'
import {
  replayKeepingDeclaredFirstDay,
  type ChainDecision,
} from '../../../shared/modules/domiciliation/decision-chain'
import type { FileView } from '../../../shared/modules/domiciliation/decisions.contract'
import type { DecisionKind } from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import { usagerLabels } from '../usagers'
import { decisionsRepository, type DecisionRow, type FileRow, type RequestRow } from './decisions.repository'
import { presentFile } from './decisions.presenter'

export type Clock = () => Date

/** What the decision services need: the tenant transaction, who acts, the audit writer. */
export interface DecisionsCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

export function memberOf(ctx: DecisionsCtx) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId }
}

export const domiciliationNotFound = () => notFound('Ce dossier de domiciliation')

export async function loadFile(tx: Db, id: string, lock = false): Promise<FileRow> {
  const file = await decisionsRepository(tx).file(id, lock)
  if (!file) throw domiciliationNotFound()
  return file
}

export async function loadRequest(tx: Db, id: string, lock = false): Promise<RequestRow> {
  const request = await decisionsRepository(tx).request(id, lock)
  if (!request) throw notFound('Cette demande de domiciliation')
  return request
}

export const chainDecision = (d: DecisionRow): ChainDecision => ({
  kind: d.kind as DecisionKind,
  decidedOn: d.decidedOn,
  sequence: d.id,
  validFrom: d.validFrom,
  validUntil: d.validUntil,
  cancelled: d.cancelledAt !== null,
})

/** The chain's effective decisions, newest first. */
export const effectiveDecisions = (decisions: DecisionRow[]) =>
  decisions
    .filter((d) => d.cancelledAt === null)
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.id.localeCompare(a.id))

/** Stores on the file what its chain says: status, validity, first domiciliation day. */
export async function storeChainState(
  tx: Db,
  file: FileRow,
  decisions: DecisionRow[],
  at: Date,
): Promise<FileRow> {
  const state = replayKeepingDeclaredFirstDay(decisions.map(chainDecision), file.firstDomiciliationOn)
  const patch = { ...state, updatedAt: at }
  await decisionsRepository(tx).updateFile(file.id, patch)
  return { ...file, ...patch }
}

export async function fileView(tx: Db, file: FileRow, today: CivilDate): Promise<FileView> {
  const repo = decisionsRepository(tx)
  // One after the other: the statements of a transaction share one connection.
  const requests = await repo.requests(file.id)
  const decisions = await repo.decisions(file.id)
  const labels = await usagerLabels(tx, [file.usagerId])
  return presentFile(file, labels.get(file.usagerId) ?? 'Usager', requests, decisions, today)
}

/** What the audit log keeps of a decision: codes and dates, never the free-text details. */
export const auditedDecision = (d: DecisionRow) => ({
  domiciliationId: d.domiciliationId,
  requestId: d.requestId,
  kind: d.kind,
  decidedOn: d.decidedOn,
  validFrom: d.validFrom,
  validUntil: d.validUntil,
  motive: d.motive,
  orientation: d.orientation,
})
