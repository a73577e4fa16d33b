import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

const require = createRequire(import.meta.url)

/** The platform's legible typeface, Latin then Latin Extended: every accent of a French (and most European) name. */
const fontFiles = {
  regular: ['latin-400-normal', 'latin-ext-400-normal'],
  bold: ['latin-700-normal', 'latin-ext-700-normal'],
}

const fontBytes = new Map<string, Buffer>()
function fontFile(name: string): Buffer {
  let bytes = fontBytes.get(name)
  if (!bytes) {
    bytes = readFileSync(
      require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${name}.woff`),
    )
    fontBytes.set(name, bytes)
  }
  return bytes
}

/** A family of fonts tried in order for each character; a character none has is printed as "?". */
export class FontFamily {
  private readonly sets: Set<number>[]
  constructor(readonly fonts: PDFFont[]) {
    this.sets = fonts.map((f) => new Set(f.getCharacterSet()))
  }

  /** The text cut into runs, each with the first font that can draw it. */
  runs(text: string): { font: PDFFont; text: string }[] {
    const out: { font: PDFFont; text: string }[] = []
    for (const char of text) {
      const code = char.codePointAt(0)!
      let index = this.sets.findIndex((s) => s.has(code))
      let drawn = char
      if (index < 0) {
        // Narrow and non-breaking spaces (French dates, « guillemets ») fall back to a plain space.
        drawn = /\s/u.test(char) ? ' ' : '?'
        index = this.sets.findIndex((s) => s.has(drawn.codePointAt(0)!))
        if (index < 0) index = 0
      }
      const last = out[out.length - 1]
      if (last && last.font === this.fonts[index]) last.text += drawn
      else out.push({ font: this.fonts[index]!, text: drawn })
    }
    return out
  }

  width(text: string, size: number) {
    return this.runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0)
  }
}

/** Embeds the regular and bold families (subset) into a document. */
export async function embedPlatformFonts(
  doc: PDFDocument,
): Promise<{ regular: FontFamily; bold: FontFamily }> {
  doc.registerFontkit(fontkit)
  const embed = async (names: string[]) =>
    new FontFamily(await Promise.all(names.map((n) => doc.embedFont(fontFile(n), { subset: true }))))
  return { regular: await embed(fontFiles.regular), bold: await embed(fontFiles.bold) }
}
