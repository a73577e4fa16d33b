import {
  decisionDueOn,
  furthestStage,
  stageOfStep,
  type AgrementHistoryKind,
  type AgrementStage,
} from '../../../../shared/modules/metiers/agrement-rules'
import type { RequestContext } from '../../../http/context'
import { agrementRepository, type AgrementApplicationRow } from './agrement.repository'
import { auditedFile } from './agrement.audit'

/**
 * Adds a dated step to a file's history (never rewritten) and moves the file forward: the stage
 * never goes back; the complete file starts the legal delay; the first placement starts the 3
 * years of the DEAF training.
 */
export async function recordStep(
  ctx: Pick<RequestContext, 'tx' | 'audit'>,
  row: AgrementApplicationRow,
  kind: AgrementHistoryKind,
  on: string,
  note: string,
  details: Record<string, unknown>,
  authorId: string | null,
): Promise<AgrementApplicationRow> {
  const repo = agrementRepository(ctx.tx)
  const step = await repo.insertStep({
    organisationId: row.organisationId,
    applicationId: row.id,
    kind,
    doneOn: on,
    note,
    details,
    authorId,
  })
  await ctx.audit({
    action: 'create',
    entityType: 'agrement_step',
    entityId: step.id,
    after: { applicationId: row.id, kind, doneOn: on },
    organisationId: row.organisationId,
  })
  const stage = furthestStage(row.step as AgrementStage, stageOfStep[kind])
  const changes: Partial<AgrementApplicationRow> = {}
  if (stage !== row.step) changes.step = stage
  if (kind === 'dossier_complet') {
    changes.completeOn = on
    changes.decisionDueOn = decisionDueOn(on, false)
  }
  if (kind === 'premier_accueil' && !row.firstPlacementOn) changes.firstPlacementOn = on
  if (Object.keys(changes).length === 0) return row
  const after = await repo.updateApplication(row.id, changes)
  await ctx.audit({
    action: 'update',
    entityType: 'agrement_application',
    entityId: row.id,
    before: auditedFile(row),
    after: auditedFile(after),
    masked: true,
    organisationId: row.organisationId,
  })
  return after
}
