import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import fontkit, { type Font as KitFont } from '@pdf-lib/fontkit'
import bidiFactory from 'bidi-js'
import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  PDFHexString,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
  type RGB,
} from 'pdf-lib'
import type { FontFamily } from './pdf-fonts'

const require = createRequire(import.meta.url)
const bidi = bidiFactory()

/** Letters drawn with the Arabic font; everything else (Latin, digits, spaces, punctuation) with the platform's. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u
/** Directional marks and isolates: they steer the bidi algorithm and are never drawn. */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
const LRI = '\u2066'
const PDI = '\u2069'

export const hasArabic = (text: string) => ARABIC_SCRIPT.test(text)

/**
 * An Arabic font whose glyphs are laid out by fontkit (contextual forms, lam-alef, marks placed by
 * GPOS) and drawn one by one at their positions. pdf-lib's own drawText shapes the letters but
 * ignores the positioning table, and Noto Sans Arabic draws the dots of its letters as separate
 * marks placed by that table: they would all land on the baseline.
 */
export class ShapingFont {
  constructor(
    readonly pdf: PDFFont,
    readonly kit: KitFont,
  ) {}

  private readonly keys = new WeakMap<PDFPage, PDFName>()
  private fontKey(page: PDFPage) {
    let key = this.keys.get(page)
    if (!key) this.keys.set(page, (key = page.node.newFontDictionary(this.pdf.name, this.pdf.ref)))
    return key
  }

  /** Glyphs of a run written in logical order, returned in visual (left-to-right) order. */
  shape(text: string) {
    return this.kit.layout(text)
  }

  width(text: string, size: number) {
    const run = this.shape(text)
    return (run.positions.reduce((w, p) => w + p.xAdvance, 0) * size) / this.kit.unitsPerEm
  }

  /** Draws `text` (logical order) with its left edge at `x`; returns the width drawn. */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, color: RGB) {
    const run = this.shape(text)
    // encodeText lays the text out the same way and gives the glyph ids as the embedded font knows them.
    const hex = this.pdf.encodeText(text).asString()
    if (hex.length !== run.glyphs.length * 4) throw new Error('Arabic glyph run and embedded glyphs disagree')
    const key = this.fontKey(page)
    const scale = size / this.kit.unitsPerEm
    const ops = [pushGraphicsState(), setFillingRgbColor(color.red, color.green, color.blue), beginText()]
    ops.push(setFontAndSize(key, size))
    let pen = 0
    run.positions.forEach((p, i) => {
      const gx = x + (pen + p.xOffset) * scale
      const gy = y + p.yOffset * scale
      ops.push(setTextMatrix(1, 0, 0, 1, gx, gy), showText(PDFHexString.of(hex.slice(i * 4, i * 4 + 4))))
      pen += p.xAdvance
    })
    ops.push(endText(), popGraphicsState())
    page.pushOperators(...ops)
    return pen * scale
  }
}

/**
 * The TrueType font inside a WOFF 1 file (its tables, inflated). pdf-lib embeds a font file as it
 * is, and a PDF reader does not read WOFF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF font')
  const numTables = woff.readUInt16BE(12)
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20
    const offset = woff.readUInt32BE(at + 4)
    const compressed = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const raw = woff.subarray(offset, offset + compressed)
    return {
      tag: woff.toString('latin1', at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(raw) : Buffer.from(raw),
    }
  })
  const headerSize = 12 + 16 * numTables
  const out = Buffer.alloc(tables.reduce((size, t) => size + ((t.data.length + 3) & ~3), headerSize))
  out.writeUInt32BE(woff.readUInt32BE(4), 0)
  out.writeUInt16BE(numTables, 4)
  const log = Math.floor(Math.log2(numTables))
  out.writeUInt16BE(2 ** log * 16, 6)
  out.writeUInt16BE(log, 8)
  out.writeUInt16BE(numTables * 16 - 2 ** log * 16, 10)
  let offset = headerSize
  tables.forEach((t, i) => {
    const at = 12 + i * 16
    out.write(t.tag, at, 'latin1')
    out.writeUInt32BE(t.checksum, at + 4)
    out.writeUInt32BE(offset, at + 8)
    out.writeUInt32BE(t.data.length, at + 12)
    t.data.copy(out, offset)
    offset += (t.data.length + 3) & ~3
  })
  return out
}

const arabicFonts = new Map<number, { bytes: Buffer; kit: KitFont }>()
function arabicFont(weight: 400 | 700) {
  let font = arabicFonts.get(weight)
  if (!font) {
    const woff = readFileSync(
      require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`),
    )
    const bytes = woffToSfnt(woff)
    arabicFonts.set(weight, (font = { bytes, kit: fontkit.create(bytes) }))
  }
  return font
}

/**
 * Embeds Noto Sans Arabic (a glyf font: it embeds, where a CFF one would not), regular and bold.
 * Whole: fontkit's subset of this font loses most of the contextual forms (checked by rendering).
 */
