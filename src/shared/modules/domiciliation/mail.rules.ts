import type { CivilDate } from '../../dates'

/** What the mail rules need of a domiciliation file. */
export interface MailFileFacts {
  status: string
  validFrom: CivilDate | null
  validUntil: CivilDate | null
  npaiSince: CivilDate | null
  forwardAddress: string | null
  forwardFrom: CivilDate | null
  forwardUntil: CivilDate | null
}

/** The status shown: a valid domiciliation past its end date is « expirée ». */
export function shownStatus(f: Pick<MailFileFacts, 'status' | 'validUntil'>, today: CivilDate): string {
  return f.status === 'valide' && f.validUntil !== null && f.validUntil < today ? 'expiree' : f.status
}

/** The attestation is in force today: mail may be kept for the person. */
export function isActiveOn(
  f: Pick<MailFileFacts, 'status' | 'validFrom' | 'validUntil'>,
  today: CivilDate,
): boolean {
  return (
    f.status === 'valide' &&
    f.validFrom !== null &&
    f.validUntil !== null &&
    f.validFrom <= today &&
    today <= f.validUntil
  )
}

/** The forwarding address in force today (the last day included), if any. */
export function activeForwarding(
  f: Pick<MailFileFacts, 'forwardAddress' | 'forwardFrom' | 'forwardUntil'>,
  today: CivilDate,
): { address: string; from: CivilDate; until: CivilDate | null } | null {
  if (!f.forwardAddress || !f.forwardFrom || f.forwardFrom > today) return null
  if (f.forwardUntil !== null && f.forwardUntil < today) return null
  return { address: f.forwardAddress, from: f.forwardFrom, until: f.forwardUntil }
}

/** What happens to an item on arrival when no return is asked for. */
export type ArrivalFate = 'garde' | 'reexpedie' | { mustReturn: 'inactive' | 'npai' }

export function arrivalFate(f: MailFileFacts, today: CivilDate): ArrivalFate {
  if (!isActiveOn(f, today)) return { mustReturn: 'inactive' }
  if (f.npaiSince !== null) return { mustReturn: 'npai' }
  return activeForwarding(f, today) ? 'reexpedie' : 'garde'
}

export interface ProxyFacts {
  validFrom: CivilDate
  validUntil: CivilDate
  revokedAt: Date | string | null
}

/** Why a proxy may not collect mail today, or null when it may. */
export function proxyRefusal(p: ProxyFacts, today: CivilDate): 'revoquee' | 'pas_encore' | 'expiree' | null {
  if (p.revokedAt !== null) return 'revoquee'
  if (today < p.validFrom) return 'pas_encore'
  if (today > p.validUntil) return 'expiree'
  return null
}
