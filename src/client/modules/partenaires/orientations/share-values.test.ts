import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { shareableFields } from './orientations.labels'
import { nothingChosen, sharedOf, valuesFromRequest, type RequestFacts } from './share-values'

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/)
const facts = fc.record({
  contactName: fc.option(fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))),
  usagerId: fc.option(fc.uuid()),
  personLabel: fc.string({ maxLength: 40 }),
  replyTo: fc.option(fc.oneof(fc.emailAddress(), fc.stringMatching(/^0[1-9]( \d\d){4}$/))),
  message: fc.string({ maxLength: 200 }),
}) satisfies fc.Arbitrary<RequestFacts>

describe('what an orientation may share', () => {
  test('nothing is shared until a field is ticked, whatever the request says', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(sharedOf(valuesFromRequest(f), nothingChosen)).toEqual({})
      }),
    )
  })

  test('first and last name together give back the contact name; the reply address goes to e-mail or phone, never both', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const v = valuesFromRequest(f)
        if (f.contactName !== null)
          expect([v.firstName, v.lastName].filter(Boolean).join(' ')).toBe(f.contactName)
        expect(v.email === '' || v.phone === '').toBe(true)
        if (f.replyTo?.includes('@')) expect(v.email).toBe(f.replyTo)
        else if (f.replyTo) expect(v.phone).toBe(f.replyTo)
      }),
    )
  })

  test('an anonymous person’s description is never offered as a name', () => {
    const v = valuesFromRequest({
      contactName: null,
      usagerId: null,
      personLabel: 'Homme, la quarantaine',
      replyTo: null,
      message: '',
    })
    expect(v.firstName).toBe('')
    expect(v.lastName).toBe('')
  })

  test('a ticked field is shared trimmed, an empty one is left out, the others never', () => {
    fc.assert(
      fc.property(facts, fc.subarray([...shareableFields]), (f, ticked) => {
        const choice = { ...nothingChosen, ...Object.fromEntries(ticked.map((k) => [k, true])) }
        const values = valuesFromRequest(f)
        const shared = sharedOf(values, choice)
        for (const field of shareableFields) {
          if (!ticked.includes(field) || !values[field].trim()) expect(shared[field]).toBeUndefined()
          else expect(shared[field]).toBe(values[field].trim())
        }
      }),
    )
  })
})
