import type { z } from 'zod'
import { addDays, parisDate, type CivilDate } from '../../../../shared/dates'
import { conflict, invalid, notFound } from '../../../../shared/errors'
import type {
  bookCallbackBody,
  BookedCallbackView,
  CallbacksWeekView,
  CallbackView,
  FreeTimesView,
  ListeningLineView,
  ListeningSetupView,
  ListeningSlotView,
  saveListeningSlotBody,
} from '../../../../shared/modules/metiers/retention.contract'
import {
  LISTENING_HORIZON_DAYS,
  LISTENING_RETENTION_DAYS,
  listeningManagerRoles,
  retentionPages,
  type CallbackState,
} from '../../../../shared/modules/metiers/retention.constants'
import { spanMinutes } from '../../../../shared/modules/metiers/retention-hours'
import { parisInstant } from '../../../../shared/modules/partenaires/opening-hours'
import type { Database, Db } from '../../../db/client'
import type { RequestContext } from '../../../http/context'
import type { Mailer } from '../../../platform/mailer'
import { randomToken, safeEqual, sha256 } from '../../../platform/secrets'
import { activeColleagues } from '../../organisations'
import { callbackConfirmation } from './listening.mails'
import {
  isTimeTaken,
  listeningRepository,
  type ListeningCallbackRow,
  type ListeningSlotRow,
} from './listening.repository'
import { isBookableTime, isoWeekday, slotTimes } from './listening-times'
import { organisationOf } from './retention-actor'

export interface ListeningDeps {
  mailer: Mailer
  publicUrl: string
  clock: () => Date
}

type SlotBody = z.output<typeof saveListeningSlotBody>
type BookBody = z.output<typeof bookCallbackBody>

const slotNotFound = () => notFound('Ce créneau')
const callbackNotFound = () => notFound('Ce rappel')
const REFERENCE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A short number to quote on the phone (« R-4K7P2Q »). */
function newReference(): string {
  const bytes = randomToken(12)
  let out = ''
  for (let i = 0; out.length < 6; i++)
    out += REFERENCE_LETTERS[bytes.charCodeAt(i) % REFERENCE_LETTERS.length]
  return `R-${out}`
}

const slotView = (slot: ListeningSlotRow, listenerName: string): ListeningSlotView => ({
  id: slot.id,
  weekday: slot.weekday,
  startTime: slot.startTime,
  endTime: slot.endTime,
  slotMinutes: slot.slotMinutes,
  listenerAccountId: slot.listenerAccountId,
  listenerName,
  active: slot.active,
})

const callbackView = (c: ListeningCallbackRow, listenerName: string): CallbackView => ({
  id: c.id,
  reference: c.reference,
  startsAt: c.startsAt.toISOString(),
  listenerName,
  firstName: c.firstName,
  phone: c.phone,
  topic: c.topic,
  state: c.state as CallbackState,
  calledBackAt: c.calledBackAt?.toISOString() ?? null,
})

const isManager = (ctx: RequestContext) =>
  ctx.actor?.roles.some((r) => (listeningManagerRoles as readonly string[]).includes(r)) ?? false

/** Monday of the week of a civil date. */
export const mondayOf = (date: CivilDate) => addDays(date, 1 - isoWeekday(date))

/** Organisations running a listening line, for the public page. */
export async function listeningLines(tx: Db): Promise<ListeningLineView[]> {
  return listeningRepository(tx).lines()
}

/** Erases the first name, phone, e-mail and topic of callbacks past the retention delay. */
export async function purgeListeningCallbacks(
  deps: { db: Database },
  now: Date,
): Promise<{ purged: number }> {
  const before = new Date(now.getTime() - LISTENING_RETENTION_DAYS * 86_400_000)
  return { purged: await listeningRepository(deps.db.owner).purge(before, now) }
}

