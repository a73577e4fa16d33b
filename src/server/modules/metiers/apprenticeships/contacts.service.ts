import { conflict, invalid, notFound } from '../../../../shared/errors'
import type { ConversationView } from '../../../../shared/modules/metiers/apprenticeships.contract'
import type { ContactOutcome } from '../../../../shared/modules/metiers/apprenticeships-rules'
import type { RequestContext } from '../../../http/context'
import type { Mailer } from '../../../platform/mailer'
import { contactAnswered, contactRequested, newMessage, type Side } from './apprenticeships.mails'
import {
  presentAnonymousRequest,
  presentContactSummary,
  presentPublicSeat,
  referencesFor,
} from './apprenticeships.presenter'
import { apprenticeshipsRepository, type ContactRow } from './apprenticeships.repository'

export interface ContactsDeps {
  clock: () => Date
  mailer: Mailer
  publicUrl: string
}

const other = (side: Side): Side => (side === 'candidat' ? 'employeur' : 'candidat')

/**
 * Contact requests between a seat and a request, from either side, and their conversations. Nothing
 * of the candidate's identity reaches the employer before the contact is accepted; a refusal reveals
 * nothing either way.
 */
export function contactsService(deps: ContactsDeps) {
  /** The contact if the reader is on its `side`; otherwise not found, whatever exists. */
  async function load(ctx: RequestContext, id: string, side: Side): Promise<ContactRow> {
    const contact = await apprenticeshipsRepository(ctx.tx).contact(id)
    const mine =
      contact &&
      (side === 'employeur'
        ? contact.organisationId === ctx.actor?.organisationId
        : contact.candidateAccountId === ctx.actor?.accountId)
    if (!contact || !mine) throw notFound('Ce contact')
    return contact
  }

  async function view(ctx: RequestContext, contact: ContactRow, side: Side): Promise<ConversationView> {
    const repo = apprenticeshipsRepository(ctx.tx)
    const [seat] = await repo.seatsByIds([contact.seatId])
    const [request] = await repo.requestsByIds([contact.requestId])
    if (!seat || !request) throw notFound('Ce contact')
    const refs = await referencesFor(ctx.tx, [seat], [request])
    const open = contact.state === 'acceptee'
    const messages = await repo.messages(contact.id)
    const identity = side === 'employeur' ? await repo.contactIdentity(contact.id) : null
    await ctx.audit({
      action: 'read',
      entityType: 'apprenticeship_contact',
      entityId: contact.id,
      ...(side === 'candidat' ? { organisationId: null } : {}),
    })
    return {
      ...presentContactSummary(contact),
      seat: presentPublicSeat(seat, refs),
      request: presentAnonymousRequest(request, refs),
      candidate: identity,
      messages: messages.map((m) => ({
        id: m.id,
        side: m.authorSide as Side,
        mine: m.authorSide === side,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
      })),
      canAnswer: contact.state === 'demandee' && contact.initiatedBy !== side,
      canWrite: open,
      canClose: side === 'employeur' && open,
    }
  }

  async function notify(
    ctx: RequestContext,
    contact: ContactRow,
    mail: (to: string) => Parameters<Mailer['send']>[0],
  ) {
    for (const to of await apprenticeshipsRepository(ctx.tx).contactRecipients(contact.id))
      await deps.mailer.send(mail(to))
  }

  async function seatTitle(ctx: RequestContext, contact: ContactRow) {
    const [seat] = await apprenticeshipsRepository(ctx.tx).seatsByIds([contact.seatId])
    return seat?.title ?? ''
  }

  async function open(
    ctx: RequestContext,
    values: {
      organisationId: string
      seatId: string
      requestId: string
      candidateAccountId: string
      jobId: string
    },
    side: Side,
    message: string,
  ): Promise<ConversationView> {
    const repo = apprenticeshipsRepository(ctx.tx)
    if (await repo.contactOfPair(values.seatId, values.requestId))
      throw conflict('Un contact existe déjà entre cette place et cette demande.')
    const now = deps.clock()
    const contact = await repo.insertContact({
      ...values,
      initiatedBy: side,
      initiatorAccountId: ctx.actor?.accountId ?? null,
      state: 'demandee',
      createdAt: now,
      updatedAt: now,
    })
    await repo.insertMessage({
      organisationId: contact.organisationId,
      contactId: contact.id,
      candidateAccountId: contact.candidateAccountId,
      authorSide: side,
      authorAccountId: ctx.actor?.accountId ?? null,
      body: message,
      createdAt: now,
    })
    await ctx.audit({
      action: 'create',
      entityType: 'apprenticeship_contact',
      entityId: contact.id,
      after: { seatId: values.seatId, requestId: values.requestId, initiatedBy: side, message },
      masked: true,
      ...(side === 'candidat' ? { organisationId: null } : {}),
    })
    const title = await seatTitle(ctx, contact)
    await notify(ctx, contact, (to) => contactRequested(deps.publicUrl, to, other(side), contact.id, title))
    return view(ctx, contact, side)
  }

  return {
    /** An employer offers a contact to a request that matches one of its published seats. */
    async employerContact(ctx: RequestContext, seatId: string, requestId: string, message: string) {
      const repo = apprenticeshipsRepository(ctx.tx)
      const seat = await repo.ownSeat(seatId)
      if (!seat) throw notFound('Cette place')
      if (seat.state !== 'publiee') throw invalid('state', 'Publiez la place avant de proposer un contact.')
      const match = await repo.match(seatId, requestId)
      const [request] = match ? await repo.requestsByIds([requestId]) : []
      if (!match || !request || request.state !== 'active') throw notFound('Cette demande')
      await ctx.audit({ action: 'read', entityType: 'apprenticeship_request', entityId: request.id })
      return open(
        ctx,
        {
          organisationId: seat.organisationId,
          seatId,
          requestId,
          candidateAccountId: request.candidateAccountId,
          jobId: seat.jobId,
        },
        'employeur',
        message,
      )
    },

    /** A candidate with an active request asks the employer of a published seat for a contact. */
    async candidateContact(ctx: RequestContext, seatId: string, message: string) {
      const repo = apprenticeshipsRepository(ctx.tx)
      const request = ctx.actor ? await repo.ownRequest(ctx.actor.accountId) : undefined
      if (!request || request.state !== 'active')
        throw invalid('request', 'Publiez d’abord votre demande d’apprentissage (ou réactivez-la).')
      const seat = await repo.publishedSeat(seatId)
      if (!seat || seat.state !== 'publiee') throw notFound('Cette place')
      return open(
        ctx,
        {
          organisationId: seat.organisationId,
          seatId,
          requestId: request.id,
          candidateAccountId: request.candidateAccountId,
          jobId: seat.jobId,
        },
        'candidat',
        message,
      )
    },

    async conversation(ctx: RequestContext, id: string, side: Side) {
      return view(ctx, await load(ctx, id, side), side)
    },

    async answer(ctx: RequestContext, id: string, side: Side, accept: boolean) {
      const contact = await load(ctx, id, side)
      if (contact.state !== 'demandee' || contact.initiatedBy === side)
        throw conflict('Cette demande de contact n’attend pas votre réponse.')
      const now = deps.clock()
      const state = accept ? 'acceptee' : 'refusee'
      const row = await apprenticeshipsRepository(ctx.tx).updateContact(id, {
        state,
        answeredAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'apprenticeship_contact',
        entityId: id,
        before: { state: contact.state },
        after: { state },
        ...(side === 'candidat' ? { organisationId: null } : {}),
      })
      const title = await seatTitle(ctx, row)
      await notify(ctx, row, (to) => contactAnswered(deps.publicUrl, to, other(side), id, title, accept))
      return view(ctx, row, side)
    },

    async write(ctx: RequestContext, id: string, side: Side, body: string) {
      const contact = await load(ctx, id, side)
      if (contact.state !== 'acceptee')
        throw conflict('La conversation n’est ouverte qu’une fois le contact accepté, et jusqu’à sa clôture.')
      const now = deps.clock()
      const repo = apprenticeshipsRepository(ctx.tx)
      const message = await repo.insertMessage({
        organisationId: contact.organisationId,
        contactId: id,
        candidateAccountId: contact.candidateAccountId,
        authorSide: side,
        authorAccountId: ctx.actor?.accountId ?? null,
        body,
        createdAt: now,
      })
      const row = await repo.updateContact(id, { updatedAt: now })
      await ctx.audit({
        action: 'create',
        entityType: 'apprenticeship_message',
        entityId: message.id,
        after: { contactId: id, body },
        masked: true,
        ...(side === 'candidat' ? { organisationId: null } : {}),
      })
      const title = await seatTitle(ctx, row)
      await notify(ctx, row, (to) => newMessage(deps.publicUrl, to, other(side), id, title))
      return view(ctx, row, side)
    },

    /** The employer closes an accepted contact with its outcome. */
    async close(ctx: RequestContext, id: string, outcome: ContactOutcome) {
      const contact = await load(ctx, id, 'employeur')
      if (contact.state !== 'acceptee') throw conflict('Seul un contact accepté et encore ouvert se clôt.')
      const now = deps.clock()
      const row = await apprenticeshipsRepository(ctx.tx).updateContact(id, {
        state: 'close',
        outcome,
        closedAt: now,
        updatedAt: now,
      })
      await ctx.audit({
        action: 'update',
        entityType: 'apprenticeship_contact',
        entityId: id,
        before: { state: contact.state, outcome: null },
        after: { state: 'close', outcome },
      })
      return view(ctx, row, 'employeur')
    },
  }
}
