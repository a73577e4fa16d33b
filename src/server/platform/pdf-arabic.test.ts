import fc from 'fast-check'
import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { BidiText, embedArabicFonts, type ShapingFont } from './pdf-arabic'
import { embedPlatformFonts } from './pdf-fonts'

let text: BidiText
let arabic: ShapingFont

beforeAll(async () => {
  const doc = await PDFDocument.create()
  const latin = await embedPlatformFonts(doc)
  const ar = await embedArabicFonts(doc)
  arabic = ar.regular
  text = new BidiText({ regular: latin.regular, bold: latin.bold, arabic: ar.regular, arabicBold: ar.bold })
})

const visual = (spans: Parameters<BidiText['wrap']>[0], direction: 'ltr' | 'rtl' | 'auto' = 'rtl') =>
  text.visualRuns(text.wrap(spans, 12, 10_000)[0]!, direction)

describe('Arabic shaping', () => {
  it('joins the letters: contextual forms differ from the isolated letters', () => {
    const word = 'ساعات'
    const shaped = arabic.shape(word).glyphs.map((g) => g.id)
    const isolated = [...word].map((c) => arabic.kit.glyphForCodePoint(c.codePointAt(0)!).id)
    // Visual order is right to left: the shaped run reads back to front.
    expect(shaped.length).toBeGreaterThanOrEqual(word.length)
    expect(shaped).not.toEqual(isolated.reverse())
    const seen = new Set(shaped)
    expect(isolated.filter((id) => seen.has(id)).length).toBeLessThan(word.length)
  })

  it('places the dots of the letters as marks, off the baseline', () => {
    const run = arabic.shape('اللغات المتحدثة')
    expect(run.positions.some((p) => p.yOffset !== 0 || p.xOffset !== 0)).toBe(true)
  })

  it('lays out the glyphs right to left, the last letter first', () => {
    // Dots are separate marks without a character of their own: the letters are the others.
    const letters = arabic
      .shape('من')
      .glyphs.map((g) => g.codePoints)
      .filter((c) => c.length > 0)
    expect(letters).toEqual([['ن'.codePointAt(0)], ['م'.codePointAt(0)]])
  })
})

describe('bidi lines', () => {
  it('keeps a phone number left to right at the left of an Arabic label', () => {
    const runs = visual([{ text: 'الهاتف: ' }, { text: '03 81 41 21 21', ltr: true }])
    const joined = runs.map((r) => r.chars.join('')).join('')
    expect(joined.startsWith('03 81 41 21 21')).toBe(true)
    expect(runs.at(-1)!.arabic).toBe(true)
    // The Arabic run, in visual order, is the label reversed.
    expect(runs.at(-1)!.chars.join('')).toBe([...'الهاتف'].reverse().join(''))
  })

  it('keeps a French address left to right inside an Arabic sheet', () => {
    const runs = visual([{ text: '12 rue de la Gare, 25000 Besançon' }], 'auto')
    expect(runs.map((r) => r.chars.join('')).join('')).toBe('12 rue de la Gare, 25000 Besançon')
  })

  it('mirrors brackets in a right-to-left line', () => {
    const runs = visual([{ text: 'العربية (الفصحى)' }])
    const joined = runs.map((r) => r.chars.join('')).join('')
    // The closing bracket ends up leftmost, drawn as an opening one: "(الفصحى) العربية" on paper.
    expect(joined.startsWith('(')).toBe(true)
    expect(joined.indexOf('(')).toBeLessThan(joined.indexOf(')'))
  })

  it('draws Latin text as written, whatever it is (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,.'’-]{1,60}$/), (s) => {
        const line = text.wrap([{ text: s }], 12, 100_000)[0]!
        const expected = line.map((t) => t.text).join('')
        expect(
          text
            .visualRuns(line, 'ltr')
            .map((r) => r.chars.join(''))
            .join(''),
        ).toBe(expected)
      }),
    )
  })

  it('reverses words of Arabic letters in a right-to-left line (property)', () => {
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي']
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((a) => a.join(''))
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const s = words.join(' ')
        const runs = visual([{ text: s }])
        expect(runs.map((r) => r.chars.join('')).join('')).toBe([...s].reverse().join(''))
      }),
    )
  })
})

describe('wrapping', () => {
  it('never exceeds the width, except a single word wider than a line, which is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,30}$/), { minLength: 1, maxLength: 40 }), (words) => {
        const lines = text.wrap([{ text: words.join(' ') }], 10, 120)
        for (const line of lines) expect(text.lineWidth(line, 10)).toBeLessThanOrEqual(120.001)
        expect(
          lines
            .flat()
            .filter((t) => !t.space)
            .map((t) => t.text)
            .join(''),
        ).toBe(words.join(''))
      }),
    )
  })
})
