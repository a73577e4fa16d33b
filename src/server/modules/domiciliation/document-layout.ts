import { PDFDocument, rgb, type PDFPage } from 'pdf-lib'
import { embedPlatformFonts, type FontFamily } from '../../platform/pdf-fonts'

const PAGE = { width: 595.28, height: 841.89, margin: 42 }
const ink = rgb(0.08, 0.08, 0.1)
const muted = rgb(0.33, 0.33, 0.38)
const band = rgb(0.9, 0.91, 0.94)
const rule = rgb(0.6, 0.6, 0.65)

interface ParagraphOptions {
  size?: number
  bold?: boolean
  color?: 'ink' | 'muted'
  indent?: number
}

/** What every document of the chain carries in its metadata. */
export interface DocumentMeta {
  title: string
  /** The instant the document belongs to (its decision or request): the PDF's dates, never "now". */
  datedAt: Date
}

/**
 * Lays a form or a letter out from top to bottom: sections, labelled fields, boxes to tick,
 * paragraphs; new pages as needed. The output depends only on what is written: two documents
 * written the same way are the same bytes.
 */
export class DocumentWriter {
  private page!: PDFPage
  private y = 0
  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: FontFamily,
    private readonly bold: FontFamily,
  ) {
    this.newPage()
  }

  static async create(meta: DocumentMeta): Promise<DocumentWriter> {
    // No automatic metadata: pdf-lib would stamp the time of generation.
    const doc = await PDFDocument.create({ updateMetadata: false })
    doc.setTitle(meta.title)
    doc.setProducer('Lien')
    doc.setCreator('Lien')
    doc.setCreationDate(meta.datedAt)
    doc.setModificationDate(meta.datedAt)
    const fonts = await embedPlatformFonts(doc)
    return new DocumentWriter(doc, fonts.regular, fonts.bold)
  }

  private get width() {
    return PAGE.width - 2 * PAGE.margin
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.height - PAGE.margin
  }

  private room(height: number) {
    if (this.y - height < PAGE.margin) this.newPage()
  }

  private draw(text: string, x: number, y: number, family: FontFamily, size: number, color = ink) {
    let at = x
    for (const run of family.runs(text)) {
      this.page.drawText(run.text, { x: at, y, size, font: run.font, color })
      at += run.font.widthOfTextAtSize(run.text, size)
    }
  }

  /** Lines of at most `width`, cut between words; the text's own line breaks are kept. */
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

  /** The document's title, with the form's reference on the right. */
  title(text: string, reference: string, subtitle?: string) {
    this.room(60)
    const refSize = 8.5
    this.draw(
      reference,
      PAGE.width - PAGE.margin - this.regular.width(reference, refSize),
      this.y - refSize,
      this.regular,
      refSize,
      muted,
    )
    this.y -= 30
    for (const line of this.wrap(text, this.bold, 17, this.width)) {
      this.draw(line, PAGE.margin, this.y, this.bold, 17)
      this.y -= 21
    }
    if (subtitle) this.paragraph(subtitle, { size: 9, color: 'muted' })
    this.y -= 4
  }

  /** A shaded band opening a part of the form. */
  section(text: string) {
    this.room(40)
    this.y -= 6
    this.page.drawRectangle({ x: PAGE.margin, y: this.y - 17, width: this.width, height: 19, color: band })
    this.draw(text, PAGE.margin + 6, this.y - 12.5, this.bold, 10.5)
    this.y -= 22
  }

  /** A labelled value on its own line; an empty value prints a dash, never a blank to fill. */
  field(label: string, value: string | null | undefined) {
    const size = 10
    const labelText = `${label} : `
    const labelWidth = Math.min(this.bold.width(labelText, size), this.width * 0.45)
    const lines = this.wrap(value && value.trim() ? value : '—', this.regular, size, this.width - labelWidth)
    this.room(lines.length * 12.8 + 2)
    this.y -= 12.8
    this.draw(labelText, PAGE.margin, this.y, this.bold, size, muted)
    lines.forEach((line, i) => {
      if (i > 0) this.y -= 12.8
      this.draw(line, PAGE.margin + labelWidth, this.y, this.regular, size)
    })
    this.y -= 2
  }

  /** A box ticked or not, as on the paper form. */
  checkbox(label: string, checked: boolean) {
    const size = 10
    this.room(16)
    this.y -= 14
    const box = 9
    this.page.drawRectangle({
      x: PAGE.margin,
      y: this.y - 1,
      width: box,
      height: box,
      borderColor: ink,
      borderWidth: 0.8,
    })
    if (checked) {
      this.page.drawLine({
        start: { x: PAGE.margin + 1.5, y: this.y + 0.5 },
        end: { x: PAGE.margin + box - 1.5, y: this.y + box - 2.5 },
        thickness: 1.2,
        color: ink,
      })
      this.page.drawLine({
        start: { x: PAGE.margin + 1.5, y: this.y + box - 2.5 },
        end: { x: PAGE.margin + box - 1.5, y: this.y + 0.5 },
        thickness: 1.2,
        color: ink,
      })
    }
    this.draw(label, PAGE.margin + box + 6, this.y, checked ? this.bold : this.regular, size)
    this.y -= 2
  }

  paragraph(text: string, { size = 10.5, bold = false, color = 'ink', indent = 0 }: ParagraphOptions = {}) {
    const family = bold ? this.bold : this.regular
    const lineHeight = size * 1.4
    for (const line of this.wrap(text, family, size, this.width - indent)) {
      this.room(lineHeight)
      this.y -= lineHeight
      this.draw(line, PAGE.margin + indent, this.y, family, size, color === 'muted' ? muted : ink)
    }
  }

  /** Lines flush right (a letter's date and place). */
  right(text: string, size = 10.5) {
    this.room(size * 1.4)
    this.y -= size * 1.4
    this.draw(text, PAGE.margin + this.width - this.regular.width(text, size), this.y, this.regular, size)
  }

  space(points: number) {
    this.y -= points
  }

  /** Signature blocks side by side (the person on the left, the structure on the right), with room to sign. */
  signature(right: string[], left: string[] = []) {
    this.room(16 + 12.8 * Math.max(right.length, left.length) + 45)
    this.y -= 16
    const top = this.y
    const columns: [number, string[]][] = [
      [PAGE.margin, left],
      [PAGE.margin + this.width / 2, right],
    ]
    let bottom = top
    for (const [x, lines] of columns) {
      if (lines.length === 0) continue
      let y = top
      for (const line of lines) {
        y -= 12.8
        this.draw(line, x, y, this.regular, 10)
      }
      this.page.drawLine({
        start: { x, y: y - 45 },
        end: { x: x + this.width / 2 - 12, y: y - 45 },
        thickness: 0.5,
        color: rule,
      })
      bottom = Math.min(bottom, y - 45)
    }
    this.y = bottom - 8
  }

  save(): Promise<Uint8Array> {
    return this.doc.save()
  }
}
