import { parisDate } from '../../../shared/dates'
import { conflict, DomainError, invalid, type FieldIssue } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { ReturnReason } from '../../../shared/modules/domiciliation/mail.constants'
import type { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import {
  arrivalFate,
  isActiveOn,
  proxyRefusal,
  shownStatus,
} from '../../../shared/modules/domiciliation/mail.rules'
import { touchDomiciliationContact } from './contact-events'
import { frenchDate } from './french-date'
import { agentOf, fileView, loadFile, type Clock, type MailCtx } from './mail.context'
import { mailState, presentItem, presentProxy, proxyName } from './mail.presenter'
import { mailRepository, type FileRow, type MailItemRow, type NewMailItem } from './mail.repository'

type RegisterBody = BodyOf<typeof mailContract.register>
type HandOverBody = BodyOf<typeof mailContract.handOver>
type ForwardingBody = BodyOf<typeof mailContract.setForwarding>

const statusWords: Record<string, string> = {
  instruction: 'demande en instruction',
  refus: 'domiciliation refusée',
  radie: 'personne radiée',
  expiree: 'domiciliation expirée',
}

const lineOf = (field: string) => Number(/^items\.(\d+)\./.exec(field)?.[1] ?? 0) + 1

/** Why an item can no longer be handed over or returned. */
function alreadyOut(item: MailItemRow): string {
  if (item.handedOverAt) return `Ce pli a déjà été remis le ${frenchDate(item.handedOverAt)}.`
  if (item.returnedAt) return `Ce pli a déjà été renvoyé à l’expéditeur le ${frenchDate(item.returnedAt)}.`
  return `Ce pli a été réexpédié le ${frenchDate(item.forwardedAt!)}.`
}

/** The message names the proxy and says why: it needs no field prefix. */
const refuseProxy = (message: string) =>
  new DomainError('validation', message, [{ field: 'proxyId', message }])

const itemAudit = (item: MailItemRow) => ({
  domiciliationId: item.domiciliationId,
  kind: item.kind,
  state: mailState(item),
})

/** Mail on arrival, at the desk and back to its sender; forwarding and the NPAI mark. */
export function mailService(clock: Clock) {
  /** Items of the file still waiting, locked; refuses the whole call if one is not. */
  async function lockWaiting(ctx: MailCtx, file: FileRow, itemIds: string[]): Promise<MailItemRow[]> {
    const items = await mailRepository(ctx.tx).lockItems(file.id, itemIds)
    if (items.length !== itemIds.length)
      throw invalid('itemIds', 'Un pli choisi n’appartient pas à ce dossier.')
    const out = items.find((i) => mailState(i) !== 'en_attente')
    if (out) throw conflict(alreadyOut(out), 'itemIds')
    return items
  }

  async function afterChange(ctx: MailCtx, fileId: string, itemIds: string[]) {
    const now = clock()
    const file = await loadFile(ctx.tx, fileId)
    const items = await mailRepository(ctx.tx).itemsByIds(itemIds)
    return { file: await fileView(ctx.tx, file, now), items: items.map(presentItem) }
  }

  return {
    /**
     * A morning's post in one call, all or nothing: every line is checked before anything is
     * written, and every bad line is reported. Arrival is not a contact with the person.
     */
    async register(ctx: MailCtx, body: RegisterBody) {
      const { organisationId, accountId } = agentOf(ctx)
      const now = clock()
      const today = parisDate(now)
      const repo = mailRepository(ctx.tx)
      const ids = [...new Set(body.items.flatMap((a) => (a.domiciliationId ? [a.domiciliationId] : [])))]
      const numbers = [
        ...new Set(body.items.flatMap((a) => (a.fileNumber !== undefined ? [a.fileNumber] : []))),
      ]
      const [byIdRows, byNumberRows] = await Promise.all([repo.filesByIds(ids), repo.filesByNumbers(numbers)])
      const byId = new Map(byIdRows.map((f) => [f.id, f]))
      const byNumber = new Map(byNumberRows.map((f) => [f.fileNumber, f]))

      const issues: FieldIssue[] = []
      const values: (NewMailItem & { file: FileRow })[] = []
      body.items.forEach((arrival, i) => {
        const file = arrival.domiciliationId
          ? byId.get(arrival.domiciliationId)
          : byNumber.get(arrival.fileNumber!)
        if (!file) {
          issues.push(
            arrival.domiciliationId
              ? { field: `items.${i}.domiciliationId`, message: 'Dossier de domiciliation introuvable.' }
              : {
                  field: `items.${i}.fileNumber`,
                  message: `Aucun dossier ne porte le numéro ${arrival.fileNumber}.`,
                },
          )
          return
        }
        const fate = arrival.returnReason ? 'retourne' : arrivalFate(file, today)
        if (typeof fate === 'object') {
          const message =
            fate.mustReturn === 'inactive'
              ? `Dossier n° ${file.fileNumber} : pas de domiciliation en cours (${statusWords[shownStatus(file, today)] ?? 'domiciliation non valide'}). Renvoyez ce pli à l’expéditeur : choisissez le motif du retour.`
              : `Dossier n° ${file.fileNumber} : marqué « n’habite pas à l’adresse indiquée » depuis le ${frenchDate(file.npaiSince!)}. Renvoyez ce pli à l’expéditeur en choisissant le motif, ou levez la marque si la personne s’est manifestée.`
          issues.push({ field: `items.${i}.returnReason`, message })
          return
        }
        values.push({
          file,
          organisationId,
          domiciliationId: file.id,
          kind: arrival.kind,
          sender: arrival.sender ?? null,
          receivedAt: now,
          receivedBy: accountId,
          forwardedAt: fate === 'reexpedie' ? now : null,
          returnedAt: fate === 'retourne' ? now : null,
          returnReason: arrival.returnReason ?? null,
        })
      })
      if (issues.length > 0) {
        const first = issues[0]!
        const message =
          issues.length === 1
            ? `Pli n° ${lineOf(first.field)} : ${first.message} Rien n’a été enregistré.`
            : `${issues.length} plis à corriger (le premier : pli n° ${lineOf(first.field)}). Rien n’a été enregistré.`
        throw new DomainError('validation', message, issues)
      }

      const rows = await repo.insertItems(values.map(({ file: _file, ...v }) => v))
      await flagNpaiAfterReturn(
        ctx,
        values.filter((v) => v.returnReason).map((v) => v.file),
        now,
      )
      for (const row of rows) {
        await ctx.audit({
          action: 'create',
          entityType: 'domiciliation_mail',
          entityId: row.id,
          after: itemAudit(row),
        })
      }
      return { items: rows.map((item) => presentItem({ item, proxyFirstName: null, proxyLastName: null })) }
    },

    async fileMail(ctx: MailCtx, id: string, state: 'en_attente' | 'tous') {
      const now = clock()
      const today = parisDate(now)
      const file = await loadFile(ctx.tx, id)
      const repo = mailRepository(ctx.tx)
      const [items, proxies, view] = await Promise.all([
        repo.items(id, state === 'en_attente'),
        repo.proxies(id),
        fileView(ctx.tx, file, now),
      ])
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: id })
      return {
        file: view,
        items: items.map(presentItem),
        proxies: proxies.map((p) => presentProxy(p, today)),
      }
    },

    /**
     * Hands items over to the person, or to a proxy valid today. The hand-over is a contact:
     * it enters the record of contacts and moves the last-contact date.
     */
    async handOver(ctx: MailCtx, id: string, body: HandOverBody) {
      const { organisationId, accountId } = agentOf(ctx)
      const now = clock()
      const today = parisDate(now)
      const file = await loadFile(ctx.tx, id, true)
      const repo = mailRepository(ctx.tx)
      const proxyId = body.proxyId ?? null
      if (proxyId) {
        const proxy = await repo.proxy(proxyId)
        if (!proxy || proxy.domiciliationId !== file.id) {
          throw invalid('proxyId', 'Cette procuration n’appartient pas à ce dossier.')
        }
        const refusal = proxyRefusal(proxy, today)
        const name = proxyName(proxy)
        if (refusal === 'expiree') {
          throw refuseProxy(
            `La procuration de ${name} a pris fin le ${frenchDate(proxy.validUntil)} : elle ne permet plus de retirer le courrier.`,
          )
        }
        if (refusal === 'pas_encore') {
          throw refuseProxy(`La procuration de ${name} ne commence que le ${frenchDate(proxy.validFrom)}.`)
        }
        if (refusal === 'revoquee') {
          throw refuseProxy(`La procuration de ${name} a été révoquée le ${frenchDate(proxy.revokedAt!)}.`)
        }
      }
      const items = await lockWaiting(ctx, file, body.itemIds)
      await repo.markHandedOver(body.itemIds, now, accountId, proxyId)
      await touchDomiciliationContact(ctx.tx, ctx.audit, {
        organisationId,
        domiciliationId: file.id,
        usagerId: file.usagerId,
        kind: 'remise_courrier',
        at: now,
        agentId: accountId,
        mailItemId: items[0]!.id,
      })
      for (const item of items) {
        await ctx.audit({
          action: 'update',
          entityType: 'domiciliation_mail',
          entityId: item.id,
          before: itemAudit(item),
          after: { ...itemAudit(item), state: 'remis', proxyId },
        })
      }
      return afterChange(ctx, file.id, body.itemIds)
    },

    /** Sends items back to their sender with a reason; a domiciled person's file is marked NPAI. */
    async returnToSender(ctx: MailCtx, id: string, itemIds: string[], reason: ReturnReason) {
      const now = clock()
      const file = await loadFile(ctx.tx, id, true)
      const items = await lockWaiting(ctx, file, itemIds)
      await mailRepository(ctx.tx).markReturned(itemIds, now, reason)
      await flagNpaiAfterReturn(ctx, [file], now)
      for (const item of items) {
        await ctx.audit({
          action: 'update',
          entityType: 'domiciliation_mail',
          entityId: item.id,
          before: itemAudit(item),
          after: { ...itemAudit(item), state: 'retourne', returnReason: reason },
        })
      }
      return afterChange(ctx, file.id, itemIds)
    },

    async clearNpai(ctx: MailCtx, id: string) {
      const now = clock()
      const file = await loadFile(ctx.tx, id, true)
      const after = file.npaiSince
        ? await mailRepository(ctx.tx).updateFile(id, { npaiSince: null }, now)
        : file
      if (file.npaiSince) {
        await ctx.audit({
          action: 'update',
          entityType: 'domiciliation',
          entityId: id,
          before: { npaiSince: file.npaiSince },
          after: { npaiSince: null },
        })
      }
      return { file: await fileView(ctx.tx, after, now) }
    },

    async setForwarding(ctx: MailCtx, id: string, body: ForwardingBody) {
      const now = clock()
      const file = await loadFile(ctx.tx, id, true)
      const patch = {
        forwardAddress: body.forwardAddress,
        forwardFrom: body.forwardFrom,
        forwardUntil: body.forwardUntil ?? null,
      }
      const after = await mailRepository(ctx.tx).updateFile(id, patch, now)
      await auditForwarding(ctx, file, patch)
      return { file: await fileView(ctx.tx, after, now) }
    },

    async stopForwarding(ctx: MailCtx, id: string) {
      const now = clock()
      const file = await loadFile(ctx.tx, id, true)
      const patch = { forwardAddress: null, forwardFrom: null, forwardUntil: null }
      const after = await mailRepository(ctx.tx).updateFile(id, patch, now)
      await auditForwarding(ctx, file, patch)
      return { file: await fileView(ctx.tx, after, now) }
    },
  }

  /**
   * Mail returned for a person still domiciled means the person cannot be reached: from that
   * day the file is marked NPAI and what arrives goes back too, until an agent lifts the mark.
   */
  async function flagNpaiAfterReturn(ctx: MailCtx, files: FileRow[], now: Date) {
    const today = parisDate(now)
    const seen = new Set<string>()
    for (const file of files) {
      if (seen.has(file.id) || file.npaiSince !== null || !isActiveOn(file, today)) continue
      seen.add(file.id)
      await mailRepository(ctx.tx).updateFile(file.id, { npaiSince: today }, now)
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation',
        entityId: file.id,
        before: { npaiSince: null },
        after: { npaiSince: today },
      })
    }
  }
}

async function auditForwarding(
  ctx: MailCtx,
  before: FileRow,
  after: { forwardAddress: string | null; forwardFrom: string | null; forwardUntil: string | null },
) {
  await ctx.audit({
    action: 'update',
    entityType: 'domiciliation',
    entityId: before.id,
    before: {
      forwardAddress: before.forwardAddress,
      forwardFrom: before.forwardFrom,
      forwardUntil: before.forwardUntil,
    },
    after,
    masked: true,
  })
}
