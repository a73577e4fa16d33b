import { conflict } from '../../../shared/errors'
import { replayChain } from '../../../shared/modules/domiciliation/decision-chain'
import type { InterviewView } from '../../../shared/modules/domiciliation/decisions.contract'
import {
  grantingKinds,
  type DecisionKind,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { organisationsRepository } from '../organisations'
import { civilIdentity } from '../usagers'
import { attestationPdf } from './attestation-pdf'
import {
  chainDecision,
  domiciliationNotFound,
  effectiveDecisions,
  loadFile,
  loadRequest,
  memberOf,
  type DecisionsCtx,
} from './decisions.context'
import { decisionsRepository, type DecisionRow, type FileRow, type RequestRow } from './decisions.repository'
import type { DocumentData, Structure } from './documents.model'
import { frenchDate } from './french-date'
import { radiationLetterPdf, refusalLetterPdf } from './letters-pdf'
import { requestFormPdf } from './request-form-pdf'

export interface GeneratedDocument {
  fileName: string
  bytes: Uint8Array
}

const isGrant = (d: DecisionRow) => grantingKinds.includes(d.kind as DecisionKind)

async function structureOf(ctx: DecisionsCtx): Promise<Structure> {
  const { organisationId } = memberOf(ctx)
  const [organisation, settings] = await Promise.all([
    organisationsRepository(ctx.tx).getOrganisation(organisationId),
    decisionsRepository(ctx.tx).settings(organisationId),
  ])
  return {
    name: organisation?.name ?? '',
    addressLine: settings?.addressLine ?? null,
    postalCode: settings?.postalCode ?? null,
    city: settings?.city ?? null,
    phone: settings?.phone ?? null,
    email: settings?.email ?? null,
    agrementNumber: settings?.agrementNumber ?? null,
    prefecture: settings?.prefecture ?? null,
    responsibleName: settings?.responsibleName ?? null,
    responsibleFunction: settings?.responsibleFunction ?? null,
  }
}

async function dataFor(
  ctx: DecisionsCtx,
  file: FileRow,
  request: RequestRow | null,
  decision: DecisionRow | null,
): Promise<DocumentData> {
  const person = await civilIdentity(ctx.tx, file.usagerId)
  if (!person)
    throw conflict('Le dossier de la personne a été anonymisé : aucun document ne peut plus être produit.')
  const requests = request ? await decisionsRepository(ctx.tx).requests(file.id) : []
  return {
    structure: await structureOf(ctx),
    person,
    birthPlace: file.birthPlace,
    fileNumber: file.fileNumber,
    firstDomiciliationOn: file.firstDomiciliationOn,
    request: request ? { ...request, interview: request.interview as InterviewView } : null,
    interviewerName: requests.find((r) => r.id === request?.id)?.interviewerName ?? null,
    decision,
  }
}

async function audited(ctx: DecisionsCtx, entityId: string, document: string, generated: GeneratedDocument) {
  await ctx.audit({ action: 'export', entityType: 'domiciliation_document', entityId, after: { document } })
  return generated
}

/**
 * The documents of the chain, always rebuilt from the history: the same history gives the same
 * bytes (the PDF's dates are those of the decision or the request, never the time of printing).
 */
export const documentsService = {
  async requestForm(ctx: DecisionsCtx, requestId: string): Promise<GeneratedDocument> {
    const request = await loadRequest(ctx.tx, requestId)
    const file = await loadFile(ctx.tx, request.domiciliationId)
    const [decision] = effectiveDecisions(await decisionsRepository(ctx.tx).decisionsOfRequest(request.id))
    const bytes = await requestFormPdf(await dataFor(ctx, file, request, decision ?? null))
    return audited(ctx, request.id, 'demande', {
      fileName: `demande-domiciliation-${file.fileNumber}.pdf`,
      bytes,
    })
  },

  async attestation(ctx: DecisionsCtx, requestId: string): Promise<GeneratedDocument> {
    const request = await loadRequest(ctx.tx, requestId)
    const file = await loadFile(ctx.tx, request.domiciliationId)
    const ofRequest = await decisionsRepository(ctx.tx).decisionsOfRequest(request.id)
    const [decision] = effectiveDecisions(ofRequest)
    if (!decision) {
      const cancelled = ofRequest.find((d) => d.cancelledAt !== null)
      throw conflict(
        cancelled
          ? `La décision du ${frenchDate(cancelled.decidedOn)} a été annulée : aucune attestation ne peut être délivrée tant qu’une nouvelle décision n’est pas prise.`
          : 'La demande n’est pas encore décidée : l’attestation est remise une fois la domiciliation accordée.',
        'decision',
      )
    }
    if (!isGrant(decision))
      throw conflict(
        `La demande a été refusée le ${frenchDate(decision.decidedOn)} : aucune attestation ne peut être délivrée. Imprimez le courrier de refus.`,
        'decision',
      )
    const later = effectiveDecisions(await decisionsRepository(ctx.tx).decisionsOfFiles([file.id])).find(
      (d) => d.kind === 'RADIATION' && d.decidedOn >= decision.decidedOn && d.id > decision.id,
    )
    if (later)
      throw conflict(
        `Cette domiciliation a été radiée le ${frenchDate(later.decidedOn)} : l’attestation n’est plus valable.`,
        'decision',
      )
    const bytes = await attestationPdf(await dataFor(ctx, file, request, decision))
    return audited(ctx, request.id, 'attestation', {
      fileName: `attestation-domiciliation-${file.fileNumber}-${decision.decidedOn}.pdf`,
      bytes,
    })
  },

  async letter(ctx: DecisionsCtx, decisionId: string): Promise<GeneratedDocument> {
    const repo = decisionsRepository(ctx.tx)
    const decision = await repo.decision(decisionId)
    if (!decision) throw domiciliationNotFound()
    const file = await loadFile(ctx.tx, decision.domiciliationId)
    if (decision.cancelledAt)
      throw conflict(
        `Cette décision a été annulée le ${frenchDate(decision.cancelledAt)} : aucun courrier n’est à envoyer.`,
        'decision',
      )
    if (isGrant(decision))
      throw conflict(
        'Un accord n’appelle pas de courrier de refus ni de radiation : imprimez l’attestation.',
        'decision',
      )
    const request = decision.requestId ? await loadRequest(ctx.tx, decision.requestId) : null
    const data = await dataFor(ctx, file, request, decision)
    if (decision.kind === 'REFUS') {
      const bytes = await refusalLetterPdf(data)
      return audited(ctx, decision.id, 'refus', {
        fileName: `refus-domiciliation-${file.fileNumber}.pdf`,
        bytes,
      })
    }
    // The validity the radiation ended: the chain replayed up to the decision before it.
    const before = (await repo.decisionsOfFiles([file.id])).filter(
      (d) => d.decidedOn < decision.decidedOn || (d.decidedOn === decision.decidedOn && d.id < decision.id),
    )
    const ended = replayChain(before.map(chainDecision)).validUntil
    const bytes = await radiationLetterPdf(data, ended)
    return audited(ctx, decision.id, 'radiation', {
      fileName: `radiation-domiciliation-${file.fileNumber}.pdf`,
      bytes,
    })
  },
}
