import { DomainError, conflict, invalid, notFound } from '../../../shared/errors'
import type { BodyOf, QueryOf } from '../../../shared/contract'
import {
  REFERRAL_EXPIRY_DAYS,
  REFERRAL_OUTCOME_REMINDER_DAYS,
  REFERRAL_REMINDER_DAYS,
  type referralsContract,
  type ReferralStatus,
} from '../../../shared/modules/partenaires/referrals.contract'
import { addDays, endOfParisDay } from '../../../shared/dates'
import type { Db } from '../../db/client'
import type { Actor } from '../../http/context'
import type { AuditWriter } from '../../platform/audit'
import type { Mailer } from '../../platform/mailer'
import { randomToken, sha256 } from '../../platform/secrets'
import { accueilService } from '../accueil'
import { newReferralByLink, newReferralToMember } from './referrals-mails'
import {
  allowedActions,
  presentReceived,
  presentReferral,
  sharedOf,
  statusAfter,
} from './referrals.presenter'
import { REFERRALS_PAGE_SIZE, referralsRepository, type ReferralRow } from './referrals.repository'

export interface ReferralsCtx {
  tx: Db
  actor: Actor | null
  audit: AuditWriter
}

export interface ReferralsDeps {
  mailer: Mailer
  publicUrl: string
  clock: () => Date
}

type CreateInput = BodyOf<typeof referralsContract.create>
type SentQuery = QueryOf<typeof referralsContract.sent>
type AnswerInput = BodyOf<typeof referralsContract.answer>

const DAY_MS = 86_400_000

function member(ctx: ReferralsCtx) {
  const actor = ctx.actor
  if (!actor?.organisationId) throw new DomainError('forbidden', 'Choisissez d’abord une organisation.')
  return { organisationId: actor.organisationId, accountId: actor.accountId, displayName: actor.displayName }
}

const linkRefused = () =>
  new DomainError('not_found', 'Ce lien n’est plus valable : il a expiré, ou l’orientation est close.', [
    { field: 'token', message: 'Lien expiré ou orientation close.' },
  ])

