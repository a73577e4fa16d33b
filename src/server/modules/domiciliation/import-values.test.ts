import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codedValues, codesOf, type CodedColumn } from '../../../shared/modules/domiciliation/exchange.values'
import {
  readCode,
  readDate,
  readEmail,
  readFileNumber,
  readPhone,
  readText,
  readYesNo,
} from './import-values'

const pad = (n: number) => String(n).padStart(2, '0')
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }))
const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`

describe('reading the values of an import', () => {
  it('reads a day written in every accepted way as the same civil date', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('/', '-', '.'), fc.boolean(), (v, sep, padded) => {
        const expected = iso(v)
        const dd = padded ? pad(v.d) : String(v.d)
        const mm = padded ? pad(v.m) : String(v.m)
        expect(readDate(`${dd}${sep}${mm}${sep}${v.y}`)).toEqual({ ok: true, value: expected })
        expect(readDate(`  ${expected} `)).toEqual({ ok: true, value: expected })
        expect(readDate(new Date(`${expected}T00:00:00Z`))).toEqual({ ok: true, value: expected })
        const serial = Math.round((Date.parse(`${expected}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000)
        expect(readDate(serial)).toEqual({ ok: true, value: expected })
      }),
    )
  })

  it('refuses a day that does not exist instead of moving it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 40 }),
        (y, m, d) => {
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
          fc.pre(d > last)
          const read = readDate(`${d}/${m}/${y}`)
          expect(read).toEqual({ ok: false, reason: `« ${d}/${m}/${y} » n’est pas une date qui existe.` })
        },
      ),
    )
    expect(readDate('31/02/1990')).toEqual({
      ok: false,
      reason: '« 31/02/1990 » n’est pas une date qui existe.',
    })
    expect(readDate('12/03/90')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/quatre chiffres/),
    })
  })

  it('answers any text with a civil date or a reason, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.integer()),
        (value) => {
          const read = readDate(value)
          if (read.ok && read.value !== null) {
            expect(read.value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(new Date(`${read.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(read.value)
          }
          for (const r of [
            readFileNumber(value),
            readPhone(value),
            readEmail(value),
            readText(value, 100),
            readYesNo(value),
          ])
            expect(r.ok || typeof r.reason === 'string').toBe(true)
        },
      ),
    )
  })

  it('reads every code and label of each coded column, whatever the case, accents and spaces', () => {
    const columns = Object.keys(codedValues) as CodedColumn[]
    const scramble = (s: string, upper: boolean) =>
      ` ${(upper ? s.toUpperCase() : s.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '')}  `
    fc.assert(
      fc.property(fc.constantFrom(...columns), fc.boolean(), (column, upper) => {
        for (const [code, label] of Object.entries(codedValues[column].labels)) {
          expect(readCode(column, scramble(code, upper))).toEqual({ ok: true, value: code })
          expect(readCode(column, scramble(label, upper))).toEqual({ ok: true, value: code })
        }
      }),
    )
    expect(readCode('requestKind', 'PREMIERE_DOM')).toEqual({ ok: true, value: 'PREMIERE' })
    expect(readCode('gender', 'H')).toEqual({ ok: true, value: 'homme' })
    expect(readCode('relation', 'ENFANT')).toEqual({ ok: true, value: 'enfant' })
  })

  it('names the accepted codes when a code is unknown', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z_]{3,12}$/), (code) => {
        fc.pre(readCode('radiationMotive', code).ok === false)
        const read = readCode('radiationMotive', code)
        expect(read).toEqual({
          ok: false,
          reason: `code « ${code} » inconnu (codes acceptés : ${codesOf('radiationMotive').join(', ')}).`,
        })
      }),
    )
  })

  it('reads file numbers, phones kept as numbers by a spreadsheet, e-mails and yes-or-no answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        expect(readFileNumber(String(n))).toEqual({ ok: true, value: n })
        expect(readFileNumber(n)).toEqual({ ok: true, value: n })
      }),
    )
    expect(readFileNumber('15b')).toEqual({
      ok: false,
      reason: '« 15b » n’est pas un numéro (nombre entier attendu).',
    })
    expect(readFileNumber('0')).toMatchObject({ ok: false })
    expect(readPhone(612345678)).toEqual({ ok: true, value: '+33612345678' })
    expect(readPhone('03 81 00 00 00')).toEqual({ ok: true, value: '+33381000000' })
    expect(readPhone('12')).toMatchObject({ ok: false })
    expect(readEmail(' Zoe@Exemple.FR ')).toEqual({ ok: true, value: 'zoe@exemple.fr' })
    expect(readEmail('zoe@')).toMatchObject({ ok: false })
    expect(readYesNo('oui')).toEqual({ ok: true, value: true })
    expect(readYesNo('NON')).toEqual({ ok: true, value: false })
    expect(readYesNo(true)).toEqual({ ok: true, value: true })
    expect(readYesNo('peut-être')).toMatchObject({
      ok: false,
      reason: '« peut-être » : répondez OUI ou NON.',
    })
    expect(readText('a\u0001b', 10)).toMatchObject({ ok: false })
    expect(readText('x'.repeat(11), 10)).toEqual({ ok: false, reason: '10 caractères au plus.' })
  })
})
