import { parisDate } from '../../../shared/dates'
import { DomainError, invalid, notFound } from '../../../shared/errors'
import type {
  AnswerChannel,
  OrientationOutcome,
  RequestState,
} from '../../../shared/modules/accueil/accueil.constants'
import type { BodyOf, QueryOf } from '../../../shared/contract'
import type { accueilContract } from '../../../shared/modules/accueil/accueil.contract'
import {
  acceptsFollowUp,
  decideTransition,
  stateAfterAnswer,
  stateAfterOrientation,
} from '../../../shared/modules/accueil/accueil.policy'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import { rolesSeeingPersonalData } from '../../../shared/modules/organisations/roles'
import { activeColleagues, organisationsRepository } from '../organisations'
import { accueilRepository, QUEUE_PAGE_SIZE, type QueueFilter, type RequestRow } from './accueil.repository'
import { personLabel, presentDetail, presentSummary, type RequestFile } from './accueil.presenter'
import { delayViews, DELAYS_NOTE, resolveDelays } from './announced-delays'
import { auditedFields, takeIn } from './request-intake'
import { findUsager, usagerLabels } from './usager-link'

export interface AccueilCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

export type Clock = () => Date

type CreateInput = BodyOf<typeof accueilContract.create>
type ListQuery = QueryOf<typeof accueilContract.list>

function member(ctx: AccueilCtx) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId, serviceIds: actor.serviceIds }
}

