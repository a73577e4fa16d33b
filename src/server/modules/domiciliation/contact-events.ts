import type { ContactKind } from '../../../shared/modules/domiciliation/mail.constants'
import type { Db } from '../../db/client'
import type { AuditWriter } from '../../platform/audit'
import { touchLastContact } from '../usagers'
import { mailRepository, type ContactRow } from './mail.repository'

export interface ContactEvent {
  domiciliationId: string
  /** The person's file: its retention starts again at each contact. */
  usagerId: string
  organisationId: string
  kind: ContactKind
  at: Date
  agentId?: string | null
  mailItemId?: string | null
  note?: string | null
}

/**
 * Records a contact event in the record of contacts (CASF D264-3) and moves the file's last
 * contact date forward. Visits, calls, mail handed over and portal sign-ins are the only
 * contacts: the arrival of mail never comes here.
 */
export async function touchDomiciliationContact(
  tx: Db,
  audit: AuditWriter,
  event: ContactEvent,
): Promise<ContactRow> {
  const repo = mailRepository(tx)
  const contact = await repo.insertContact({
    organisationId: event.organisationId,
    domiciliationId: event.domiciliationId,
    kind: event.kind,
    at: event.at,
    agentId: event.agentId ?? null,
    mailItemId: event.mailItemId ?? null,
    note: event.note ?? null,
  })
  await repo.touchLastContact(event.domiciliationId, event.at)
  await touchLastContact(tx, event.usagerId, event.at)
  await audit({
    action: 'create',
    entityType: 'domiciliation_contact',
    entityId: contact.id,
    after: { domiciliationId: event.domiciliationId, kind: event.kind, note: event.note ?? null },
    masked: event.note !== undefined && event.note !== null,
  })
  return contact
}