export async function embedArabicFonts(
  doc: PDFDocument,
): Promise<{ regular: ShapingFont; bold: ShapingFont }> {
  doc.registerFontkit(fontkit)
  const embed = async (weight: 400 | 700) => {
    const { bytes, kit } = arabicFont(weight)
    return new ShapingFont(await doc.embedFont(bytes, { subset: false }), kit)
  }
  return { regular: await embed(400), bold: await embed(700) }
}

/** A piece of text in one style. `ltr` keeps it left to right inside a right-to-left line (a phone number, a name). */
export interface Span {
  text: string
  bold?: boolean
  ltr?: boolean
}

export interface BidiFonts {
  regular: FontFamily
  bold: FontFamily
  /** Without them, Arabic letters print as "?" like any character the platform's fonts lack. */
  arabic?: ShapingFont
  arabicBold?: ShapingFont
}

/** A word or a space of a wrapped line, in logical order. */
interface Token {
  text: string
  bold: boolean
  ltr: boolean
  space: boolean
}
export type Line = Token[]

export type Direction = 'ltr' | 'rtl' | 'auto'

export interface VisualRun {
  rtl: boolean
  arabic: boolean
  bold: boolean
  chars: string[]
}

/**
 * Text in any mix of Latin and Arabic: wrapped in logical order, then each line ordered by the
 * Unicode bidi algorithm (numbers and Latin names inside an Arabic line stay left to right),
 * Arabic runs shaped by fontkit, Latin runs drawn with the platform's fonts.
 */
export class BidiText {
  constructor(private readonly fonts: BidiFonts) {}

  private latin(bold: boolean) {
    return bold ? this.fonts.bold : this.fonts.regular
  }
  private arabic(bold: boolean) {
    return (bold ? this.fonts.arabicBold : this.fonts.arabic)!
  }
  private isArabic(char: string) {
    return this.fonts.arabic !== undefined && ARABIC_SCRIPT.test(char)
  }

  /** Pieces of one script, in logical order. */
  private pieces(text: string): { arabic: boolean; text: string }[] {
    const out: { arabic: boolean; text: string }[] = []
    for (const char of text) {
      if (BIDI_CONTROL.test(char)) continue
      const arabic = this.isArabic(char)
      const last = out[out.length - 1]
      if (last && last.arabic === arabic) last.text += char
      else out.push({ arabic, text: char })
    }
    return out
  }

  width(text: string, bold: boolean, size: number) {
    return this.pieces(text).reduce(
      (w, p) => w + (p.arabic ? this.arabic(bold).width(p.text, size) : this.latin(bold).width(p.text, size)),
      0,
    )
  }

  lineWidth(line: Line, size: number) {
    return line.reduce((w, t) => w + this.width(t.text, t.bold, size), 0)
  }

