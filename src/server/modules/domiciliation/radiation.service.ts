import { parisDate, type CivilDate } from '../../../shared/dates'
import { DomainError } from '../../../shared/errors'
import {
  followUpOf,
  lastSignOfLife,
  NO_CONTACT_MONTHS,
  type FileStatus,
  type RadiationMotive,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { usagerLabels } from '../usagers'
import { frenchDate } from './french-date'
import {
  auditedDecision,
  effectiveDecisions,
  fileView,
  loadFile,
  memberOf,
  storeChainState,
  type Clock,
  type DecisionsCtx,
} from './decisions.context'
import { presentSummary } from './decisions.presenter'
import { decisionsRepository, type DecisionRow, type FileRow, type RequestRow } from './decisions.repository'

export interface RadiationInput {
  motive: RadiationMotive
  motiveDetail?: string | null | undefined
  decidedOn?: CivilDate | undefined
}

/**
 * Why this file cannot be radiated on `decidedOn` for this motive, or null. Radiation is a human
 * decision; the checks only refuse a motive the file's own record contradicts.
 */
export function radiationObstacle(
  file: FileRow,
  decisions: DecisionRow[],
  pending: RequestRow | undefined,
  motive: RadiationMotive,
  decidedOn: CivilDate,
): string | null {
  if (file.status !== 'valide')
    return file.status === 'radie'
      ? 'Ce dossier est déjà radié.'
      : 'Seule une domiciliation accordée (en cours ou expirée) peut être radiée.'
  const [last] = effectiveDecisions(decisions)
  if (last && decidedOn < last.decidedOn)
    return `La radiation ne peut pas précéder la dernière décision du dossier (${frenchDate(last.decidedOn)}).`
  const facts = {
    status: file.status as FileStatus,
    validFrom: file.validFrom,
    validUntil: file.validUntil,
    lastContactOn: file.lastContactAt ? parisDate(file.lastContactAt) : null,
    hasPendingRequest: pending !== undefined,
  }
  if (
    motive === 'NON_MANIFESTATION_3_MOIS' &&
    !followUpOf(facts, decidedOn).includes('sans_contact_3_mois')
  ) {
    const seen = lastSignOfLife(facts)
    return `La personne s’est manifestée le ${seen ? frenchDate(seen) : '—'} : il y a moins de ${NO_CONTACT_MONTHS} mois.`
  }
  if (motive === 'FIN_DE_DOMICILIATION') {
    if (file.validUntil !== null && file.validUntil >= decidedOn)
      return `La domiciliation est valide jusqu’au ${frenchDate(file.validUntil)} : elle n’a pas pris fin.`
    if (pending?.kind === 'RENOUVELLEMENT')
      return 'Un renouvellement a été demandé : décidez-le plutôt que de radier pour fin de domiciliation.'
  }
  return null
}

/** Radiation of one file or of several with the same motive: all of them or none. */
export function radiationService(clock: Clock) {
  const today = () => parisDate(clock())

  /** Radiates every file or throws, listing each refusal; the caller's transaction then stores nothing. */
  async function radiateAll(ctx: DecisionsCtx, ids: string[], input: RadiationInput): Promise<FileRow[]> {
    const me = memberOf(ctx)
    const day = today()
    const decidedOn = input.decidedOn ?? day
    if (decidedOn > day)
      throw new DomainError(
        'validation',
        'Date de décision : la date ne peut pas être postérieure à aujourd’hui.',
        [{ field: 'decidedOn', message: 'La date ne peut pas être postérieure à aujourd’hui.' }],
      )
    const repo = decisionsRepository(ctx.tx)
    const files = await repo.lockFiles(ids)
    const chains = await repo.decisionsOfFiles(files.map((f) => f.id))
    const refusals: { id: string; fileNumber: number | null; reason: string }[] = []
    for (const id of ids) {
      const file = files.find((f) => f.id === id)
      if (!file) {
        refusals.push({ id, fileNumber: null, reason: 'Dossier introuvable.' })
        continue
      }
      const decisions = chains.filter((d) => d.domiciliationId === id)
      const obstacle = radiationObstacle(
        file,
        decisions,
        await repo.pendingRequest(id),
        input.motive,
        decidedOn,
      )
      if (obstacle) refusals.push({ id, fileNumber: file.fileNumber, reason: obstacle })
    }
    if (refusals.length > 0) {
      const single = ids.length === 1
      const message = single
        ? refusals[0]!.reason
        : `${refusals.length} dossier${refusals.length > 1 ? 's ne peuvent' : ' ne peut'} pas être radié${refusals.length > 1 ? 's' : ''} : aucune radiation n’a été enregistrée.`
      throw new DomainError(
        'conflict',
        message,
        [{ field: single ? 'motive' : 'domiciliationIds', message }],
        single ? undefined : { refusals },
      )
    }
    const at = clock()
    const inserted = await repo.insertDecisions(
      files.map((file) => ({
        organisationId: file.organisationId,
        domiciliationId: file.id,
        requestId: null,
        kind: 'RADIATION',
        decidedOn,
        decidedBy: me.accountId,
        motive: input.motive,
        motiveDetail: input.motiveDetail ?? null,
        createdAt: at,
      })),
    )
    const updated: FileRow[] = []
    for (const file of files) {
      const decisions = [
        ...chains.filter((d) => d.domiciliationId === file.id),
        ...inserted.filter((d) => d.domiciliationId === file.id),
      ]
      updated.push(await storeChainState(ctx.tx, file, decisions, at))
    }
    for (const decision of inserted)
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation_decision',
        entityId: decision.id,
        after: auditedDecision(decision),
      })
    return updated
  }

  return {
    async radiate(ctx: DecisionsCtx, fileId: string, input: RadiationInput) {
      await loadFile(ctx.tx, fileId)
      const [file] = await radiateAll(ctx, [fileId], input)
      return fileView(ctx.tx, file!, today())
    },

    async radiateMany(ctx: DecisionsCtx, ids: string[], input: RadiationInput) {
      const files = await radiateAll(ctx, ids, input)
      const labels = await usagerLabels(
        ctx.tx,
        files.map((f) => f.usagerId),
      )
      const repo = decisionsRepository(ctx.tx)
      const day = today()
      const summaries = []
      for (const f of files)
        summaries.push(
          presentSummary(f, labels.get(f.usagerId) ?? 'Usager', await repo.pendingRequest(f.id), day),
        )
      return { radiated: files.length, files: summaries }
    },
  }
}
