import { PDFDocument, rgb, type PDFImage, type PDFPage, type RGB } from 'pdf-lib'
import QRCode from 'qrcode'
import {
  BidiText,
  embedArabicFonts,
  type Direction,
  type Line,
  type Span,
} from '../../../platform/pdf-arabic'
import { embedPlatformFonts } from '../../../platform/pdf-fonts'
import { drawPictogram, type Pictogram } from './pictograms'

const PAGE = { width: 595.28, height: 841.89, margin: 40 }
export const ink = rgb(0.08, 0.08, 0.1)
export const muted = rgb(0.33, 0.33, 0.38)
const rule = rgb(0.75, 0.76, 0.8)

/** Type sizes and spacing: the FALC layout uses bigger type, more room and bigger pictograms. */
export interface SheetStyle {
  body: number
  heading: number
  title: number
  small: number
  lineGap: number
  pictogram: number
  blockGap: number
  qr: number
  mapHeight: number
}
export const sheetStyles: Record<'plain' | 'falc', SheetStyle> = {
  plain: {
    body: 10.5,
    heading: 11.5,
    title: 19,
    small: 8.5,
    lineGap: 1.36,
    pictogram: 22,
    blockGap: 9,
    qr: 92,
    mapHeight: 150,
  },
  falc: {
    body: 14,
    heading: 15,
    title: 24,
    small: 11,
    lineGap: 1.6,
    pictogram: 34,
    blockGap: 18,
    qr: 120,
    mapHeight: 190,
  },
}

/** `**key words**` in bold. */
export function markup(text: string): Span[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? { text: part.slice(2, -2), bold: true } : { text: part }))
}

/** One paragraph of a block: its spans and the direction it is read in. */
export interface Paragraph {
  spans: Span[]
  /** `auto` for the directory's own texts: a French text stays left to right in an Arabic sheet. */
  direction?: Direction
  color?: 'ink' | 'muted'
  size?: 'body' | 'small'
}

export interface SheetMeta {
  title: string
  lang: string
  /** The day printed, as an instant: the PDF's dates, so the same day gives the same bytes. */
  datedAt: Date
  rtl: boolean
  /** Some text is in Arabic script (the Arabic sheet, or an entry's name written in Arabic). */
  arabic: boolean
  style: SheetStyle
  accent: RGB
}

/**
 * Lays the sheet out from top to bottom, mirrored for a right-to-left language (pictograms on the
 * right, text flush right), with new pages as needed.
 */
export class SheetWriter {
  page!: PDFPage
  private y = 0
  private pages: PDFPage[] = []

  private constructor(
    readonly doc: PDFDocument,
    readonly text: BidiText,
    readonly meta: SheetMeta,
  ) {
    this.newPage()
  }

