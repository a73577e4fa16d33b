import type { UsagerInput } from '../../../shared/modules/usagers/usagers.contract'
import { commonLanguages, formatPhone, isGender, isHousing, isIncomeSource } from './usagers.labels'
import type { Person } from './usagers.queries'

/** What the agent types, before it becomes the contract's input (empty text means "not given"). */
export interface PersonDraft {
  firstName: string
  lastName: string
  birthName: string
  pseudonym: string
  birthDate: string
  gender: string | null
  phone: string
  email: string
  languages: string[]
  otherLanguages: string
  interpreterNeeded: boolean
  noStableAddress: boolean
  addressLine: string
  postalCode: string
  city: string
  /** Kept from the file; cleared as soon as the postcode or the town changes. */
  communeInsee: string
  incomeSources: string[]
  housing: string | null
  rsaReferent: string
  consents: string[]
}

export const emptyDraft: PersonDraft = {
  firstName: '',
  lastName: '',
  birthName: '',
  pseudonym: '',
  birthDate: '',
  gender: null,
  phone: '',
  email: '',
  languages: [],
  otherLanguages: '',
  interpreterNeeded: false,
  noStableAddress: false,
  addressLine: '',
  postalCode: '',
  city: '',
  communeInsee: '',
  incomeSources: [],
  housing: null,
  rsaReferent: '',
  consents: [],
}

const isCommon = (code: string) => commonLanguages.some((c) => c === code)

export function draftOf(p: Person): PersonDraft {
  return {
    firstName: p.firstName ?? '',
    lastName: p.lastName ?? '',
    birthName: p.birthName ?? '',
    pseudonym: p.pseudonym ?? '',
    birthDate: p.birthDate ?? '',
    gender: p.gender,
    phone: p.phone ? formatPhone(p.phone) : '',
    email: p.email ?? '',
    languages: p.languages.filter(isCommon),
    otherLanguages: p.languages.filter((c) => !isCommon(c)).join(', '),
    interpreterNeeded: p.interpreterNeeded,
    noStableAddress: p.noStableAddress,
    addressLine: p.addressLine ?? '',
    postalCode: p.postalCode ?? '',
    city: p.city ?? '',
    communeInsee: p.communeInsee ?? '',
    incomeSources: p.incomeSources,
    housing: p.housing,
    rsaReferent: p.rsaReferent ?? '',
    consents: [...(p.consentSms ? ['sms'] : []), ...(p.consentEmail ? ['email'] : [])],
  }
}

export const sections = ['identity', 'contact', 'languages', 'address', 'situation', 'consents'] as const
export type Section = (typeof sections)[number]

const text = (v: string) => (v.trim() === '' ? null : v.trim())

/** The contract's input for some sections of the draft (the others are left as they are). */
export function inputOf(d: PersonDraft, only: readonly Section[] = sections): UsagerInput {
  const input: UsagerInput = {}
  if (only.includes('identity')) {
    Object.assign(input, {
      firstName: text(d.firstName),
      lastName: text(d.lastName),
      birthName: text(d.birthName),
      pseudonym: text(d.pseudonym),
      birthDate: text(d.birthDate),
      gender: isGender(d.gender) ? d.gender : null,
    })
  }
  if (only.includes('contact')) Object.assign(input, { phone: text(d.phone), email: text(d.email) })
  if (only.includes('languages')) {
    const others = d.otherLanguages
      .split(/[\s,;]+/)
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean)
    Object.assign(input, {
      languages: [...new Set([...d.languages, ...others])],
      interpreterNeeded: d.interpreterNeeded,
    })
  }
  if (only.includes('address')) {
    Object.assign(
      input,
      d.noStableAddress
        ? { noStableAddress: true, addressLine: null, postalCode: null, city: null, communeInsee: null }
        : {
            noStableAddress: false,
            addressLine: text(d.addressLine),
            postalCode: text(d.postalCode),
            city: text(d.city),
            communeInsee: text(d.communeInsee),
          },
    )
  }
  if (only.includes('situation')) {
    Object.assign(input, {
      incomeSources: d.incomeSources.filter(isIncomeSource),
      housing: isHousing(d.housing) ? d.housing : null,
      rsaReferent: text(d.rsaReferent),
    })
  }
  if (only.includes('consents')) {
    Object.assign(input, {
      consentSms: d.consents.includes('sms'),
      consentEmail: d.consents.includes('email'),
    })
  }
  return input
}