/** Orientations to services of the directory: sent from a request, answered by the partner. */
export function referralsService(deps: ReferralsDeps) {
  const requests = accueilService(deps.clock)

  async function readAudited(ctx: ReferralsCtx, row: ReferralRow) {
    await ctx.audit({ action: 'read', entityType: 'referral', entityId: row.id })
    return row
  }

  async function answer(ctx: ReferralsCtx, row: ReferralRow, input: AnswerInput) {
    const repo = referralsRepository(ctx.tx)
    const locked = await repo.lock(row.id)
    if (!locked) throw notFound('Cette orientation')
    const from = locked.status as ReferralStatus
    if (!allowedActions(from).includes(input.action)) {
      throw conflict(
        from === 'envoyee' || from === 'acceptee'
          ? 'Cette réponse n’est plus possible pour cette orientation.'
          : 'Cette orientation est close : elle ne peut plus changer.',
        'action',
      )
    }
    const at = deps.clock()
    const to = statusAfter[input.action]
    const closes = allowedActions(to).length === 0
    await repo.update(row.id, {
      status: to,
      statusReason: input.action === 'refuser' ? (input.reason ?? null) : locked.statusReason,
      acceptedAt: to === 'acceptee' ? at : locked.acceptedAt,
      closedAt: closes ? at : null,
      updatedAt: at,
    })
    await ctx.audit({
      action: 'update',
      entityType: 'referral',
      entityId: row.id,
      before: { status: from },
      after: { status: to },
    })
    const updated = await repo.find(repo.byId(row.id))
    return presentReceived(updated!)
  }

  /** The secure link: the sending organisation's tenant, the orientation whose token hashes to this. */
  async function byLink(ctx: ReferralsCtx, organisationId: string, token: string) {
    const repo = referralsRepository(ctx.tx)
    const row = await repo.find(repo.byLink(organisationId, sha256(token)))
    if (!row || !row.linkExpiresAt || row.linkExpiresAt <= deps.clock()) throw linkRefused()
    if (allowedActions(row.status as ReferralStatus).length === 0) throw linkRefused()
    return readAudited(ctx, row)
  }

  return {
    async create(ctx: ReferralsCtx, requestId: string, input: CreateInput) {
      const me = member(ctx)
      const repo = referralsRepository(ctx.tx)
      if (!(await repo.requestVisible(requestId))) throw notFound('Cette demande')
      const target = await repo.serviceTarget(input.serviceId)
      if (!target || target.keeperId !== me.organisationId) {
        throw invalid('serviceId', 'Ce service n’est pas dans votre annuaire.')
      }
      if (target.serviceStatus !== 'publiee' || target.structureStatus !== 'publiee') {
        throw invalid(
          'serviceId',
          'Ce service n’est pas publié (brouillon ou fermé) : choisissez-en un autre.',
        )
      }
      const memberEmails = target.partnerOrganisationId ? await repo.partnerEmails(target.structureId) : []
      const address = target.serviceEmail ?? target.structureEmail
      if (memberEmails.length === 0 && !address) {
        throw invalid(
          'serviceId',
          'Ce partenaire n’a ni compte sur Lien ni adresse e-mail : ajoutez son adresse dans l’annuaire, ou orientez la personne sans Lien.',
        )
      }

      const detail = await requests.orient(ctx, requestId, {
        partnerName: `${target.structureName} — ${target.serviceName}`,
        reason: input.reason ?? null,
      })
      const orientation = [...detail.orientations]
        .filter(
          (o) => o.partnerId === null && o.partnerName === `${target.structureName} — ${target.serviceName}`,
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0]!
      await repo.setOrientationPartner(orientation.id, target.serviceId)

      const at = deps.clock()
      const shared = sharedOf(input.share)
      const sharesSomething = Object.keys(shared).length > 0
      const token = memberEmails.length === 0 ? randomToken() : null
      const referral = await repo.insert({
        organisationId: me.organisationId,
        partnerOrganisationId: target.partnerOrganisationId,
        requestId,
        requestOrientationId: orientation.id,
        serviceId: target.serviceId,
        structureId: target.structureId,
        shared,
        consentRecordedAt: sharesSomething ? at : null,
        senderFirstName: me.displayName.trim().split(/\s+/)[0] ?? null,
        linkTokenHash: token ? sha256(token) : null,
        linkExpiresAt: token ? new Date(at.getTime() + REFERRAL_EXPIRY_DAYS * DAY_MS) : null,
        createdBy: me.accountId,
        createdAt: at,
        updatedAt: at,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'referral',
        entityId: referral.id,
        after: { requestId, serviceId: target.serviceId, ...shared, consent: sharesSomething },
        masked: true,
      })

      const senderName = ctx.actor?.memberships.find(
        (m) => m.organisationId === me.organisationId,
      )?.organisationName
      const mailTarget = {
        senderName: senderName ?? 'Un partenaire du réseau',
        serviceName: target.serviceName,
      }
      if (token) {
        await deps.mailer.send(
          newReferralByLink(deps.publicUrl, address!, mailTarget, me.organisationId, token),
        )
      } else {
        for (const to of memberEmails) {
          await deps.mailer.send(newReferralToMember(deps.publicUrl, to, mailTarget, referral.id))
        }
      }
      const row = await repo.find(repo.byId(referral.id))
      return presentReferral(row!, at)
    },

    async ofRequest(ctx: ReferralsCtx, requestId: string) {
      const me = member(ctx)
      const repo = referralsRepository(ctx.tx)
      if (!(await repo.requestVisible(requestId))) throw notFound('Cette demande')
      const found = await repo.ofRequest(me.organisationId, requestId)
      for (const row of found) await readAudited(ctx, row)
      const now = deps.clock()
      return found.map((r) => presentReferral(r, now))
    },

    async sent(ctx: ReferralsCtx, query: SentQuery) {
      const me = member(ctx)
      const now = deps.clock()
      const { items, total } = await referralsRepository(ctx.tx).sent(
        me.organisationId,
        {
          ...(query.status ? { status: query.status } : {}),
          ...(query.structureId ? { structureId: query.structureId } : {}),
          ...(query.stale === 'true'
            ? {
                stale: {
                  sentBefore: new Date(now.getTime() - REFERRAL_REMINDER_DAYS * DAY_MS),
                  acceptedBefore: new Date(now.getTime() - REFERRAL_OUTCOME_REMINDER_DAYS * DAY_MS),
                },
              }
            : {}),
        },
        query.page,
      )
      for (const row of items) await readAudited(ctx, row)
      return {
        items: items.map((r) => presentReferral(r, now)),
        page: query.page,
        pageSize: REFERRALS_PAGE_SIZE,
        total,
      }
    },

    async get(ctx: ReferralsCtx, id: string) {
      const me = member(ctx)
      const repo = referralsRepository(ctx.tx)
      const row = await repo.find(repo.byId(id))
      if (!row || row.organisationId !== me.organisationId) throw notFound('Cette orientation')
      await readAudited(ctx, row)
      return presentReferral(row, deps.clock())
    },

    async received(ctx: ReferralsCtx, status: ReferralStatus | undefined, page: number) {
      const me = member(ctx)
      const { items, total } = await referralsRepository(ctx.tx).received(me.organisationId, status, page)
      for (const row of items) await readAudited(ctx, row)
      return { items: items.map(presentReceived), page, pageSize: REFERRALS_PAGE_SIZE, total }
    },

    async receivedOne(ctx: ReferralsCtx, id: string) {
      const me = member(ctx)
      const repo = referralsRepository(ctx.tx)
      const row = await repo.find(repo.byId(id))
      if (!row || row.partnerOrganisationId !== me.organisationId) throw notFound('Cette orientation')
      return presentReceived(await readAudited(ctx, row))
    },

    async answerAsMember(ctx: ReferralsCtx, id: string, input: AnswerInput) {
      const me = member(ctx)
      const repo = referralsRepository(ctx.tx)
      const row = await repo.find(repo.byId(id))
      if (!row || row.partnerOrganisationId !== me.organisationId) throw notFound('Cette orientation')
      return answer(ctx, row, input)
    },

    async linkRead(ctx: ReferralsCtx, organisationId: string, token: string) {
      return presentReceived(await byLink(ctx, organisationId, token))
    },

    async linkAnswer(ctx: ReferralsCtx, organisationId: string, token: string, input: AnswerInput) {
      return answer(ctx, await byLink(ctx, organisationId, token), input)
    },

    async summary(ctx: ReferralsCtx, from: string | undefined, to: string | undefined) {
      const me = member(ctx)
      if (from && to && from > to) throw invalid('to', 'La date de fin précède la date de début.')
      const repo = referralsRepository(ctx.tx)
      // Whole days in Paris: from the first day's midnight to the end of the last.
      const start = from ? new Date(endOfParisDay(addDays(from, -1)).getTime() + 1) : null
      const end = to ? new Date(endOfParisDay(to).getTime() + 1) : null
      const [sent, received] = await Promise.all([
        repo.summary('sent', me.organisationId, start, end),
        repo.summary('received', me.organisationId, start, end),
      ])
      return { sent: groupSummary(sent), received: groupSummary(received) }
    },
  }
}