  /** Lines of at most `width`, cut between words (inside a word only when it is wider than a line). */
  wrap(spans: Span[], size: number, width: number): Line[] {
    const lines: Line[] = [[]]
    let current = 0
    const push = (token: Token) => {
      const line = lines[lines.length - 1]!
      const w = this.width(token.text, token.bold, size)
      if (token.space) {
        if (line.length > 0) {
          line.push(token)
          current += w
        }
        return
      }
      if (line.length > 0 && current + w > width) {
        while (line.length > 0 && line[line.length - 1]!.space) line.pop()
        lines.push([])
        current = 0
      }
      if (w > width) {
        // A word wider than the line (a long e-mail address): cut it where it overflows.
        let piece = ''
        for (const char of token.text) {
          if (piece && this.width(piece + char, token.bold, size) > width) {
            lines[lines.length - 1]!.push({ ...token, text: piece })
            lines.push([])
            piece = ''
          }
          piece += char
        }
        lines[lines.length - 1]!.push({ ...token, text: piece })
        current = this.width(piece, token.bold, size)
        return
      }
      lines[lines.length - 1]!.push(token)
      current += w
    }
    for (const span of spans) {
      const bold = span.bold ?? false
      const ltr = span.ltr ?? false
      span.text.split(/(\n)/).forEach((part) => {
        if (part === '\n') {
          lines.push([])
          current = 0
          return
        }
        // Breaks at spaces and tabs only: a no-break space keeps "9 h" or "17 heures 30" on one line.
        for (const word of part.split(/([ \t]+)/)) {
          if (!word) continue
          const space = /^[ \t]+$/.test(word)
          push({ text: space ? ' ' : word, bold, ltr, space })
        }
      })
    }
    for (const line of lines) while (line.length > 0 && line[line.length - 1]!.space) line.pop()
    return lines
  }

  /**
   * The line's runs from left to right: each of one direction, one script and one weight, its
   * characters in visual order (brackets mirrored in right-to-left runs).
   */
  visualRuns(line: Line, direction: Direction): VisualRun[] {
    // The line's text with its styles, the left-to-right spans wrapped in isolates.
    let text = ''
    const styles: { bold: boolean; control: boolean }[] = []
    const add = (s: string, bold: boolean, control: boolean) => {
      for (const char of s) {
        text += char
        for (let i = 0; i < char.length; i++) styles.push({ bold, control })
      }
    }
    let isolated = false
    for (const token of line) {
      const opensIsolate = token.ltr && !token.space
      if (opensIsolate && !isolated) {
        add(LRI, false, true)
        isolated = true
      } else if (!token.ltr && isolated) {
        add(PDI, false, true)
        isolated = false
      }
      add(token.text, token.bold, false)
    }
    if (isolated) add(PDI, false, true)
    if (!text) return []

    const levels = bidi.getEmbeddingLevels(text, direction)
    const mirrored = bidi.getMirroredCharactersMap(text, levels.levels)
    const order = bidi.getReorderedIndices(text, levels)

    const runs: VisualRun[] = []
    for (const index of order) {
      const style = styles[index]!
      if (style.control) continue
      const char = mirrored.get(index) ?? text[index]!
      const rtl = (levels.levels[index]! & 1) === 1
      const arabic = this.isArabic(char)
      const last = runs[runs.length - 1]
      if (last && last.rtl === rtl && last.arabic === arabic && last.bold === style.bold)
        last.chars.push(char)
      else runs.push({ rtl, arabic, bold: style.bold, chars: [char] })
    }

    return runs
  }

  /** Draws a line with its left edge at `x`, in visual order for the paragraph's direction. */
  draw(page: PDFPage, line: Line, x: number, y: number, size: number, color: RGB, direction: Direction) {
    const runs = this.visualRuns(line, direction)
    let at = x
    for (const run of runs) {
      if (run.arabic) {
        // The shaper wants logical order: a right-to-left run is read back from its visual order.
        const logical = run.rtl ? [...run.chars].reverse().join('') : run.chars.join('')
        at += this.arabic(run.bold).draw(page, logical, at, y, size, color)
      } else {
        const family = this.latin(run.bold)
        for (const piece of family.runs(run.chars.join(''))) {
          page.drawText(piece.text, { x: at, y, size, font: piece.font, color })
          at += piece.font.widthOfTextAtSize(piece.text, size)
        }
      }
    }
    return at - x
  }
}
