import type { CivilDate } from '../../../shared/dates'
import type {
  ContactKind,
  MailKind,
  MailState,
  NoticeChannel,
  NoticeKind,
  ReturnReason,
} from '../../../shared/modules/domiciliation/mail.constants'
import type {
  DeskFileView,
  MailItemView,
  ProxyView,
} from '../../../shared/modules/domiciliation/mail.contract'
import type { UsagerSummaryRow } from '../usagers'
import { activeForwarding, isActiveOn, shownStatus } from '../../../shared/modules/domiciliation/mail.rules'
import type { ContactRow, FileRow, MailItemWithProxy, NoticeRow, ProxyRow } from './mail.repository'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function mailState(item: MailItemWithProxy['item']): MailState {
  if (item.handedOverAt) return 'remis'
  if (item.returnedAt) return 'retourne'
  if (item.forwardedAt) return 'reexpedie'
  return 'en_attente'
}

/** "Jean DUPONT", as the person's names are shown elsewhere. */
export const proxyName = (p: { firstName: string; lastName: string }) =>
  `${p.firstName} ${p.lastName.toLocaleUpperCase('fr-FR')}`

export function presentItem({ item, proxyFirstName, proxyLastName }: MailItemWithProxy): MailItemView {
  return {
    id: item.id,
    domiciliationId: item.domiciliationId,
    kind: item.kind as MailKind,
    sender: item.sender,
    state: mailState(item),
    receivedAt: item.receivedAt.toISOString(),
    handedOverAt: iso(item.handedOverAt),
    proxy:
      item.proxyId && proxyFirstName !== null && proxyLastName !== null
        ? { id: item.proxyId, name: proxyName({ firstName: proxyFirstName, lastName: proxyLastName }) }
        : null,
    forwardedAt: iso(item.forwardedAt),
    returnedAt: iso(item.returnedAt),
    returnReason: item.returnReason as ReturnReason | null,
    notifiedAt: iso(item.notifiedAt),
  }
}

export function presentFile(
  file: FileRow,
  person: UsagerSummaryRow | undefined,
  waitingCount: number,
  today: CivilDate,
): DeskFileView {
  return {
    id: file.id,
    fileNumber: file.fileNumber,
    usagerId: file.usagerId,
    personLabel: person?.label ?? 'Personne introuvable',
    birthDate: person?.birthDate ?? null,
    status: shownStatus(file, today),
    validUntil: file.validUntil,
    active: isActiveOn(file, today),
    lastContactAt: iso(file.lastContactAt),
    npaiSince: file.npaiSince,
    forwarding: activeForwarding(file, today),
    waitingCount,
  }
}

export function presentProxy(p: ProxyRow, today: CivilDate): ProxyView {
  return {
    id: p.id,
    domiciliationId: p.domiciliationId,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    revokedAt: iso(p.revokedAt),
    usable: p.revokedAt === null && p.validFrom <= today && today <= p.validUntil,
  }
}

export function presentContact(c: ContactRow, agentName: string | null) {
  return {
    id: c.id,
    kind: c.kind as ContactKind,
    at: c.at.toISOString(),
    agent: c.agentId && agentName ? { id: c.agentId, displayName: agentName } : null,
    mailItemId: c.mailItemId,
    note: c.note,
  }
}

export function presentNotice(n: NoticeRow) {
  return {
    id: n.id,
    channel: n.channel as NoticeChannel,
    kind: n.kind as NoticeKind,
    sentAt: n.sentAt.toISOString(),
    outcome: n.outcome,
  }
}
