import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { weekDays, type WeeklyHours } from '../../../../shared/modules/partenaires/directory.constants'
import { normaliseCommuneCode } from './commune-codes'
import { decodeExtract, joinDelimited, splitDelimited } from './delimited-text'
import { hoursText, readHoursText } from './hours-text'
import { encodeWindows1252 } from './fixtures/rna-samples'

const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', '"', '\n', '\r\n', ',', 'Œ', '1') })

describe('splitting a semicolon-separated extract', () => {
  it('gives back every field of every record, whatever quotes, separators and line breaks they hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        (records) => {
          // A record of empty fields only is skipped by the reader, as a blank line.
          const kept = records.filter((r) => r.some((f) => f.trim() !== ''))
          const text = records.map((r) => joinDelimited(r, ';')).join('\r\n')
          expect(splitDelimited(text, ';').map((r) => r.fields)).toEqual(kept)
        },
      ),
    )
  })

  it('numbers each record by the line it starts on', () => {
    const records = splitDelimited('a;b\r\n"x\ny";z\r\nc;d\n', ';')
    expect(records.map((r) => r.line)).toEqual([1, 2, 4])
  })

  it('reads Windows-1252 and UTF-8 alike', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', 'è', 'Œ', 'ç', 'À', '’', ';', ' ') }),
        (text) => {
          expect(decodeExtract(encodeWindows1252(text)).text).toBe(text)
          expect(decodeExtract(Buffer.from(text, 'utf-8')).text).toBe(text)
        },
      ),
    )
  })
})

describe('the arrondissements of Paris, Marseille and Lyon', () => {
  const inRange = (code: number, from: number, to: number) => code >= from && code <= to
  it('become their city; every other code stays as it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99999 }), (n) => {
        const code = String(n).padStart(5, '0')
        const expected = inRange(n, 75101, 75120)
          ? '75056'
          : inRange(n, 13201, 13216)
            ? '13055'
            : inRange(n, 69381, 69389)
              ? '69123'
              : code
        expect(normaliseCommuneCode(code)).toBe(expected)
        // Normalising twice changes nothing more.
        expect(normaliseCommuneCode(normaliseCommuneCode(code))).toBe(expected)
      }),
    )
  })
  it('keeps Corsican codes', () => {
    expect(normaliseCommuneCode('2a004')).toBe('2A004')
  })
})

describe('opening hours written by hand', () => {
  const span = fc
    .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 90 }))
    .map(([h, m, length]) => {
      const start = h * 60 + m
      const end = Math.min(start + length, 23 * 60 + 59)
      const f = (t: number) =>
        `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
      return [start, end, f] as const
    })
  const daySpans = fc.array(span, { minLength: 1, maxLength: 3 }).map((spans) => {
    // Kept apart from each other: the directory refuses overlapping or touching spans.
    const sorted = [...spans].sort((a, b) => a[0] - b[0])
    const out: [string, string][] = []
    let last = -1
    for (const [start, end, f] of sorted)
      if (start > last && end > start) {
        out.push([f(start), f(end)])
        last = end
      }
    return out
  })
  const week = fc.record(
    Object.fromEntries(weekDays.map((d) => [d, fc.option(daySpans, { nil: undefined })])),
  )

  it('read back what they were written from', () => {
    fc.assert(
      fc.property(week, (drawn) => {
        const hours = Object.fromEntries(
          Object.entries(drawn).filter(([, v]) => v && v.length),
        ) as WeeklyHours
        expect(readHoursText(hoursText(hours))).toEqual({ hours })
      }),
    )
  })

  it('understand day runs, lists and the usual ways of writing hours', () => {
    expect(readHoursText('lun-ven 9:00-12:00 14:00-17:00; sam 9:00-12:00')).toEqual({
      hours: Object.fromEntries([
        ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'].map((d) => [
          d,
          [
            ['09:00', '12:00'],
            ['14:00', '17:00'],
          ],
        ]),
        ['samedi', [['09:00', '12:00']]],
      ]),
    })
    expect(readHoursText('Mardi et jeudi : 14h à 17h30 ; dim fermé')).toEqual({
      hours: { mardi: [['14:00', '17:30']], jeudi: [['14:00', '17:30']] },
    })
    expect(readHoursText('lun-ven 9h')).toEqual({
      error: expect.stringMatching(/^« 9h » : plage horaire non reconnue/),
    })
  })
})