/** The requests of the back office: intake, queues, answers, states, assignment, orientations. */
export function accueilService(clock: Clock) {
  const today = () => parisDate(clock())

  async function loadFile(tx: Db, id: string): Promise<RequestFile> {
    const repo = accueilRepository(tx)
    const row = await repo.withNames(id)
    if (!row) throw notFound('Cette demande')
    const [answers, orientations, events, labels] = await Promise.all([
      repo.answers(id),
      repo.orientations(id),
      repo.events(id),
      usagerLabels(tx, row.usagerId ? [row.usagerId] : []),
    ])
    return { row, label: personLabel(row, labels), answers, orientations, events }
  }

  const detail = async (tx: Db, id: string) => presentDetail(await loadFile(tx, id), today())

  async function lockedRequest(tx: Db, id: string): Promise<RequestRow> {
    const row = await accueilRepository(tx).findRequest(id, true)
    if (!row) throw notFound('Cette demande')
    return row
  }

  async function checkAssignment(
    tx: Db,
    organisationId: string,
    serviceId: string | null | undefined,
    assigneeId: string | null | undefined,
  ) {
    const repo = accueilRepository(tx)
    if (serviceId && !(await repo.serviceExists(serviceId)))
      throw invalid('serviceId', 'Service introuvable.')
    if (assigneeId && !(await repo.mayHoldRequests(organisationId, assigneeId, rolesSeeingPersonalData))) {
      throw invalid(
        'assigneeId',
        'Cet agent ne peut pas recevoir de demande : il n’est pas membre actif de l’organisation ou son rôle n’ouvre pas les demandes.',
      )
    }
  }

  async function moveTo(ctx: AccueilCtx, row: RequestRow, to: RequestState, at: Date) {
    if (row.state === to) return
    await accueilRepository(ctx.tx).updateRequest(row.id, {
      state: to,
      updatedAt: at,
      closedAt: to === 'close' ? at : null,
    })
    await accueilRepository(ctx.tx).insertEvents([
      {
        organisationId: row.organisationId,
        requestId: row.id,
        kind: 'etat',
        detail: { from: row.state, to },
        actorId: ctx.actor?.accountId ?? null,
        at,
      },
    ])
  }

  return {
    async create(ctx: AccueilCtx, input: CreateInput) {
      const me = member(ctx)
      const at = clock()
      let usagerId: string | null = null
      if (input.usagerId) {
        const usager = await findUsager(ctx.tx, input.usagerId)
        if (!usager) throw invalid('usagerId', 'Usager introuvable.')
        usagerId = usager.id
      }
      const assigneeId = input.assigneeId === undefined ? me.accountId : input.assigneeId
      // An agent of a single service takes requests in for that service unless told otherwise.
      const serviceId =
        input.serviceId === undefined
          ? me.serviceIds.length === 1
            ? me.serviceIds[0]!
            : null
          : input.serviceId
      await checkAssignment(ctx.tx, me.organisationId, serviceId, assigneeId)
      const org = await organisationsRepository(ctx.tx).getOrganisation(me.organisationId)
      if (!org) throw notFound('Cette organisation')
      const row = await takeIn(
        ctx.tx,
        org,
        {
          channel: input.channel,
          themes: input.themes,
          usagerId,
          contactName: input.contactName ?? null,
          replyTo: input.replyTo ?? null,
          subject: input.subject ?? null,
          message: input.message,
          serviceId,
          assigneeId,
          receivedBy: me.accountId,
        },
        at,
      )
      await ctx.audit({
        action: 'create',
        entityType: 'request',
        entityId: row.id,
        after: auditedFields(row),
      })
      return detail(ctx.tx, row.id)
    },

    async get(ctx: AccueilCtx, id: string) {
      const view = await detail(ctx.tx, id)
      await ctx.audit({ action: 'read', entityType: 'request', entityId: id })
      return view
    },

    async list(ctx: AccueilCtx, query: ListQuery) {
      const me = member(ctx)
      const queue = query.queue ?? (query.usagerId ? null : 'mine')
      if (query.serviceId && queue !== 'service')
        throw invalid('serviceId', 'Un service se choisit avec la file « service ».')
      const filter: QueueFilter = {
        organisationId: me.organisationId,
        queue,
        accountId: me.accountId,
        serviceIds: query.serviceId ? [query.serviceId] : me.serviceIds,
        usagerId: query.usagerId,
        state: query.state,
        theme: query.theme,
        channel: query.channel,
      }
      const repo = accueilRepository(ctx.tx)
      const [rows, total] = await Promise.all([repo.queue(filter, query.page), repo.countQueue(filter)])
      const labels = await usagerLabels(
        ctx.tx,
        rows.flatMap((r) => (r.usagerId ? [r.usagerId] : [])),
      )
      // A person's requests are part of their file: the entry names the person, as notes do.
      await ctx.audit({ action: 'read', entityType: 'request', entityId: query.usagerId ?? null })
      const day = today()
      return {
        items: rows.map((r) => presentSummary(r, personLabel(r, labels), day)),
        page: query.page,
        pageSize: QUEUE_PAGE_SIZE,
        total,
      }
    },

    /** Who a request can be given to, optionally within one service. */
    async assignees(ctx: AccueilCtx, serviceId: string | undefined) {
      member(ctx)
      if (serviceId && !(await accueilRepository(ctx.tx).serviceExists(serviceId)))
        throw invalid('serviceId', 'Service introuvable.')
      const found = await activeColleagues(ctx.tx, { roles: rolesSeeingPersonalData, serviceId })
      await ctx.audit({ action: 'read', entityType: 'member', entityId: null })
      return found
    },

    async counters(ctx: AccueilCtx) {
      const me = member(ctx)
      return accueilRepository(ctx.tx).counters(me.organisationId, me.accountId, me.serviceIds, today())
    },

    async answer(ctx: AccueilCtx, id: string, input: { channel: AnswerChannel; body: string }) {
      const row = await lockedRequest(ctx.tx, id)
      if (!acceptsFollowUp(row.state as RequestState)) {
        throw new DomainError('conflict', 'Cette demande est close : rouvrez-la avant de répondre.', [
          { field: 'state', message: 'Demande close.' },
        ])
      }
      const at = clock()
      const repo = accueilRepository(ctx.tx)
      const answer = await repo.insertAnswer({
        organisationId: row.organisationId,
        requestId: id,
        channel: input.channel,
        body: input.body,
        answeredBy: ctx.actor?.accountId ?? null,
        answeredAt: at,
      })
      await repo.insertEvents([
        {
          organisationId: row.organisationId,
          requestId: id,
          kind: 'reponse',
          detail: { answerId: answer.id, channel: input.channel },
          actorId: ctx.actor?.accountId ?? null,
          at,
        },
      ])
      if (!row.firstAnsweredAt) await repo.updateRequest(id, { firstAnsweredAt: at, updatedAt: at })
      await moveTo(ctx, row, stateAfterAnswer(row.state as RequestState), at)
      await ctx.audit({
        action: 'create',
        entityType: 'request_answer',
        entityId: answer.id,
        after: { requestId: id, channel: input.channel },
      })
      return detail(ctx.tx, id)
    },

    async changeState(ctx: AccueilCtx, id: string, to: RequestState) {
      const row = await lockedRequest(ctx.tx, id)
      const repo = accueilRepository(ctx.tx)
      const [answers, orientations] = await Promise.all([repo.answers(id), repo.orientations(id)])
      const decision = decideTransition(
        {
          state: row.state as RequestState,
          answerCount: answers.length,
          orientationCount: orientations.length,
        },
        to,
      )
      if (!decision.allowed)
        throw new DomainError('conflict', decision.reason, [{ field: 'state', message: decision.reason }])
      await moveTo(ctx, row, to, clock())
      await ctx.audit({
        action: 'update',
        entityType: 'request',
        entityId: id,
        before: { state: row.state },
        after: { state: to },
      })
      return detail(ctx.tx, id)
    },

    async reassign(
      ctx: AccueilCtx,
      id: string,
      input: { serviceId?: string | null | undefined; assigneeId?: string | null | undefined },
    ) {
      const me = member(ctx)
      const row = await lockedRequest(ctx.tx, id)
      await checkAssignment(ctx.tx, me.organisationId, input.serviceId, input.assigneeId)
      const next = {
        serviceId: input.serviceId === undefined ? row.serviceId : input.serviceId,
        assigneeId: input.assigneeId === undefined ? row.assigneeId : input.assigneeId,
      }
      if (next.serviceId === row.serviceId && next.assigneeId === row.assigneeId) return detail(ctx.tx, id)
      const at = clock()
      const repo = accueilRepository(ctx.tx)
      await repo.updateRequest(id, { ...next, updatedAt: at })
      await repo.insertEvents([
        {
          organisationId: row.organisationId,
          requestId: id,
          kind: 'attribution',
          detail: { from: { serviceId: row.serviceId, assigneeId: row.assigneeId }, to: next },
          actorId: me.accountId,
          at,
        },
      ])
      await ctx.audit({
        action: 'update',
        entityType: 'request',
        entityId: id,
        before: { serviceId: row.serviceId, assigneeId: row.assigneeId },
        after: next,
      })
      return detail(ctx.tx, id)
    },

    async orient(
      ctx: AccueilCtx,
      id: string,
      input: { partnerName: string; reason?: string | null | undefined },
    ) {
      const row = await lockedRequest(ctx.tx, id)
      if (!acceptsFollowUp(row.state as RequestState)) {
        throw new DomainError(
          'conflict',
          'Cette demande est close : rouvrez-la avant d’orienter la personne.',
          [{ field: 'state', message: 'Demande close.' }],
        )
      }
      const at = clock()
      const repo = accueilRepository(ctx.tx)
      const orientation = await repo.insertOrientation({
        organisationId: row.organisationId,
        requestId: id,
        partnerName: input.partnerName,
        reason: input.reason ?? null,
        createdBy: ctx.actor?.accountId ?? null,
        createdAt: at,
      })
      await repo.insertEvents([
        {
          organisationId: row.organisationId,
          requestId: id,
          kind: 'orientation',
          detail: { orientationId: orientation.id, partnerName: input.partnerName },
          actorId: ctx.actor?.accountId ?? null,
          at,
        },
      ])
      await moveTo(ctx, row, stateAfterOrientation(row.state as RequestState), at)
      await ctx.audit({
        action: 'create',
        entityType: 'request_orientation',
        entityId: orientation.id,
        after: { requestId: id },
      })
      return detail(ctx.tx, id)
    },

    async recordOutcome(ctx: AccueilCtx, orientationId: string, outcome: OrientationOutcome) {
      const repo = accueilRepository(ctx.tx)
      const orientation = await repo.findOrientation(orientationId)
      if (!orientation) throw notFound('Cette orientation')
      if (orientation.outcome === outcome) return detail(ctx.tx, orientation.requestId)
      const at = clock()
      await repo.updateOrientation(orientationId, {
        outcome,
        outcomeAt: outcome === 'en_attente' ? null : at,
      })
      await repo.insertEvents([
        {
          organisationId: orientation.organisationId,
          requestId: orientation.requestId,
          kind: 'suite_orientation',
          detail: { orientationId, from: orientation.outcome, to: outcome },
          actorId: ctx.actor?.accountId ?? null,
          at,
        },
      ])
      await ctx.audit({
        action: 'update',
        entityType: 'request_orientation',
        entityId: orientationId,
        before: { outcome: orientation.outcome },
        after: { outcome },
      })
      return detail(ctx.tx, orientation.requestId)
    },

    async delays(ctx: AccueilCtx) {
      return {
        delays: delayViews(await resolveDelays(accueilRepository(ctx.tx), member(ctx).organisationId)),
        note: DELAYS_NOTE,
      }
    },

    async setDelays(ctx: AccueilCtx, input: Partial<Record<string, number | undefined>>) {
      const me = member(ctx)
      const repo = accueilRepository(ctx.tx)
      const before = await resolveDelays(repo, me.organisationId)
      const entries = Object.entries(input).flatMap(([channel, workingDays]) =>
        workingDays === undefined ? [] : [{ channel, workingDays }],
      )
      await repo.upsertDelays(me.organisationId, entries, clock())
      const after = await resolveDelays(repo, me.organisationId)
      await ctx.audit({
        action: 'update',
        entityType: 'announced_delays',
        entityId: me.organisationId,
        before: before.delays,
        after: after.delays,
      })
      return { delays: delayViews(after), note: DELAYS_NOTE }
    },
  }
}

export type AccueilService = ReturnType<typeof accueilService>
