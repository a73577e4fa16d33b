/** The département's side of agrément files: pipeline, file, dated steps, decision, extension, training. */
import { parisDate } from '../../../../shared/dates'
import { DomainError, notFound } from '../../../../shared/errors'
import {
  agrementDeciderRoles,
  type AgrementApplicationDetailView,
  type AgrementPipelineView,
  type CandidateFileView,
} from '../../../../shared/modules/metiers/agrement.contract'
import {
  agrementStages,
  decisionDueOn,
  decisionRefusal,
  extensionRefusal,
  isGranted,
  stepRefusal,
  validUntil,
  type AgrementDecisionKind,
  type AgrementStepKind,
} from '../../../../shared/modules/metiers/agrement-rules'
import type { Actor, RequestContext } from '../../../http/context'
import { locateWorkplace } from '../offer-location'
import type { MetiersDeps } from '../metiers.deps'
import { decisionTaken, delayExtended, fileComplete } from './agrement.mails'
import {
  byUrgency,
  delayOf,
  fileStateOf,
  presentCandidateFile,
  presentCard,
  presentDetail,
} from './agrement.presenter'
import { agrementRepository, type AgrementApplicationRow } from './agrement.repository'
import { recordStep } from './agrement-steps'
import { auditedFile } from './agrement.audit'
import { decisionLetterPdf } from './agrement-letter.pdf'
import type { z } from 'zod'
import type {
  createApplicationBody,
  decisionBody,
  documentsBody,
  extensionBody,
  trainingBody,
} from '../../../../shared/modules/metiers/agrement.contract'

type Fields = z.output<typeof createApplicationBody>

export const applicationNotFound = () => notFound('Cette demande d’agrément')

/** The current organisation, which must be a département: only départements instruct agréments. */
export async function departementOf(ctx: RequestContext): Promise<{ id: string; name: string }> {
  const id = ctx.actor?.organisationId
  if (!id) throw applicationNotFound()
  const found = await agrementRepository(ctx.tx).organisationKind(id)
  if (found?.kind !== 'departement')
    throw new DomainError(
      'forbidden',
      'Les demandes d’agrément d’assistant familial sont instruites par les départements.',
    )
  return { id, name: found.name }
}

const isDecider = (actor: Actor | null) => actor?.roles.some((r) => agrementDeciderRoles.includes(r)) ?? false

