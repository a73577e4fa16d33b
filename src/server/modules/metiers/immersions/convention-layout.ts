import { PDFDocument, rgb, type PDFImage, type PDFPage } from 'pdf-lib'
import { embedPlatformFonts, type FontFamily } from '../../../platform/pdf-fonts'
import { logoImage } from '../page-logo'

const PAGE = { width: 595.28, height: 841.89, margin: 46 }
const ink = rgb(0.08, 0.08, 0.1)
const muted = rgb(0.33, 0.33, 0.38)
const band = rgb(0.9, 0.92, 0.95)
const rule = rgb(0.6, 0.6, 0.65)
const LINE = 13

export interface LayoutMeta {
  title: string
  /** The PDF's dates: taken from the data, never "now", so that the same data gives the same bytes. */
  datedAt: Date
  /** The host's logo as a data: URL (PNG or JPEG), shown at the top right. */
  logoDataUrl: string | null
}

/**
 * Lays the convention out from top to bottom: title, shaded sections, labelled fields, paragraphs
 * and signature blocks, with page numbers; new pages as needed.
 */
export class ConventionLayout {
  private page!: PDFPage
  private y = 0
  private readonly pages: PDFPage[] = []

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: FontFamily,
    private readonly bold: FontFamily,
    private readonly logo: PDFImage | null,
  ) {
    this.newPage()
  }

  static async create(meta: LayoutMeta): Promise<ConventionLayout> {
    const doc = await PDFDocument.create({ updateMetadata: false })
    doc.setTitle(meta.title)
    doc.setLanguage('fr-FR')
    doc.setProducer('Lien')
    doc.setCreator('Lien')
    doc.setCreationDate(meta.datedAt)
    doc.setModificationDate(meta.datedAt)
    const fonts = await embedPlatformFonts(doc)
    const image = logoImage(meta.logoDataUrl)
    let logo: PDFImage | null = null
    try {
      if (image?.type === 'image/png') logo = await doc.embedPng(image.bytes)
      else if (image?.type === 'image/jpeg') logo = await doc.embedJpg(image.bytes)
    } catch {
      // An unreadable logo never stops the convention.
      logo = null
    }
    return new ConventionLayout(doc, fonts.regular, fonts.bold, logo)
  }

  private get width() {
    return PAGE.width - 2 * PAGE.margin
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.pages.push(this.page)
    this.y = PAGE.height - PAGE.margin
  }

  private room(height: number) {
    if (this.y - height < PAGE.margin + 20) this.newPage()
  }

  private draw(text: string, x: number, y: number, family: FontFamily, size: number, color = ink) {
    let at = x
    for (const run of family.runs(text)) {
      this.page.drawText(run.text, { x: at, y, size, font: run.font, color })
      at += run.font.widthOfTextAtSize(run.text, size)
    }
  }

  private wrap(text: string, family: FontFamily, size: number, width: number): string[] {
    const lines: string[] = []
    for (const source of text.split(/\r?\n/)) {
      let current = ''
      for (const word of source.split(/\s+/)) {
        const candidate = current ? `${current} ${word}` : word
        if (current && family.width(candidate, size) > width) {
          lines.push(current)
          current = word
        } else current = candidate
      }
      lines.push(current)
    }
    return lines
  }

  /** Title and subtitle, the logo on the right. */
  heading(title: string, subtitle: string) {
    let textWidth = this.width
    if (this.logo) {
      const scale = Math.min(110 / this.logo.width, 50 / this.logo.height, 1)
      const w = this.logo.width * scale
      const h = this.logo.height * scale
      this.page.drawImage(this.logo, { x: PAGE.width - PAGE.margin - w, y: this.y - h, width: w, height: h })
      textWidth -= w + 16
    }
    this.y -= 18
    for (const line of this.wrap(title, this.bold, 16, textWidth)) {
      this.draw(line, PAGE.margin, this.y, this.bold, 16)
      this.y -= 20
    }
    for (const line of this.wrap(subtitle, this.regular, 9, textWidth)) {
      this.draw(line, PAGE.margin, this.y, this.regular, 9, muted)
      this.y -= 12
    }
    this.y -= 6
  }

  section(text: string) {
    this.room(44)
    this.y -= 8
    this.page.drawRectangle({ x: PAGE.margin, y: this.y - 17, width: this.width, height: 19, color: band })
    this.draw(text, PAGE.margin + 6, this.y - 12.5, this.bold, 10.5)
    this.y -= 22
  }

  /** A labelled value; an empty value prints a dash. */
  field(label: string, value: string | null | undefined) {
    const size = 9.5
    const labelText = `${label} : `
    const labelWidth = Math.min(this.bold.width(labelText, size), this.width * 0.4)
    const labelLines = this.wrap(labelText, this.bold, size, labelWidth + 1)
    const lines = this.wrap(value && value.trim() ? value : '—', this.regular, size, this.width - labelWidth)
    const height = Math.max(lines.length, labelLines.length) * LINE
    this.room(height + 2)
    const top = this.y
    labelLines.forEach((line, i) =>
      this.draw(line, PAGE.margin, top - LINE * (i + 1), this.bold, size, muted),
    )
    lines.forEach((line, i) =>
      this.draw(line, PAGE.margin + labelWidth, top - LINE * (i + 1), this.regular, size),
    )
    this.y = top - height - 2
  }

  paragraph(text: string, size = 9.5, color: 'ink' | 'muted' = 'ink') {
    const lineHeight = size * 1.4
    for (const line of this.wrap(text, this.regular, size, this.width)) {
      this.room(lineHeight)
      this.y -= lineHeight
      this.draw(line, PAGE.margin, this.y, this.regular, size, color === 'muted' ? muted : ink)
    }
  }

  space(points: number) {
    this.y -= points
  }

  /** Signature blocks side by side, each with its lines and room to sign. */
  signatures(blocks: string[][]) {
    const size = 9
    const gap = 12
    const columnWidth = (this.width - gap * (blocks.length - 1)) / blocks.length
    const wrapped = blocks.map((lines) => lines.flatMap((l) => this.wrap(l, this.regular, size, columnWidth - 10)))
    const tallest = Math.max(...wrapped.map((w) => w.length))
    this.room(tallest * 12 + 70)
    const top = this.y - 6
    wrapped.forEach((lines, i) => {
      const x = PAGE.margin + i * (columnWidth + gap)
      this.page.drawRectangle({
        x,
        y: top - tallest * 12 - 62,
        width: columnWidth,
        height: tallest * 12 + 62,
        borderColor: rule,
        borderWidth: 0.6,
      })
      lines.forEach((line, j) =>
        this.draw(line, x + 5, top - 12 * (j + 1), j === 0 ? this.bold : this.regular, size),
      )
      this.draw('Signature :', x + 5, top - tallest * 12 - 20, this.regular, 8, muted)
    })
    this.y = top - tallest * 12 - 70
  }

  async save(): Promise<Uint8Array> {
    const size = 8
    this.pages.forEach((page, i) => {
      const text = `Page ${i + 1} sur ${this.pages.length}`
      const w = this.regular.width(text, size)
      let at = PAGE.width - PAGE.margin - w
      for (const run of this.regular.runs(text)) {
        page.drawText(run.text, { x: at, y: PAGE.margin - 18, size, font: run.font, color: muted })
        at += run.font.widthOfTextAtSize(run.text, size)
      }
    })
    return this.doc.save()
  }
}
