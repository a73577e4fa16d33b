import { describe, expect, test } from 'vitest'
import { draftOf, emptyDraft, inputOf } from './person-draft'
import { formatPhone } from './usagers.labels'
import type { Person } from './usagers.queries'

const person: Person = {
  id: '01900000-0000-7000-8000-000000000001',
  firstName: 'Aïcha',
  lastName: "N'Diaye",
  birthName: null,
  pseudonym: null,
  birthDate: '1979-04-23',
  gender: 'femme',
  phone: '+33381000042',
  email: null,
  languages: ['fr', 'wo', 'tzm'],
  interpreterNeeded: false,
  noStableAddress: false,
  addressLine: '12 rue Battant',
  postalCode: '25000',
  city: 'Besançon',
  communeInsee: '25056',
  incomeSources: ['aah'],
  housing: null,
  rsaReferent: null,
  consentSms: true,
  consentEmail: false,
  lastContactAt: '2026-01-01T10:00:00.000Z',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  mergedIntoId: null,
  anonymisedAt: null,
  mergedFrom: [],
  household: [],
  documents: [],
}

describe('person draft', () => {
  test('a blank form sends every field as "not given", nothing invented', () => {
    expect(inputOf(emptyDraft)).toEqual({
      firstName: null,
      lastName: null,
      birthName: null,
      pseudonym: null,
      birthDate: null,
      gender: null,
      phone: null,
      email: null,
      languages: [],
      interpreterNeeded: false,
      noStableAddress: false,
      addressLine: null,
      postalCode: null,
      city: null,
      communeInsee: null,
      incomeSources: [],
      housing: null,
      rsaReferent: null,
      consentSms: false,
      consentEmail: false,
    })
  })

  test('a section sends its own fields only', () => {
    const draft = { ...draftOf(person), firstName: '  Aïssa ', city: 'Dole' }
    expect(inputOf(draft, ['identity'])).toEqual({
      firstName: 'Aïssa',
      lastName: "N'Diaye",
      birthName: null,
      pseudonym: null,
      birthDate: '1979-04-23',
      gender: 'femme',
    })
    expect(inputOf(draft, ['consents'])).toEqual({ consentSms: true, consentEmail: false })
  })

  test('languages ticked and typed as codes make one list, without duplicates', () => {
    const draft = draftOf(person)
    expect(draft.languages).toEqual(['fr', 'wo'])
    expect(draft.otherLanguages).toBe('tzm')
    expect(inputOf({ ...draft, otherLanguages: 'TZM; ln,  fr' }, ['languages']).languages).toEqual([
      'fr',
      'wo',
      'tzm',
      'ln',
    ])
  })

  test('the town code stays with the town it was given for', () => {
    expect(inputOf(draftOf(person), ['address']).communeInsee).toBe('25056')
    expect(inputOf({ ...emptyDraft, city: 'Dole' }, ['address']).communeInsee).toBeNull()
  })

  test('"no stable address" erases the address, town code included', () => {
    const draft = { ...draftOf(person), noStableAddress: true }
    expect(inputOf(draft, ['address'])).toEqual({
      noStableAddress: true,
      addressLine: null,
      postalCode: null,
      city: null,
      communeInsee: null,
    })
  })

  test('a French number is shown and edited as people write it', () => {
    expect(formatPhone('+33381000042')).toBe('03 81 00 00 42')
    expect(draftOf(person).phone).toBe('03 81 00 00 42')
    expect(formatPhone('+447700900123')).toBe('+447700900123')
  })
})
