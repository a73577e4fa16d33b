import { invalid } from '../../../shared/errors'
import type { BodyOf } from '../../../shared/contract'
import type { mailContract } from '../../../shared/modules/domiciliation/mail.contract'
import { touchDomiciliationContact } from './contact-events'
import { agentOf, fileView, loadFile, type Clock, type MailCtx } from './mail.context'
import { presentContact, presentNotice } from './mail.presenter'
import { mailRepository } from './mail.repository'

type RecordBody = BodyOf<typeof mailContract.recordContact>

/** A contact entered afterwards must be recent: the record is kept as it happens, not rebuilt. */
const MAX_BACKDATING_DAYS = 30
/** Clocks of the desk and of the server may differ by a little. */
const CLOCK_SKEW_MS = 5 * 60_000

/** The record of contacts (CASF D264-3) and the notices sent to the person. */
export function contactsService(clock: Clock) {
  return {
    async list(ctx: MailCtx, domiciliationId: string) {
      const now = clock()
      const file = await loadFile(ctx.tx, domiciliationId)
      const [rows, view] = await Promise.all([
        mailRepository(ctx.tx).contacts(domiciliationId),
        fileView(ctx.tx, file, now),
      ])
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: domiciliationId })
      return { file: view, contacts: rows.map((r) => presentContact(r.contact, r.agentName)) }
    },

    async record(ctx: MailCtx, domiciliationId: string, body: RecordBody) {
      const { organisationId, accountId } = agentOf(ctx)
      const now = clock()
      const at = body.occurredAt ? new Date(body.occurredAt) : now
      if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
        throw invalid('occurredAt', 'La date est dans le futur.')
      if (at.getTime() < now.getTime() - MAX_BACKDATING_DAYS * 86_400_000) {
        throw invalid('occurredAt', `Un contact se note dans les ${MAX_BACKDATING_DAYS} jours.`)
      }
      const file = await loadFile(ctx.tx, domiciliationId, true)
      const contact = await touchDomiciliationContact(ctx.tx, ctx.audit, {
        organisationId,
        domiciliationId,
        usagerId: file.usagerId,
        kind: body.kind,
        at,
        agentId: accountId,
        note: body.note ?? null,
      })
      const after = await loadFile(ctx.tx, domiciliationId)
      const agentName = ctx.actor?.displayName ?? null
      return { file: await fileView(ctx.tx, after, now), contact: presentContact(contact, agentName) }
    },

    async notices(ctx: MailCtx, domiciliationId: string) {
      await loadFile(ctx.tx, domiciliationId)
      const rows = await mailRepository(ctx.tx).notices(domiciliationId)
      await ctx.audit({ action: 'read', entityType: 'domiciliation', entityId: domiciliationId })
      return { notices: rows.map(presentNotice) }
    },
  }
}