export function listeningService(deps: ListeningDeps) {
  return {
    /** Free callback times of an organisation's line (public, inside that organisation). */
    async freeTimes(ctx: RequestContext, organisationId: string): Promise<FreeTimesView> {
      const repo = listeningRepository(ctx.tx)
      const now = deps.clock()
      const [organisationName, slots] = await Promise.all([
        repo.organisationName(organisationId),
        repo.activeSlots(organisationId),
      ])
      if (!organisationName) throw notFound('Cette organisation')
      const horizon = new Date(now.getTime() + (LISTENING_HORIZON_DAYS + 1) * 86_400_000)
      const taken = new Set(
        (await repo.taken(organisationId, now, horizon)).map((t) => `${t.slotId}|${t.startsAt.getTime()}`),
      )
      const times = slots
        .flatMap((slot) =>
          slotTimes(slot, now)
            .filter((at) => !taken.has(`${slot.id}|${at.getTime()}`))
            .map((at) => ({ slotId: slot.id, startsAt: at.toISOString(), minutes: slot.slotMinutes })),
        )
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      return { organisationName, times }
    },

    /** Books a callback: one person per time; the time must be one the line offers. */
    async book(ctx: RequestContext, organisationId: string, body: BookBody): Promise<BookedCallbackView> {
      const repo = listeningRepository(ctx.tx)
      const now = deps.clock()
      const slot = (await repo.activeSlots(organisationId)).find((s) => s.id === body.slotId)
      if (!slot) throw invalid('slotId', 'ce créneau n’existe pas ou n’est plus proposé.')
      const startsAt = new Date(body.startsAt)
      if (!isBookableTime(slot, startsAt, now))
        throw invalid(
          'startsAt',
          'cette heure n’est pas proposée ou est trop proche : choisissez une heure de la liste.',
        )
      const token = randomToken(24)
      let created: ListeningCallbackRow
      try {
        created = await repo.insertCallback({
          organisationId,
          slotId: slot.id,
          startsAt,
          reference: newReference(),
          firstName: body.firstName,
          phone: body.phone,
          email: body.email || null,
          topic: body.topic || null,
          consentAt: now,
          cancelTokenHash: sha256(token),
        })
      } catch (error) {
        if (isTimeTaken(error))
          throw conflict(
            'Cette heure vient d’être réservée par quelqu’un d’autre : choisissez-en une autre.',
            'startsAt',
          )
        throw error
      }
      await ctx.audit({
        action: 'create',
        entityType: 'listening_callback',
        entityId: created.id,
        organisationId,
        after: {
          startsAt: created.startsAt.toISOString(),
          firstName: body.firstName,
          phone: body.phone,
          topic: body.topic,
        },
        masked: true,
      })
      const cancelPath = retentionPages.cancelCallback(organisationId, created.id, token)
      if (body.email) {
        const organisationName = (await repo.organisationName(organisationId)) ?? ''
        await deps.mailer.send(
          callbackConfirmation(deps.publicUrl, body.email, {
            organisationName,
            startsAt,
            reference: created.reference,
            cancelPath,
          }),
        )
      }
      return { id: created.id, reference: created.reference, startsAt: startsAt.toISOString(), cancelPath }
    },

    /** Cancels a booking with the link's token, before its time. */
    async cancel(ctx: RequestContext, organisationId: string, id: string, token: string) {
      const repo = listeningRepository(ctx.tx)
      const found = await repo.callback(organisationId, id)
      if (!found || !safeEqual(found.callback.cancelTokenHash, sha256(token))) throw callbackNotFound()
      const { callback } = found
      if (callback.state === 'annule')
        return { cancelled: true as const, startsAt: callback.startsAt.toISOString() }
      if (callback.state !== 'reserve' || callback.startsAt.getTime() <= deps.clock().getTime())
        throw conflict('Ce rappel a déjà eu lieu : il ne peut plus être annulé.')
      await repo.setCallback(organisationId, id, { state: 'annule', cancelledAt: deps.clock() })
      await ctx.audit({
        action: 'update',
        entityType: 'listening_callback',
        entityId: id,
        organisationId,
        before: { state: callback.state },
        after: { state: 'annule' },
      })
      return { cancelled: true as const, startsAt: callback.startsAt.toISOString() }
    },

    async setup(ctx: RequestContext): Promise<ListeningSetupView> {
      const organisationId = organisationOf(ctx)
      const [slots, colleagues] = await Promise.all([
        listeningRepository(ctx.tx).slotsWithListeners(organisationId),
        activeColleagues(ctx.tx, {
          roles: ['administrateur', 'direction', 'travailleur_social', 'agent_accueil'],
        }),
      ])
      return {
        slots: slots.map(({ slot, listenerName }) => slotView(slot, listenerName)),
        listeners: colleagues.map((c) => ({ accountId: c.accountId, displayName: c.displayName })),
      }
    },

    async saveSlot(ctx: RequestContext, id: string | null, body: SlotBody): Promise<ListeningSlotView> {
      const organisationId = organisationOf(ctx)
      const repo = listeningRepository(ctx.tx)
      const listenerAccountId = body.listenerAccountId ?? ctx.actor!.accountId
      if (listenerAccountId !== ctx.actor!.accountId) {
        const colleagues = await activeColleagues(ctx.tx, {
          roles: ['administrateur', 'direction', 'travailleur_social', 'agent_accueil'],
        })
        if (!colleagues.some((c) => c.accountId === listenerAccountId))
          throw invalid('listenerAccountId', 'cette personne n’est pas membre de votre organisation.')
      }
      const values = {
        weekday: body.weekday,
        startTime: body.startTime,
        endTime: body.endTime,
        slotMinutes: body.slotMinutes,
        listenerAccountId,
        active: body.active,
      }
      if (body.slotMinutes > spanMinutes(body.endTime) - spanMinutes(body.startTime))
        throw invalid('slotMinutes', 'un appel doit tenir dans la plage horaire.')
      let row: ListeningSlotRow | undefined
      if (id === null) row = await repo.insertSlot(organisationId, values)
      else {
        const before = await repo.slotWithListener(organisationId, id)
        if (!before) throw slotNotFound()
        row = await repo.updateSlot(organisationId, id, values)
      }
      if (!row) throw slotNotFound()
      await ctx.audit({
        action: id === null ? 'create' : 'update',
        entityType: 'listening_slot',
        entityId: row.id,
        after: values,
      })
      const saved = await repo.slotWithListener(organisationId, row.id)
      return slotView(row, saved?.listenerName ?? '')
    },

    /** The week's callbacks: all for managers, their own for a listener; each person's data read is logged. */
    async week(ctx: RequestContext, week: CivilDate | undefined): Promise<CallbacksWeekView> {
      const organisationId = organisationOf(ctx)
      const monday = mondayOf(week ?? parisDate(deps.clock()))
      const rows = await listeningRepository(ctx.tx).week(
        organisationId,
        parisInstant(monday, 0),
        parisInstant(addDays(monday, 7), 0),
        isManager(ctx) ? null : ctx.actor!.accountId,
      )
      for (const { callback } of rows)
        if (callback.purgedAt === null)
          await ctx.audit({ action: 'read', entityType: 'listening_callback', entityId: callback.id })
      return {
        weekStart: monday,
        callbacks: rows.map(({ callback, listenerName }) => callbackView(callback, listenerName)),
      }
    },

    async markCalledBack(ctx: RequestContext, id: string): Promise<CallbackView> {
      const organisationId = organisationOf(ctx)
      const repo = listeningRepository(ctx.tx)
      const found = await repo.callback(organisationId, id)
      if (!found || (!isManager(ctx) && found.listenerAccountId !== ctx.actor!.accountId))
        throw callbackNotFound()
      if (found.callback.state === 'annule') throw conflict('Ce rappel a été annulé par la personne.')
      const after = await repo.setCallback(organisationId, id, {
        state: 'rappele',
        calledBackAt: deps.clock(),
      })
      if (!after) throw callbackNotFound()
      await ctx.audit({
        action: 'update',
        entityType: 'listening_callback',
        entityId: id,
        before: { state: found.callback.state },
        after: { state: 'rappele' },
      })
      return callbackView(after, found.listenerName)
    },
  }
}
