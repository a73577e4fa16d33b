import { parisDate } from '../../../shared/dates'
import type { RequestChannel, RequestTheme } from '../../../shared/modules/accueil/accueil.constants'
import { dueDate, holidayOptionsFor } from '../../../shared/modules/accueil/due-date'
import type { Db } from '../../db/client'
import { accueilRepository, type RequestRow } from './accueil.repository'
import { resolveDelays } from './announced-delays'
import { touchLastContact } from './usager-link'

export interface Intake {
  channel: RequestChannel
  themes: RequestTheme[]
  usagerId: string | null
  contactName: string | null
  replyTo: string | null
  subject: string | null
  message: string
  serviceId: string | null
  assigneeId: string | null
  receivedBy: string | null
  externalId?: string | null
}

export interface IntakeOrganisation {
  id: string
  communeInsee: string | null
}

/** "2026-000042": the year in Paris and the organisation's counter for that year. */
export const formatReference = (year: number, n: number) => `${year}-${String(n).padStart(6, '0')}`

/**
 * Records a request on any channel: its readable reference, its due day from the announced
 * delay of its channel, and the first line of its history.
 */
export async function takeIn(
  tx: Db,
  organisation: IntakeOrganisation,
  input: Intake,
  at: Date,
): Promise<RequestRow> {
  const repo = accueilRepository(tx)
  const { delays } = await resolveDelays(repo, organisation.id)
  const dueOn = dueDate(at, input.channel, delays, holidayOptionsFor(organisation.communeInsee))
  const year = Number(parisDate(at).slice(0, 4))
  const reference = formatReference(year, await repo.nextReferenceNumber(organisation.id, year))
  const row = await repo.insertRequest({
    organisationId: organisation.id,
    reference,
    channel: input.channel,
    themes: input.themes,
    usagerId: input.usagerId,
    contactName: input.contactName,
    replyTo: input.replyTo,
    subject: input.subject,
    message: input.message,
    receivedAt: at,
    receivedBy: input.receivedBy,
    serviceId: input.serviceId,
    assigneeId: input.assigneeId,
    dueOn,
    externalId: input.externalId ?? null,
    createdAt: at,
    updatedAt: at,
  })
  await repo.insertEvents([
    {
      organisationId: organisation.id,
      requestId: row.id,
      kind: 'creation',
      detail: { channel: input.channel, dueOn, serviceId: input.serviceId, assigneeId: input.assigneeId },
      actorId: input.receivedBy,
      at,
    },
  ])
  if (input.usagerId) await touchLastContact(tx, input.usagerId, at)
  return row
}

/** What the audit log keeps of a request: no message, name, address or theme (a theme may say "santé"). */
export const auditedFields = (r: RequestRow) => ({
  reference: r.reference,
  channel: r.channel,
  usagerId: r.usagerId,
  serviceId: r.serviceId,
  assigneeId: r.assigneeId,
  dueOn: r.dueOn,
  state: r.state,
})
