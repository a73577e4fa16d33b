import { parisDate } from '../../../shared/dates'
import { conflict, invalid, notFound } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { agentOf, loadFile, type Clock, type MailCtx } from './mail.context'
import { presentProxy } from './mail.presenter'
import { mailRepository, type ProxyRow } from './mail.repository'

type CreateBody = BodyOf<typeof mailContract.createProxy>
type UpdateBody = BodyOf<typeof mailContract.updateProxy>

/** The fields of a proxy as the audit log sees them: names only, values masked. */
const audited = (p: Partial<ProxyRow>) => ({
  firstName: p.firstName,
  lastName: p.lastName,
  birthDate: p.birthDate,
  validFrom: p.validFrom,
  validUntil: p.validUntil,
  revokedAt: p.revokedAt,
})

/** Procurations: a named third party allowed to collect the person's mail between two dates. */
export function proxiesService(clock: Clock) {
  const today = () => parisDate(clock())

  async function loadProxy(ctx: MailCtx, id: string, lock = false): Promise<ProxyRow> {
    const proxy = await mailRepository(ctx.tx).proxy(id, lock)
    if (!proxy) throw notFound('Cette procuration')
    return proxy
  }

  return {
    async list(ctx: MailCtx, domiciliationId: string) {
      await loadFile(ctx.tx, domiciliationId)
      const proxies = await mailRepository(ctx.tx).proxies(domiciliationId)
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: domiciliationId })
      return { proxies: proxies.map((p) => presentProxy(p, today())) }
    },

    async create(ctx: MailCtx, domiciliationId: string, body: CreateBody) {
      const { organisationId } = agentOf(ctx)
      await loadFile(ctx.tx, domiciliationId)
      const proxy = await mailRepository(ctx.tx).insertProxy({
        organisationId,
        domiciliationId,
        firstName: body.firstName,
        lastName: body.lastName,
        birthDate: body.birthDate ?? null,
        validFrom: body.validFrom,
        validUntil: body.validUntil,
      })
      await ctx.audit({
        action: 'create',
        entityType: 'domiciliation_proxy',
        entityId: proxy.id,
        after: audited(proxy),
        masked: true,
      })
      return presentProxy(proxy, today())
    },

    async update(ctx: MailCtx, id: string, body: UpdateBody) {
      const before = await loadProxy(ctx, id, true)
      if (before.revokedAt) throw conflict('Cette procuration a été révoquée : donnez-en une nouvelle.')
      const validFrom = body.validFrom ?? before.validFrom
      const validUntil = body.validUntil ?? before.validUntil
      if (validFrom > validUntil) throw invalid('validUntil', 'La fin doit venir après le début.')
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined))
      const after = await mailRepository(ctx.tx).updateProxy(id, patch)
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_proxy',
        entityId: id,
        before: audited(before),
        after: audited(after),
        masked: true,
      })
      return presentProxy(after, today())
    },

    async revoke(ctx: MailCtx, id: string) {
      const before = await loadProxy(ctx, id, true)
      if (before.revokedAt) throw conflict('Cette procuration est déjà révoquée.')
      const after = await mailRepository(ctx.tx).updateProxy(id, { revokedAt: clock() })
      await ctx.audit({
        action: 'update',
        entityType: 'domiciliation_proxy',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: after.revokedAt },
      })
      return presentProxy(after, today())
    },

    /** Only a proxy entered by mistake and never used: one that served keeps its trace (revoke it). */
    async remove(ctx: MailCtx, id: string) {
      const before = await loadProxy(ctx, id, true)
      const repo = mailRepository(ctx.tx)
      if (await repo.proxyUsed(id)) {
        throw conflict(
          'Du courrier a déjà été remis avec cette procuration : révoquez-la au lieu de la supprimer.',
        )
      }
      await repo.deleteProxy(id)
      await ctx.audit({
        action: 'delete',
        entityType: 'domiciliation_proxy',
        entityId: id,
        before: audited(before),
        masked: true,
      })
      return { ok: true as const }
    },
  }
}
