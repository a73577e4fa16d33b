import { PDFDocument, rgb, type PDFPage } from 'pdf-lib'
import type { AnnualReportView } from '../../../shared/modules/domiciliation/reports.contract'
import { embedPlatformFonts, type FontFamily } from '../../platform/pdf-fonts'
import { reportParts, reportSubtitle, reportTitle, type ReportTable } from './annual-report.sections'

const PAGE = { width: 595.28, height: 841.89, margin: 48 }
const ink = rgb(0.08, 0.08, 0.1)
const muted = rgb(0.33, 0.33, 0.38)
const band = rgb(0.9, 0.91, 0.94)
const rule = rgb(0.82, 0.82, 0.86)
const ROW = 15

/** Lays the report out: part titles, then tables of a label column and right-aligned figures. */
class ReportWriter {
  private page!: PDFPage
  private y = 0
  private pages = 0
  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: FontFamily,
    private readonly bold: FontFamily,
    private readonly footer: string,
  ) {
    this.newPage()
  }

  private get width() {
    return PAGE.width - 2 * PAGE.margin
  }

  private newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.pages++
    this.y = PAGE.height - PAGE.margin
    this.draw(`${this.footer} · page ${this.pages}`, PAGE.margin, PAGE.margin / 2, this.regular, 8, muted)
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

  paragraph(text: string, size: number, family: 'regular' | 'bold' = 'regular', color = ink) {
    const font = family === 'bold' ? this.bold : this.regular
    for (const line of this.wrap(text, font, size, this.width)) {
      this.room(size * 1.4)
      this.y -= size * 1.4
      this.draw(line, PAGE.margin, this.y, font, size, color)
    }
  }

  part(title: string) {
    this.room(60)
    this.y -= 14
    this.page.drawRectangle({ x: PAGE.margin, y: this.y - 19, width: this.width, height: 21, color: band })
    this.draw(title, PAGE.margin + 6, this.y - 14, this.bold, 12)
    this.y -= 26
  }

  table(t: ReportTable) {
    const size = 9.5
    const figures = t.columns.length - 1
    const figureWidth = figures > 1 ? 62 : 90
    const labelWidth = this.width - figures * figureWidth
    this.room(ROW * 3)
    this.y -= 8
    this.paragraph(t.title, 10.5, 'bold')
    if (t.columns.slice(1).some((c) => c)) {
      this.y -= ROW
      t.columns.slice(1).forEach((c, i) => {
        const x = PAGE.margin + labelWidth + (i + 1) * figureWidth
        this.draw(c, x - this.bold.width(c, 8.5) - 4, this.y, this.bold, 8.5, muted)
      })
    }
    for (const row of t.rows) {
      const [label, ...values] = row
      const textual = values.some((v) => typeof v === 'string' && String(v).length > 12)
      const labelLines = this.wrap(String(label), this.regular, size, labelWidth - 8)
      const valueLines = textual
        ? this.wrap(values.map(String).join(' '), this.bold, size, this.width - 20)
        : []
      this.room((labelLines.length + valueLines.length) * ROW)
      labelLines.forEach((line, i) => {
        if (i > 0) this.y -= ROW - 3
        else this.y -= ROW
        this.draw(line, PAGE.margin + 4, this.y, this.regular, size)
      })
      if (textual) {
        for (const line of valueLines) {
          this.y -= ROW - 3
          this.draw(line, PAGE.margin + 12, this.y, this.bold, size)
        }
      } else {
        values.forEach((v, i) => {
          const text = typeof v === 'number' ? v.toLocaleString('fr-FR') : v
          const x = PAGE.margin + labelWidth + (i + 1) * figureWidth
          this.draw(text, x - this.regular.width(text, size) - 4, this.y, this.regular, size)
        })
      }
      this.page.drawLine({
        start: { x: PAGE.margin, y: this.y - 4 },
        end: { x: PAGE.margin + this.width, y: this.y - 4 },
        thickness: 0.4,
        color: rule,
      })
    }
  }
}

/** The annual report as a PDF, with the platform's typeface (every accent printed). */
export async function annualReportPdf(report: AnnualReportView): Promise<Uint8Array> {
  // No automatic metadata: the document is dated by the report, never by the moment it is drawn.
  const doc = await PDFDocument.create({ updateMetadata: false })
  const at = new Date(report.generatedAt)
  doc.setTitle(reportTitle(report))
  doc.setProducer('Lien')
  doc.setCreator('Lien')
  doc.setCreationDate(at)
  doc.setModificationDate(at)
  const fonts = await embedPlatformFonts(doc)
  const w = new ReportWriter(
    doc,
    fonts.regular,
    fonts.bold,
    `${report.organisationName} · ${reportTitle(report)}`,
  )
  w.paragraph(reportTitle(report), 18, 'bold')
  w.paragraph(reportSubtitle(report), 9.5, 'regular', muted)
  for (const part of reportParts(report)) {
    w.part(part.title)
    for (const table of part.tables) w.table(table)
  }
  return doc.save()
}
