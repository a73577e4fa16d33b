import type { CivilDate } from '../../../shared/dates'
import type { InterviewView } from '../../../shared/modules/domiciliation/decisions.contract'
import type { CivilIdentity } from '../usagers'
import type { DecisionRow, RequestRow } from './decisions.repository'

/** The structure as its documents name it: the organisation and its domiciliation settings. */
export interface Structure {
  name: string
  addressLine: string | null
  postalCode: string | null
  city: string | null
  phone: string | null
  email: string | null
  agrementNumber: string | null
  prefecture: string | null
  responsibleName: string | null
  responsibleFunction: string | null
}

/** Everything a document of the chain prints, read once from the history. */
export interface DocumentData {
  structure: Structure
  person: CivilIdentity
  /** Kept on the domiciliation file (the Cerfa asks it; the person's file does not hold it). */
  birthPlace: string | null
  fileNumber: number
  firstDomiciliationOn: CivilDate | null
  request: (RequestRow & { interview: InterviewView | Record<string, never> }) | null
  interviewerName: string | null
  decision: DecisionRow | null
}

/** "14/03/1958": the Cerfa's day / month / year. */
export const numericDate = (day: CivilDate | null) => (day ? day.split('-').reverse().join('/') : null)

/** Surnames as the Cerfa asks: the birth name, the usual name in brackets when it differs, in capitals. */
export function surnames(p: Pick<CivilIdentity, 'lastName' | 'birthName'>): string | null {
  const upper = (s: string | null) => s?.toLocaleUpperCase('fr-FR') ?? null
  if (p.birthName && p.lastName && p.birthName !== p.lastName)
    return `${upper(p.birthName)} (${upper(p.lastName)})`
  return upper(p.birthName ?? p.lastName)
}

export const fullName = (p: Pick<CivilIdentity, 'firstName' | 'lastName'>) =>
  [p.firstName, p.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ') || 'Personne sans nom'

/** The structure's postal lines, as printed under its name. */
export const postalLines = (s: Structure) =>
  [s.addressLine, [s.postalCode, s.city].filter(Boolean).join(' ')].filter((l): l is string => !!l)

/** Where a letter says it was written: the structure's town, else its name. */
export const placeOf = (s: Structure) => s.city ?? s.name

/** "03 81 00 00 00" for a French number stored as +33381000000; other numbers as stored. */
export function frenchPhone(e164: string | null): string | null {
  if (!e164) return null
  const m = /^\+33(\d{9})$/.exec(e164)
  return m ? `0${m[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : e164
}
