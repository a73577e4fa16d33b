import { addMonths, parisDate, type CivilDate } from '../../../shared/dates'
import { conflict, DomainError, invalid } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { domiciliationDecisionsContract } from '../../../shared/modules/domiciliation/decisions.contract'
import {
  decisionDeadline,
  pendingRequestStatuses,
  RENEWAL_GRACE_MONTHS,
  validityEnd,
  type RequestStatus,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { findUsagerSummary } from '../usagers'
import { frenchDate } from './french-date'
import {
  auditedDecision,
  effectiveDecisions,
  fileView,
  loadFile,
  loadRequest,
  memberOf,
  storeChainState,
  type Clock,
  type DecisionsCtx,
} from './decisions.context'
import { decisionsRepository, type RequestRow } from './decisions.repository'

type C = typeof domiciliationDecisionsContract
type FileRequestInput = BodyOf<C['fileRequest']>
type InterviewInput = BodyOf<C['interview']>
type DecideInput = BodyOf<C['decide']>

const isPending = (r: RequestRow) => pendingRequestStatuses.includes(r.status as RequestStatus)

function notInFuture(field: string, day: CivilDate, today: CivilDate) {
  if (day > today) throw invalid(field, 'La date ne peut pas être postérieure à aujourd’hui.')
}

function assertPending(request: RequestRow) {
  if (!isPending(request))
    throw conflict(
      'Cette demande est déjà décidée : si la décision est erronée, annulez-la d’abord.',
      'decision',
    )
}

/** What the audit log keeps of a request: its kind, dates and status (the interview stays out). */
const auditedRequest = (r: RequestRow) => ({
  domiciliationId: r.domiciliationId,
  kind: r.kind,
  filedOn: r.filedOn,
  acknowledgedOn: r.acknowledgedOn,
  deadlineOn: r.deadlineOn,
  status: r.status,
})

/** Files, requests, the interview, decisions and their cancellation. */
export function decisionsService(clock: Clock) {
  const today = () => parisDate(clock())

  async function viewOf(ctx: DecisionsCtx, fileId: string) {
    return fileView(ctx.tx, await loadFile(ctx.tx, fileId), today())
  }

  return {
    async open(ctx: DecisionsCtx, usagerId: string) {
      const me = memberOf(ctx)
      const usager = await findUsagerSummary(ctx.tx, usagerId)
      if (!usager || usager.anonymised) throw invalid('usagerId', 'Usager introuvable.')
      const repo = decisionsRepository(ctx.tx)
      const existing = await repo.fileOfUsager(usager.id)
      if (existing) {
        throw new DomainError(
          'conflict',
          `Cette personne a déjà un dossier de domiciliation (n° ${existing.fileNumber}).`,
          [{ field: 'usagerId', message: 'Dossier déjà ouvert.' }],
          { id: existing.id, fileNumber: existing.fileNumber },
        )
      }
      const at = clock()
      const file = await repo.insertFile({
        organisationId: me.organisationId,
        usagerId: usager.id,
        fileNumber: await repo.nextFileNumber(me.organisationId),
        createdAt: at,
        updatedAt: at,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation',
        entityId: file.id,
        after: { usagerId: file.usagerId, fileNumber: file.fileNumber, status: file.status },
      })
      return fileView(ctx.tx, file, today())
    },

    async get(ctx: DecisionsCtx, id: string) {
      const view = await viewOf(ctx, id)
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: id })
      return view
    },

    async setBirthPlace(ctx: DecisionsCtx, id: string, birthPlace: string | null) {
      const file = await loadFile(ctx.tx, id, true)
      if (file.birthPlace !== birthPlace) {
        await decisionsRepository(ctx.tx).updateFile(file.id, { birthPlace, updatedAt: clock() })
        await ctx.audit({
          action: 'update',
          entityType: 'domiciliation',
          entityId: file.id,
          before: { birthPlace: file.birthPlace },
          after: { birthPlace },
        })
      }
      return viewOf(ctx, id)
    },

    async fileRequest(ctx: DecisionsCtx, fileId: string, input: FileRequestInput) {
      const me = memberOf(ctx)
      const day = today()
      const filedOn = input.filedOn ?? day
      notInFuture('filedOn', filedOn, day)
      const repo = decisionsRepository(ctx.tx)
      const file = await loadFile(ctx.tx, fileId, true)
      if (await repo.pendingRequest(file.id))
        throw conflict('Une demande est déjà en cours pour ce dossier : décidez-la d’abord.', 'kind')
      const [last] = effectiveDecisions(await repo.decisionsOfFiles([file.id]))
      if (last && filedOn < last.decidedOn)
        throw invalid(
          'filedOn',
          `La demande ne peut pas être déposée avant la dernière décision du dossier (${frenchDate(last.decidedOn)}).`,
        )
      const validAtFiling = file.status === 'valide' && file.validUntil !== null && file.validUntil >= filedOn
      if (input.kind === 'PREMIERE' && validAtFiling)
        throw conflict(
          `La personne est domiciliée jusqu’au ${frenchDate(file.validUntil!)} : enregistrez un renouvellement.`,
          'kind',
        )
      const renewable =
        file.status === 'valide' &&
        file.validUntil !== null &&
        file.validUntil >= addMonths(filedOn, -RENEWAL_GRACE_MONTHS)
      if (input.kind === 'RENOUVELLEMENT' && !renewable)
        throw conflict(
          `Aucune domiciliation en cours ou expirée depuis moins de ${RENEWAL_GRACE_MONTHS} mois à renouveler : enregistrez une première demande.`,
          'kind',
        )
      const at = clock()
      const request = await repo.insertRequest({
        organisationId: me.organisationId,
        domiciliationId: file.id,
        kind: input.kind,
        filedOn,
        deadlineOn: decisionDeadline(filedOn),
        status: 'instruction',
        createdBy: me.accountId,
        createdAt: at,
        updatedAt: at,
      })
      await repo.updateFile(file.id, { updatedAt: at })
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation_request',
        entityId: request.id,
        after: auditedRequest(request),
      })
      return fileView(ctx.tx, file, day)
    },

    async acknowledge(ctx: DecisionsCtx, requestId: string, acknowledgedOn: CivilDate | undefined) {
      const day = today()
      const request = await loadRequest(ctx.tx, requestId, true)
      assertPending(request)
      if (request.acknowledgedOn)
        throw conflict(`Réception déjà accusée le ${frenchDate(request.acknowledgedOn)}.`, 'acknowledgedOn')
      const on = acknowledgedOn ?? day
      notInFuture('acknowledgedOn', on, day)
      if (on < request.filedOn)
        throw invalid('acknowledgedOn', 'L’accusé de réception ne peut pas précéder le dépôt de la demande.')
      const updated = await decisionsRepository(ctx.tx).updateRequest(request.id, {
        acknowledgedOn: on,
        updatedAt: clock(),
      })
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_request',
        entityId: request.id,
        before: auditedRequest(request),
        after: auditedRequest(updated),
      })
      return viewOf(ctx, request.domiciliationId)
    },

    async interview(ctx: DecisionsCtx, requestId: string, input: InterviewInput) {
      const me = memberOf(ctx)
      const now = clock()
      const request = await loadRequest(ctx.tx, requestId, true)
      assertPending(request)
      const heldAt = input.interviewAt ? new Date(input.interviewAt) : now
      const heldOn = parisDate(heldAt)
      notInFuture('interviewAt', heldOn, parisDate(now))
      if (heldOn < request.filedOn)
        throw invalid('interviewAt', 'L’entretien ne peut pas précéder le dépôt de la demande.')
      const { interviewAt: _at, interviewPlace, ...answers } = input
      const interview = {
        linkWithCommune: answers.linkWithCommune,
        linkDetail: answers.linkDetail ?? null,
        householdType: answers.householdType ?? null,
        instabilityCause: answers.instabilityCause ?? null,
        residenceSituation: answers.residenceSituation ?? null,
        requestReason: answers.requestReason ?? null,
        professionalSituation: answers.professionalSituation ?? null,
        sociallyAccompanied: answers.sociallyAccompanied,
        accompaniedBy: answers.sociallyAccompanied ? (answers.accompaniedBy ?? null) : null,
        domiciledElsewhere: answers.domiciledElsewhere,
        hasIncome: answers.hasIncome,
        comments: answers.comments ?? null,
      }
      await decisionsRepository(ctx.tx).updateRequest(request.id, {
        interview,
        interviewAt: heldAt,
        interviewerId: me.accountId,
        interviewPlace: interviewPlace ?? null,
        status: 'attente_decision',
        updatedAt: now,
      })
      // The interview tells the person's situation: the log names what changed, never the answers.
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_request',
        entityId: request.id,
        before: { status: request.status, interview: request.interview },
        after: { status: 'attente_decision', interview },
        masked: true,
      })
      return viewOf(ctx, request.domiciliationId)
    },

    async decide(ctx: DecisionsCtx, requestId: string, input: DecideInput) {
      const me = memberOf(ctx)
      const day = today()
      const request = await loadRequest(ctx.tx, requestId, true)
      const file = await loadFile(ctx.tx, request.domiciliationId, true)
      assertPending(request)
      if (!request.interviewAt)
        throw conflict(
          'Tenez d’abord l’entretien avec la personne : il précède toute décision (article D264-2 du CASF).',
          'interview',
        )
      const decidedOn = input.decidedOn ?? day
      notInFuture('decidedOn', decidedOn, day)
      if (decidedOn < request.filedOn)
        throw invalid('decidedOn', 'La décision ne peut pas précéder le dépôt de la demande.')
      const repo = decisionsRepository(ctx.tx)
      const at = clock()
      const grant = input.decision === 'accepte'
      const [decision] = await repo.insertDecisions([
        {
          organisationId: file.organisationId,
          domiciliationId: file.id,
          requestId: request.id,
          kind: grant ? (request.kind === 'PREMIERE' ? 'ACCEPTATION' : 'RENOUVELLEMENT') : 'REFUS',
          decidedOn,
          decidedBy: me.accountId,
          validFrom: grant ? decidedOn : null,
          validUntil: grant ? validityEnd(decidedOn) : null,
          motive: grant ? null : (input.motive ?? null),
          motiveDetail: grant ? null : (input.motiveDetail ?? null),
          orientation: grant ? null : (input.orientation ?? null),
          orientationDetail: grant ? null : (input.orientationDetail ?? null),
          createdAt: at,
        },
      ])
      await repo.updateRequest(request.id, { status: 'decidee', updatedAt: at })
      const updated = await storeChainState(ctx.tx, file, await repo.decisionsOfFiles([file.id]), at)
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation_decision',
        entityId: decision!.id,
        after: auditedDecision(decision!),
      })
      return fileView(ctx.tx, updated, day)
    },

    /**
     * Cancels a decision entered by mistake: it stays in the chain, marked, and the file is
     * replayed without it (cancelling a radiation restores the domiciliation). Only the last
     * decision in force may be cancelled, so the chain is always undone from its end.
     */
    async cancel(ctx: DecisionsCtx, decisionId: string, reason: string) {
      const me = memberOf(ctx)
      const repo = decisionsRepository(ctx.tx)
      const found = await repo.decision(decisionId)
      if (!found) throw new DomainError('not_found', 'Cette décision est introuvable.')
      const file = await loadFile(ctx.tx, found.domiciliationId, true)
      const decisions = await repo.decisionsOfFiles([file.id])
      const decision = decisions.find((d) => d.id === decisionId)!
      if (decision.cancelledAt)
        throw conflict(
          `Cette décision a déjà été annulée le ${frenchDate(decision.cancelledAt)}.`,
          'cancelReason',
        )
      const [last] = effectiveDecisions(decisions)
      if (last && last.id !== decision.id)
        throw conflict(
          `Seule la dernière décision du dossier peut être annulée : annulez d’abord celle du ${frenchDate(last.decidedOn)}.`,
          'cancelReason',
        )
      if (decision.requestId && (await repo.pendingRequest(file.id)))
        throw conflict(
          'Une autre demande est en cours sur ce dossier : décidez-la avant d’annuler cette décision.',
          'cancelReason',
        )
      const at = clock()
      await repo.cancelDecision(decision.id, at, me.accountId, reason)
      // The request goes back to the decider, its interview held.
      if (decision.requestId)
        await repo.updateRequest(decision.requestId, { status: 'attente_decision', updatedAt: at })
      const remaining = decisions.map((d) => (d.id === decision.id ? { ...d, cancelledAt: at } : d))
      const updated = await storeChainState(ctx.tx, file, remaining, at)
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_decision',
        entityId: decision.id,
        before: { cancelled: false },
        after: { cancelled: true, cancelledAt: at.toISOString() },
      })
      return fileView(ctx.tx, updated, today())
    },
  }
}