  static async create(meta: SheetMeta): Promise<SheetWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false })
    doc.setTitle(meta.title)
    doc.setLanguage(meta.lang)
    doc.setProducer('Lien')
    doc.setCreator('Lien')
    doc.setCreationDate(meta.datedAt)
    doc.setModificationDate(meta.datedAt)
    const latin = await embedPlatformFonts(doc)
    // The Arabic fonts weigh about 400 KB: embedded only when some text of the sheet needs them.
    const arabic = meta.arabic ? await embedArabicFonts(doc) : null
    const text = new BidiText({
      regular: latin.regular,
      bold: latin.bold,
      ...(arabic ? { arabic: arabic.regular, arabicBold: arabic.bold } : {}),
    })
    return new SheetWriter(doc, text, meta)
  }

  get style() {
    return this.meta.style
  }
  get contentWidth() {
    return PAGE.width - 2 * PAGE.margin
  }
  get left() {
    return PAGE.margin
  }
  get right() {
    return PAGE.width - PAGE.margin
  }
  private get direction(): Direction {
    return this.meta.rtl ? 'rtl' : 'ltr'
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.pages.push(this.page)
    this.y = PAGE.height - PAGE.margin
  }

  /** Room for `height` points above the footer, or a new page. */
  private room(height: number) {
    if (this.y - height < PAGE.margin + 24) this.newPage()
  }

  space(points: number) {
    this.y -= points
  }

  lines(spans: Span[], size: number, width: number): Line[] {
    return this.text.wrap(spans, size, width)
  }

  /** Draws one line inside [x, x + width], flush left or right as the sheet reads. */
  drawLine(
    line: Line,
    x: number,
    width: number,
    baseline: number,
    size: number,
    color: RGB,
    direction: Direction,
  ) {
    const w = this.text.lineWidth(line, size)
    const at = this.meta.rtl ? x + width - w : x
    this.text.draw(this.page, line, at, baseline, size, color, direction)
  }

  /** The keeping organisation's identity: logo and name, and the date printed on the other side. */
  header(name: string, caption: string, printed: string, logo: PDFImage | null) {
    const s = this.style
    const logoHeight = 34
    const logoWidth = logo ? Math.min(110, (logo.width / logo.height) * logoHeight) : 0
    const top = this.y
    const textWidth = this.contentWidth * 0.6
    const nameX = this.meta.rtl
      ? this.left + this.contentWidth - textWidth - (logo ? logoWidth + 10 : 0)
      : this.left + (logo ? logoWidth + 10 : 0)
    if (logo) {
      const lx = this.meta.rtl ? this.right - logoWidth : this.left
      this.page.drawImage(logo, { x: lx, y: top - logoHeight, width: logoWidth, height: logoHeight })
    }
    let y = top - s.heading
    for (const line of this.lines([{ text: name, bold: true }], s.heading, textWidth)) {
      this.drawLine(line, nameX, textWidth, y, s.heading, ink, 'auto')
      y -= s.heading * 1.25
    }
    for (const line of this.lines(markup(caption), s.small + 1, textWidth)) {
      this.drawLine(line, nameX, textWidth, y, s.small + 1, muted, this.direction)
      y -= (s.small + 1) * 1.3
    }
    // The date on the opposite side.
    const dateSize = s.small + 1
    let dateY = top - dateSize
    for (const line of this.lines([{ text: printed }], dateSize, this.contentWidth * 0.36)) {
      const dw = this.text.lineWidth(line, dateSize)
      this.text.draw(
        this.page,
        line,
        this.meta.rtl ? this.left : this.right - dw,
        dateY,
        dateSize,
        muted,
        this.direction,
      )
      dateY -= dateSize * 1.3
    }
    y = Math.min(y, dateY)
    this.y = Math.min(y, top - logoHeight) - 8
    this.page.drawLine({
      start: { x: this.left, y: this.y },
      end: { x: this.right, y: this.y },
      thickness: 2,
      color: this.meta.accent,
    })
    this.y -= 12
  }

  /** A paragraph across the whole width. */
  paragraph(p: Paragraph, size = this.style.body) {
    const height = size * this.style.lineGap
    for (const line of this.lines(p.spans, size, this.contentWidth)) {
      this.room(height)
      this.y -= height
      this.drawLine(
        line,
        this.left,
        this.contentWidth,
        this.y,
        size,
        p.color === 'muted' ? muted : ink,
        p.direction ?? this.direction,
      )
    }
  }

  title(kicker: string, name: string) {
    const s = this.style
    this.paragraph({ spans: [{ text: kicker }], direction: 'auto', color: 'muted' }, s.heading)
    this.paragraph({ spans: [{ text: name, bold: true }], direction: 'auto' }, s.title)
    this.y -= s.blockGap
  }

  /** A block: the pictogram beside a heading and its paragraphs. */
  block(pictogram: Pictogram, heading: string, paragraphs: Paragraph[]) {
    const s = this.style
    const gutter = s.pictogram + 12
    const width = this.contentWidth - gutter
    const textX = this.meta.rtl ? this.left : this.left + gutter
    const headingLines = this.lines(markup(heading), s.heading, width)
    const bodies = paragraphs.map((p) => {
      const size = p.size === 'small' ? s.small + 1 : s.body
      return { p, size, lines: this.lines(p.spans, size, width) }
    })
    const headingHeight = headingLines.length * s.heading * 1.3
    const firstBody = bodies[0] ? bodies[0].size * s.lineGap : 0
    // The heading and the first line never part; a block that fits a page never splits.
    const total = headingHeight + bodies.reduce((h, b) => h + b.lines.length * b.size * s.lineGap + 2, 0)
    this.room(
      total <= PAGE.height - 2 * PAGE.margin - 40 ? Math.max(total, s.pictogram) : headingHeight + firstBody,
    )
    const top = this.y
    drawPictogram(
      this.page,
      pictogram,
      this.meta.rtl ? this.right - s.pictogram : this.left,
      top,
      s.pictogram,
      this.meta.accent,
    )
    for (const line of headingLines) {
      this.y -= s.heading * 1.3
      this.drawLine(
        line,
        textX,
        width,
        this.y + s.heading * 0.28,
        s.heading,
        this.meta.accent,
        this.direction,
      )
    }
    for (const body of bodies) {
      const height = body.size * s.lineGap
      for (const line of body.lines) {
        this.room(height)
        this.y -= height
        const color = body.p.color === 'muted' ? muted : ink
        this.drawLine(
          line,
          textX,
          width,
          this.y + body.size * 0.2,
          body.size,
          color,
          body.p.direction ?? this.direction,
        )
      }
      this.y -= 2
    }
    this.y = Math.min(this.y, top - s.pictogram) - s.blockGap
  }

  /**
   * The map beside the QR code (mirrored in Arabic), with a caption under the map. `drawMap`
   * draws inside the box it is given.
   */
  async mapRow(
    /** Null when there is no place to show: the QR code alone. */
    drawMap: ((box: { x: number; y: number; width: number; height: number }) => Promise<void>) | null,
    qrUrl: string,
    qrCaption: string,
    caption: Paragraph[],
  ) {
    const s = this.style
    const gap = 16
    const mapWidth = this.contentWidth - s.qr - gap
    const captionSize = s.small + 1
    const captionLines = caption.map((p) => ({ p, lines: this.lines(p.spans, captionSize, mapWidth) }))
    const captionHeight = captionLines.reduce((h, c) => h + c.lines.length * captionSize * 1.35, 0)
    const mapHeight = drawMap ? s.mapHeight : 0
    this.room(Math.max(mapHeight + captionHeight, s.qr + 30) + 8)
    const top = this.y
    const mapX = this.meta.rtl ? this.right - mapWidth : this.left
    if (drawMap) await drawMap({ x: mapX, y: top - mapHeight, width: mapWidth, height: mapHeight })
    let y = top - mapHeight - 4
    for (const { p, lines } of captionLines)
      for (const line of lines) {
        y -= captionSize * 1.35
        this.drawLine(
          line,
          mapX,
          mapWidth,
          y,
          captionSize,
          p.color === 'muted' ? muted : ink,
          p.direction ?? this.direction,
        )
      }
    const qrX = this.meta.rtl ? this.left : this.right - s.qr
    this.qr(qrUrl, qrX, top, s.qr)
    let qy = top - s.qr - 2
    for (const line of this.lines(markup(qrCaption), captionSize, s.qr)) {
      qy -= captionSize * 1.3
      const w = this.text.lineWidth(line, captionSize)
      this.text.draw(this.page, line, qrX + (s.qr - w) / 2, qy, captionSize, muted, this.direction)
    }
    this.y = Math.min(y, qy) - s.blockGap
  }

  /** A QR code drawn as vector squares, with its quiet zone. */
  private qr(url: string, x: number, top: number, size: number) {
    const code = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const n = code.modules.size
    const cell = size / (n + 4)
    this.page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) })
    for (let row = 0; row < n; row++) {
      let col = 0
      while (col < n) {
        if (!code.modules.get(row, col)) {
          col++
          continue
        }
        const start = col
        while (col < n && code.modules.get(row, col)) col++
        this.page.drawRectangle({
          x: x + (start + 2) * cell,
          y: top - (row + 3) * cell,
          width: (col - start) * cell,
          height: cell,
          color: ink,
        })
      }
    }
  }

  /** The footer of every page: the directory's line and the page number when there are several. */
  footer(text: string) {
    const s = this.style
    const size = s.small
    this.pages.forEach((page, i) => {
      const y = PAGE.margin - 6
      page.drawLine({
        start: { x: this.left, y: y + size + 6 },
        end: { x: this.right, y: y + size + 6 },
        thickness: 0.5,
        color: rule,
      })
      const line = this.lines([{ text }], size, this.contentWidth - 40)[0] ?? []
      const w = this.text.lineWidth(line, size)
      this.text.draw(page, line, this.meta.rtl ? this.right - w : this.left, y, size, muted, this.direction)
      if (this.pages.length > 1) {
        const number = `${i + 1}/${this.pages.length}`
        const nw = this.text.width(number, false, size)
        this.text.draw(
          page,
          [{ text: number, bold: false, ltr: true, space: false }],
          this.meta.rtl ? this.left : this.right - nw,
          y,
          size,
          muted,
          'ltr',
        )
      }
    })
  }

  save(): Promise<Uint8Array> {
    return this.doc.save()
  }
}