export function agrementService(deps: MetiersDeps) {
  const today = () => parisDate(deps.clock())

  async function load(ctx: RequestContext, id: string, forUpdate = true) {
    await departementOf(ctx)
    const row = await agrementRepository(ctx.tx).application(id, forUpdate)
    if (!row || row.organisationId !== ctx.actor?.organisationId) throw applicationNotFound()
    return row
  }

  async function place(ctx: RequestContext, fields: Fields) {
    const located = await locateWorkplace(deps.geocoder, ctx, {
      address: fields.address,
      postcode: fields.postcode,
      commune: fields.commune,
    })
    return {
      postcode: located.postcode,
      commune: located.commune,
      communeInsee: fields.communeInsee ?? located.communeInsee,
      latitude: located.latitude,
      longitude: located.longitude,
    }
  }

  const fieldValues = (fields: Fields) => ({
    firstName: fields.firstName,
    lastName: fields.lastName,
    birthDate: fields.birthDate,
    email: fields.email,
    phone: fields.phone,
    address: fields.address,
    household: fields.household,
    housingType: fields.housingType,
    housingRooms: fields.housingRooms,
    housingSpareRooms: fields.housingSpareRooms,
    currentJob: fields.currentJob,
    motivation: fields.motivation,
    childrenWished: fields.childrenWished,
    agesWishedMin: fields.agesWishedMin,
    agesWishedMax: fields.agesWishedMax,
  })

  async function update(
    ctx: RequestContext,
    before: AgrementApplicationRow,
    values: Partial<AgrementApplicationRow>,
  ) {
    const after = await agrementRepository(ctx.tx).updateApplication(before.id, values)
    await ctx.audit({
      action: 'update',
      entityType: 'agrement_application',
      entityId: before.id,
      before: auditedFile(before),
      after: auditedFile(after),
      masked: true,
    })
    return after
  }

  return {
    async pipeline(ctx: RequestContext): Promise<AgrementPipelineView> {
      await departementOf(ctx)
      const now = today()
      const cards = (await agrementRepository(ctx.tx).ownApplications()).map((r) => presentCard(r, now))
      await ctx.audit({ action: 'read', entityType: 'agrement_pipeline', entityId: null })
      return {
        columns: agrementStages.map((stage) => ({
          stage,
          applications: cards.filter((c) => c.stage === stage).sort(byUrgency),
        })),
      }
    },

    async create(ctx: RequestContext, fields: Fields): Promise<{ id: string }> {
      const departement = await departementOf(ctx)
      const repo = agrementRepository(ctx.tx)
      const created = await repo.insertApplication({
        organisationId: departement.id,
        referentId: ctx.actor?.accountId ?? null,
        ...fieldValues(fields),
        ...(await place(ctx, fields)),
      })
      await ctx.audit({
        action: 'create',
        entityType: 'agrement_application',
        entityId: created.id,
        after: auditedFile(created),
        masked: true,
      })
      await recordStep(
        ctx,
        created,
        'demande_information',
        today(),
        'Demande reçue par le service.',
        {},
        null,
      )
      return { id: created.id }
    },

    async detail(ctx: RequestContext, id: string): Promise<AgrementApplicationDetailView> {
      const row = await load(ctx, id, false)
      const repo = agrementRepository(ctx.tx)
      await ctx.audit({ action: 'read', entityType: 'agrement_application', entityId: row.id })
      const decider = isDecider(ctx.actor)
      const state = fileStateOf(row)
      const now = today()
      return presentDetail(row, await repo.steps([row.id]), await repo.training([row.id]), now, {
        decide: decider && decisionRefusal(state, 'agrement', now, now) === null,
        extend: decider && extensionRefusal(state, now, now) === null,
        withdraw: decider && isGranted(state.decision),
        letter: row.decision !== null,
      })
    },

    async update(ctx: RequestContext, id: string, fields: Fields) {
      const row = await load(ctx, id)
      await update(ctx, row, { ...fieldValues(fields), ...(await place(ctx, fields)) })
      return { ok: true as const }
    },

    async documents(ctx: RequestContext, id: string, body: z.output<typeof documentsBody>) {
      const row = await load(ctx, id)
      const now = today()
      for (const [key, on] of Object.entries(body.documents))
        if (on && on > now)
          throw new DomainError('validation', 'Date de réception : elle ne peut pas être dans le futur.', [
            { field: `documents.${key}`, message: 'Elle ne peut pas être dans le futur.' },
          ])
      const documents = { ...(row.documents as Record<string, string | null>), ...body.documents }
      await update(ctx, row, { documents })
      return { ok: true as const }
    },

    async recordStep(ctx: RequestContext, id: string, kind: AgrementStepKind, on: string, note: string) {
      const row = await load(ctx, id)
      const refusal = stepRefusal(fileStateOf(row), kind, on, today())
      if (refusal)
        throw new DomainError('validation', refusal, [
          { field: kind === 'dossier_complet' ? 'kind' : 'on', message: refusal },
        ])
      const after = await recordStep(ctx, row, kind, on, note, {}, ctx.actor?.accountId ?? null)
      if (kind === 'dossier_complet') {
        const delay = delayOf(after, today())!
        const departement = await departementOf(ctx)
        await deps.mailer.send(
          fileComplete(deps.publicUrl, row.email, departement.name, on, delay.dueOn, delay.silenceMeans),
        )
      }
      return { ok: true as const }
    },

    async extend(ctx: RequestContext, id: string, body: z.output<typeof extensionBody>) {
      const row = await load(ctx, id)
      const refusal = extensionRefusal(fileStateOf(row), body.on, today())
      if (refusal) throw new DomainError('validation', refusal, [{ field: 'on', message: refusal }])
      const dueOn = decisionDueOn(row.completeOn!, true)
      const after = await update(ctx, row, {
        extendedOn: body.on,
        extensionMotive: body.motive,
        decisionDueOn: dueOn,
      })
      await recordStep(
        ctx,
        after,
        'prolongation',
        body.on,
        '',
        { motive: body.motive },
        ctx.actor?.accountId ?? null,
      )
      const departement = await departementOf(ctx)
      await deps.mailer.send(delayExtended(deps.publicUrl, row.email, departement.name, dueOn, body.motive))
      return { ok: true as const }
    },

    async decide(ctx: RequestContext, id: string, body: z.output<typeof decisionBody>) {
      const row = await load(ctx, id)
      const kind: AgrementDecisionKind = body.kind
      const refusal = decisionRefusal(fileStateOf(row), kind, body.on, today())
      if (refusal) throw new DomainError('validation', refusal, [{ field: 'kind', message: refusal }])
      const values =
        kind === 'agrement'
          ? {
              decision: kind,
              decisionOn: body.on,
              decisionMotive: body.motive || null,
              approvedChildren: body.children,
              approvedAgeMin: body.ageMin,
              approvedAgeMax: body.ageMax,
              validUntil: validUntil(body.on),
            }
          : kind === 'refus'
            ? { decision: kind, decisionOn: body.on, decisionMotive: body.motive }
            : { decision: kind, decisionMotive: body.motive, validUntil: body.on }
      const after = await update(ctx, row, values)
      await recordStep(
        ctx,
        after,
        'decision',
        body.on,
        '',
        {
          decision: kind,
          motive: body.motive || undefined,
          children: body.children,
          ageMin: body.ageMin,
          ageMax: body.ageMax,
        },
        ctx.actor?.accountId ?? null,
      )
      const departement = await departementOf(ctx)
      await deps.mailer.send(decisionTaken(deps.publicUrl, row.email, departement.name))
      return { ok: true as const }
    },

    async addTraining(ctx: RequestContext, id: string, body: z.output<typeof trainingBody>) {
      const row = await load(ctx, id)
      if (!isGranted(row.decision as never))
        throw new DomainError('validation', 'La formation suit un agrément accordé.', [
          { field: 'phase', message: 'La formation suit un agrément accordé.' },
        ])
      if (body.on > today())
        throw new DomainError('validation', 'Date de la formation : elle ne peut pas être dans le futur.', [
          { field: 'on', message: 'Elle ne peut pas être dans le futur.' },
        ])
      const session = await agrementRepository(ctx.tx).insertTraining({
        organisationId: row.organisationId,
        applicationId: row.id,
        phase: body.phase,
        title: body.title,
        doneOn: body.on,
        hours: body.hours,
        authorId: ctx.actor?.accountId ?? null,
      })
      if (row.step !== 'formation') await update(ctx, row, { step: 'formation' })
      await ctx.audit({
        action: 'create',
        entityType: 'agrement_training',
        entityId: session.id,
        after: { applicationId: row.id, phase: body.phase, hours: body.hours, doneOn: body.on },
      })
      return { ok: true as const }
    },

    async letter(ctx: RequestContext, id: string): Promise<{ bytes: Uint8Array; name: string }> {
      const row = await load(ctx, id, false)
      if (!row.decision) throw notFound('Le courrier de décision')
      const departement = await departementOf(ctx)
      await ctx.audit({ action: 'export', entityType: 'agrement_decision_letter', entityId: row.id })
      return {
        bytes: await decisionLetterPdf(row, departement.name),
        name: `decision-agrement-${row.id.slice(-8)}.pdf`,
      }
    },

    /** The signed-in candidate's own files, those opened with their address linked first. */
    async candidateFiles(ctx: RequestContext): Promise<CandidateFileView[]> {
      const accountId = ctx.actor?.accountId
      if (!accountId) throw new DomainError('unauthenticated', 'Connectez-vous pour continuer.')
      const repo = agrementRepository(ctx.tx)
      await repo.claimApplications()
      const found = await repo.candidateApplications(accountId)
      const ids = found.map((f) => f.application.id)
      const steps = await repo.steps(ids)
      const meetings = await repo.meetingsOfApplications(ids)
      const training = await repo.training(ids)
      const now = today()
      const files: CandidateFileView[] = []
      for (const { application, departement } of found) {
        await ctx.audit({
          action: 'read',
          entityType: 'agrement_application',
          entityId: application.id,
          // The candidate's own reading, in no organisation's log (the log is written as the candidate).
          organisationId: null,
        })
        files.push(
          presentCandidateFile(
            application,
            departement,
            steps.filter((s) => s.step.applicationId === application.id).map((s) => s.step),
            meetings.filter((m) => m.applicationId === application.id).map((m) => m.meeting),
            training.filter((t) => t.applicationId === application.id),
            now,
          ),
        )
      }
      return files
    },
  }
}
