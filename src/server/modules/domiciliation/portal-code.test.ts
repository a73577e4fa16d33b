import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSecrets, randomToken } from '../../platform/secrets'
import { fileNumberIn } from './desk.service'
import { newPortalCode, normalisePortalCode, PORTAL_CODE_ALPHABET, portalCodeHash } from './portal-code'

const secrets = createSecrets(randomToken(48))
const fileA = '01900000-0000-7000-8000-00000000000a'
const fileB = '01900000-0000-7000-8000-00000000000b'

describe('portal codes', () => {
  it('are 8 unambiguous symbols, different each time', () => {
    const codes = Array.from({ length: 200 }, newPortalCode)
    for (const code of codes)
      expect(code).toMatch(new RegExp(`^[${PORTAL_CODE_ALPHABET}]{4}-[${PORTAL_CODE_ALPHABET}]{4}$`))
    expect(new Set(codes).size).toBe(codes.length)
    expect(PORTAL_CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it('are recognised however they are typed: case, spaces and dashes do not matter (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Array.from({ length: 20 }, newPortalCode)),
        fc.array(fc.constantFrom(' ', '-', ''), { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        (code, seps, lower) => {
          const bare = code.replace('-', '')
          const typed = [...bare].map((c, i) => seps[i] + (lower ? c.toLowerCase() : c)).join('') + seps[8]
          expect(portalCodeHash(secrets, fileA, typed)).toBe(portalCodeHash(secrets, fileA, code))
        },
      ),
    )
  })

  it('hash differently for another file, another code or another secret (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        fc.pre(normalisePortalCode(a) !== normalisePortalCode(b))
        expect(portalCodeHash(secrets, fileA, a)).not.toBe(portalCodeHash(secrets, fileA, b))
        expect(portalCodeHash(secrets, fileA, a)).not.toBe(portalCodeHash(secrets, fileB, a))
        expect(portalCodeHash(createSecrets(randomToken(48)), fileA, a)).not.toBe(
          portalCodeHash(secrets, fileA, a),
        )
      }),
    )
  })
})

describe('desk search query', () => {
  it('reads a file number however it is written, and anything else as a name (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.constantFrom('', 'n°', 'N° ', 'no ', 'No.', '#', '  '),
        (n, prefix) => {
          expect(fileNumberIn(`${prefix}${n}`)).toBe(n)
        },
      ),
    )
    fc.assert(
      fc.property(fc.string(), (q) => {
        const found = fileNumberIn(q)
        if (found !== undefined) expect(q).toMatch(/\d/)
        if (/[a-mp-zA-MP-Z]/.test(q.replace(/n°|no/gi, ''))) expect(found).toBeUndefined()
      }),
    )
    expect(fileNumberIn('Hélène 12')).toBeUndefined()
  })
})