function groupSummary(
  lines: {
    counterpart_id: string
    counterpart_name: string
    status: ReferralStatus
    month: string
    n: number
  }[],
) {
  const byCounterpart = new Map<
    string,
    {
      counterpart: { id: string; name: string }
      total: number
      byStatus: Record<ReferralStatus, number>
      months: Map<string, number>
    }
  >()
  for (const line of lines) {
    let entry = byCounterpart.get(line.counterpart_id)
    if (!entry) {
      entry = {
        counterpart: { id: line.counterpart_id, name: line.counterpart_name },
        total: 0,
        byStatus: {
          envoyee: 0,
          acceptee: 0,
          refusee: 0,
          personne_recue: 0,
          personne_absente: 0,
          expiree: 0,
        },
        months: new Map(),
      }
      byCounterpart.set(line.counterpart_id, entry)
    }
    const n = Number(line.n)
    entry.total += n
    entry.byStatus[line.status] += n
    entry.months.set(line.month, (entry.months.get(line.month) ?? 0) + n)
  }
  return [...byCounterpart.values()]
    .map((e) => ({
      counterpart: e.counterpart,
      total: e.total,
      byStatus: e.byStatus,
      byMonth: [...e.months]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, count]) => ({ month, count })),
    }))
    .sort((a, b) => b.total - a.total || a.counterpart.name.localeCompare(b.counterpart.name, 'fr'))
}
