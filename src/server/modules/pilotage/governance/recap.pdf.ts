/**
 * The yearly recap as a PDF: A4 landscape, a table per axis, then the calendar of the year as a
 * Gantt chart (bars by month, milestones as diamonds), page numbers. The platform's fonts (and
 * the Arabic one when a name needs it); the document's dates are its day of edition, so the same
 * recap gives the same bytes.
 */
import { PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib'
import type { RecapAction, RecapView } from '../../../../shared/modules/pilotage/governance.contract'
import { actionStatusLabels } from '../../../../shared/modules/pilotage/pilotage.constants'
import { BidiText, embedArabicFonts, hasArabic } from '../../../platform/pdf-arabic'
import { embedPlatformFonts, type FontFamily } from '../../../platform/pdf-fonts'
import {
  euros,
  frenchDate,
  monthShortNames,
  yearSpan,
} from '../../../../shared/modules/pilotage/governance-format'

const PAGE = { width: 841.89, height: 595.28, margin: 32 }
const ink = rgb(0.08, 0.08, 0.1)
const muted = rgb(0.33, 0.33, 0.38)
const band = rgb(0.9, 0.91, 0.94)
const rule = rgb(0.75, 0.75, 0.8)
const white = rgb(1, 1, 1)
const statusColours: Record<string, RGB> = {
  a_lancer: rgb(0.55, 0.57, 0.62),
  en_cours: rgb(0.11, 0.36, 0.62),
  en_retard: rgb(0.72, 0.18, 0.12),
  realise: rgb(0.13, 0.47, 0.25),
  abandonne: rgb(0.45, 0.45, 0.45),
}
const milestoneColour = rgb(0.55, 0.25, 0.55)

interface Column {
  title: string
  width: number
  text: (a: RecapAction) => string
  right?: boolean
}

/**
 * Writes text line by line. Lines are plain strings: Latin ones are drawn straight with the
 * platform's fonts (widths cached by word), those with Arabic go through the bidi layout.
 */
class RecapWriter {
  page!: PDFPage
  y = 0
  private readonly widths = new Map<string, number>()
  private constructor(
    readonly doc: PDFDocument,
    private readonly bidi: BidiText,
    private readonly latin: { regular: FontFamily; bold: FontFamily },
  ) {}

  static async create(recap: RecapView): Promise<RecapWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false })
    const dated = new Date(`${recap.editedOn}T00:00:00Z`)
    doc.setTitle(`Liste récapitulative ${recap.year} — ${recap.plan.title}`)
    doc.setLanguage('fr-FR')
    doc.setProducer('Lien')
    doc.setCreator('Lien')
    doc.setCreationDate(dated)
    doc.setModificationDate(dated)
    const latin = await embedPlatformFonts(doc)
    const arabic = hasArabic(JSON.stringify(recap)) ? await embedArabicFonts(doc) : null
    const bidi = new BidiText({
      regular: latin.regular,
      bold: latin.bold,
      ...(arabic ? { arabic: arabic.regular, arabicBold: arabic.bold } : {}),
    })
    return new RecapWriter(doc, bidi, latin)
  }

  get width() {
    return PAGE.width - 2 * PAGE.margin
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.height - PAGE.margin
  }

  /** Room for `height` points above the footer, or a new page (then `onNewPage` redraws headers). */
  room(height: number, onNewPage?: () => void) {
    if (this.y - height < PAGE.margin + 16) {
      this.newPage()
      onNewPage?.()
    }
  }

  widthOf(text: string, size: number, bold = false): number {
    const key = `${bold ? 'b' : 'r'}${size}|${text}`
    let w = this.widths.get(key)
    if (w === undefined) {
      w = hasArabic(text)
        ? this.bidi.width(text, bold, size)
        : (bold ? this.latin.bold : this.latin.regular).width(text, size)
      this.widths.set(key, w)
    }
    return w
  }

  /** Lines of at most `width`, cut between words (inside a word wider than the line). */
  lines(text: string, size: number, width: number, bold = false): string[] {
    const out: string[] = []
    const space = this.widthOf(' ', size, bold)
    for (const paragraph of (text || '—').split('\n')) {
      let line = ''
      let lineWidth = 0
      for (const word of paragraph.split(/[ \t]+/)) {
        if (!word) continue
        const w = this.widthOf(word, size, bold)
        if (line && lineWidth + space + w > width) {
          out.push(line)
          line = ''
          lineWidth = 0
        }
        if (!line && w > width) {
          let piece = ''
          for (const char of word) {
            if (piece && this.widthOf(piece + char, size, bold) > width) {
              out.push(piece)
              piece = ''
            }
            piece += char
          }
          line = piece
          lineWidth = this.widthOf(piece, size, bold)
          continue
        }
        line = line ? `${line} ${word}` : word
        lineWidth = line === word ? w : lineWidth + space + w
      }
      out.push(line)
    }
    return out
  }

  /** One line with its left edge at `x`. */
  drawLine(text: string, x: number, y: number, size: number, bold = false, colour: RGB = ink) {
    if (!text) return
    if (hasArabic(text)) {
      const [line] = this.bidi.wrap([{ text, bold }], size, 1e9)
      if (line) this.bidi.draw(this.page, line, x, y, size, colour, 'auto')
      return
    }
    let at = x
    for (const run of (bold ? this.latin.bold : this.latin.regular).runs(text)) {
      this.page.drawText(run.text, { x: at, y, size, font: run.font, color: colour })
      at += run.font.widthOfTextAtSize(run.text, size)
    }
  }

  write(
    text: string,
    x: number,
    y: number,
    size: number,
    options: { bold?: boolean; colour?: RGB; width?: number; right?: boolean } = {},
  ) {
    const line = text.split('\n')[0] ?? ''
    const w = options.right && options.width ? this.widthOf(line, size, options.bold) : 0
    const at = options.right && options.width ? x + options.width - w : x
    this.drawLine(line, at, y, size, options.bold, options.colour ?? ink)
  }

  /** The same text cut to fit `width` on one line, with an ellipsis. */
  fit(text: string, size: number, width: number, bold = false) {
    if (this.widthOf(text, size, bold) <= width) return text
    const chars = [...text]
    let low = 0
    let high = chars.length
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (this.widthOf(`${chars.slice(0, mid).join('')}…`, size, bold) <= width) low = mid
      else high = mid - 1
    }
    return `${chars.slice(0, low).join('').trimEnd()}…`
  }
}

const columns = (year: number): Column[] => [
  { title: 'N°', width: 34, text: (a) => a.number },
  {
    title: 'Intitulé',
    width: 187,
    text: (a) => (a.kind === 'projet_phare' ? `${a.title} (projet phare)` : a.title),
  },
  { title: 'Pilotes', width: 110, text: (a) => a.pilots.join(', ') },
  {
    title: 'Statut',
    width: 92,
    text: (a) =>
      a.statusReason ? `${actionStatusLabels[a.status]}\n${a.statusReason}` : actionStatusLabels[a.status],
  },
  { title: 'Début', width: 56, text: (a) => (a.startDate ? frenchDate(a.startDate) : '—') },
  { title: 'Fin', width: 56, text: (a) => (a.endDate ? frenchDate(a.endDate) : '—') },
  {
    title: `Jalons ${year}`,
    width: 126,
    text: (a) =>
      a.milestones.map((m) => `${frenchDate(m.dueDate)} ${m.title}${m.doneOn ? ' (fait)' : ''}`).join('\n') ||
      '—',
  },
  { title: `Prévu ${year}`, width: 58, text: (a) => euros(a.plannedCents), right: true },
  { title: `Consommé ${year}`, width: 58, text: (a) => euros(a.consumedCents), right: true },
]

function header(w: RecapWriter, recap: RecapView) {
  w.write(`Liste récapitulative annuelle ${recap.year}`, PAGE.margin, w.y - 18, 18, { bold: true })
  w.y -= 26
  w.write(recap.plan.title, PAGE.margin, w.y - 12, 12, { bold: true })
  w.y -= 16
  w.write(
    `${recap.plan.organisationName} — plan ${yearSpan(recap.plan.periodStart, recap.plan.periodEnd)} — édité le ${frenchDate(recap.editedOn)}`,
    PAGE.margin,
    w.y - 10,
    9.5,
    { colour: muted },
  )
  w.y -= 22
}

function tables(w: RecapWriter, recap: RecapView) {
  const cols = columns(recap.year)
  const size = 8
  const lineHeight = 10
  const tableHeader = () => {
    const titles = cols.map((c) => w.lines(c.title, size, c.width - 6, true))
    const height = Math.max(...titles.map((l) => l.length)) * lineHeight + 5
    w.page.drawRectangle({ x: PAGE.margin, y: w.y - height, width: w.width, height, color: band })
    let x = PAGE.margin
    cols.forEach((c, i) => {
      titles[i]!.forEach((line, j) => {
        const lw = c.right ? w.widthOf(line, size, true) : 0
        w.drawLine(line, c.right ? x + c.width - 3 - lw : x + 3, w.y - 9 - j * lineHeight, size, true)
      })
      x += c.width
    })
    w.y -= height
  }
  for (const axis of recap.axes) {
    w.room(50)
    for (const line of w.lines(`Axe ${axis.number} — ${axis.title}`, 11.5, w.width, true)) {
      w.drawLine(line, PAGE.margin, w.y - 12, 11.5, true)
      w.y -= 15
    }
    w.y -= 3
    tableHeader()
    if (axis.actions.length === 0) {
      w.write('Aucune action cette année.', PAGE.margin + 3, w.y - 11, size, { colour: muted })
      w.y -= 16
      continue
    }
    for (const action of axis.actions) {
      const cells = cols.map((c) => w.lines(c.text(action), size, c.width - 6))
      const height = Math.max(...cells.map((l) => l.length)) * lineHeight + 5
      w.room(height, tableHeader)
      let x = PAGE.margin
      cols.forEach((c, i) => {
        cells[i]!.forEach((line, j) => {
          const lw = c.right ? w.widthOf(line, size) : 0
          const at = c.right ? x + c.width - 3 - lw : x + 3
          const colour = c.title === 'Statut' && j === 0 ? (statusColours[action.status] ?? ink) : ink
          w.drawLine(line, at, w.y - 9 - j * lineHeight, size, false, colour)
        })
        x += c.width
      })
      w.y -= height
      w.page.drawLine({
        start: { x: PAGE.margin, y: w.y },
        end: { x: PAGE.margin + w.width, y: w.y },
        thickness: 0.4,
        color: rule,
      })
    }
    w.y -= 10
  }
  w.room(20)
  w.write(
    `Total ${recap.year} : prévu ${euros(recap.totals.plannedCents)}, consommé ${euros(recap.totals.consumedCents)}`,
    PAGE.margin,
    w.y - 11,
    9.5,
    { bold: true },
  )
  w.y -= 18
  if (recap.planMilestones.length > 0) {
    w.room(30)
    w.write(`Échéances du plan en ${recap.year}`, PAGE.margin, w.y - 12, 11.5, { bold: true })
    w.y -= 18
    for (const m of recap.planMilestones) {
      w.room(12)
      w.write(
        `${frenchDate(m.dueDate)} — ${m.title}${m.doneOn ? ` (fait le ${frenchDate(m.doneOn)})` : ''}`,
        PAGE.margin + 6,
        w.y - 9,
        9,
      )
      w.y -= 12
    }
  }
}

/** Day of the year (0-based) and days in the year, for placing dates on the calendar. */
function yearScale(year: number) {
  const start = Date.UTC(year, 0, 1)
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000
  const at = (date: string) => (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000
  return { days, at }
}

function gantt(w: RecapWriter, recap: RecapView) {
  w.newPage()
  w.write(`Calendrier ${recap.year}`, PAGE.margin, w.y - 16, 15, { bold: true })
  w.y -= 22
  w.write(
    'Barres : de la date de début à la date de fin dans l’année. Losanges : jalons.',
    PAGE.margin,
    w.y - 9,
    8.5,
    {
      colour: muted,
    },
  )
  w.y -= 16
  const labelWidth = 230
  const chartX = PAGE.margin + labelWidth
  const chartWidth = w.width - labelWidth
  const scale = yearScale(recap.year)
  const xOf = (dayOfYear: number) =>
    chartX + (chartWidth * Math.max(0, Math.min(scale.days, dayOfYear))) / scale.days
  const rowHeight = 13
  const months = monthShortNames
  let top = w.y

  const monthHeader = () => {
    top = w.y
    w.page.drawRectangle({ x: chartX, y: w.y - 14, width: chartWidth, height: 14, color: band })
    months.forEach((name, m) => {
      const from = xOf(scale.at(`${recap.year}-${String(m + 1).padStart(2, '0')}-01`))
      const to =
        m === 11 ? chartX + chartWidth : xOf(scale.at(`${recap.year}-${String(m + 2).padStart(2, '0')}-01`))
      const tw = w.widthOf(name, 8, true)
      w.write(name, from + (to - from - tw) / 2, w.y - 10, 8, { bold: true })
    })
    w.y -= 16
  }
  const monthRules = () => {
    for (let m = 0; m <= 12; m++) {
      const x =
        m === 12 ? chartX + chartWidth : xOf(scale.at(`${recap.year}-${String(m + 1).padStart(2, '0')}-01`))
      w.page.drawLine({ start: { x, y: top }, end: { x, y: w.y }, thickness: 0.3, color: rule })
    }
  }
  const room = (height: number) => {
    if (w.y - height < PAGE.margin + 16) {
      monthRules()
      w.newPage()
      monthHeader()
    }
  }

  monthHeader()
  const first = `${recap.year}-01-01`
  const last = `${recap.year}-12-31`
  for (const axis of recap.axes) {
    room(rowHeight * 2)
    w.page.drawRectangle({
      x: PAGE.margin,
      y: w.y - rowHeight,
      width: w.width,
      height: rowHeight,
      color: rgb(0.96, 0.96, 0.97),
    })
    w.write(
      w.fit(`Axe ${axis.number} — ${axis.title}`, 8.5, w.width - 6, true),
      PAGE.margin + 3,
      w.y - 9.5,
      8.5,
      { bold: true },
    )
    w.y -= rowHeight
    for (const action of axis.actions) {
      room(rowHeight)
      const label = w.fit(`${action.number} ${action.title}`, 8, labelWidth - 8)
      w.write(label, PAGE.margin + 3, w.y - 9.5, 8)
      const colour = statusColours[action.status] ?? ink
      if (action.startDate || action.endDate) {
        const from = (action.startDate ?? first) < first ? first : (action.startDate ?? first)
        const to = (action.endDate ?? last) > last ? last : (action.endDate ?? last)
        if (from <= to) {
          const x1 = xOf(scale.at(from))
          const x2 = xOf(scale.at(to) + 1)
          w.page.drawRectangle({
            x: x1,
            y: w.y - rowHeight + 3.5,
            width: Math.max(2, x2 - x1),
            height: rowHeight - 7,
            color: colour,
            opacity: 0.85,
          })
        }
      }
      for (const m of action.milestones) {
        const x = xOf(scale.at(m.dueDate) + 0.5)
        const cy = w.y - rowHeight / 2
        w.page.drawSvgPath('M 0 -4.5 L 4.5 0 L 0 4.5 L -4.5 0 Z', {
          x,
          y: cy,
          color: m.doneOn ? milestoneColour : white,
          borderColor: milestoneColour,
          borderWidth: 1,
        })
      }
      w.page.drawLine({
        start: { x: PAGE.margin, y: w.y - rowHeight },
        end: { x: PAGE.margin + w.width, y: w.y - rowHeight },
        thickness: 0.2,
        color: rule,
      })
      w.y -= rowHeight
    }
  }
  monthRules()
  // The key of the colours.
  w.y -= 8
  room(14)
  let x = PAGE.margin
  for (const [status, label] of Object.entries(actionStatusLabels)) {
    w.page.drawRectangle({ x, y: w.y - 9, width: 12, height: 7, color: statusColours[status] ?? ink })
    w.write(label, x + 16, w.y - 9, 8)
    x += 22 + w.widthOf(label, 8)
  }
  w.page.drawSvgPath('M 0 -4.5 L 4.5 0 L 0 4.5 L -4.5 0 Z', {
    x: x + 5,
    y: w.y - 5.5,
    color: white,
    borderColor: milestoneColour,
    borderWidth: 1,
  })
  w.write('Jalon à venir', x + 14, w.y - 9, 8)
  x += 22 + w.widthOf('Jalon à venir', 8)
  w.page.drawSvgPath('M 0 -4.5 L 4.5 0 L 0 4.5 L -4.5 0 Z', {
    x: x + 5,
    y: w.y - 5.5,
    color: milestoneColour,
  })
  w.write('Jalon fait', x + 14, w.y - 9, 8)
}

/** Builds the recap's PDF. The same recap (same day of edition) gives the same bytes. */
export async function recapPdf(recap: RecapView): Promise<Uint8Array> {
  const w = await RecapWriter.create(recap)
  w.newPage()
  header(w, recap)
  tables(w, recap)
  gantt(w, recap)
  const pages = w.doc.getPages()
  pages.forEach((page, i) => {
    w.page = page
    const label = `Page ${i + 1} / ${pages.length}`
    const footer = w.fit(`${recap.plan.title} — liste récapitulative ${recap.year}`, 8, w.width - 80)
    w.write(footer, PAGE.margin, PAGE.margin - 6, 8, { colour: muted })
    w.write(label, PAGE.margin, PAGE.margin - 6, 8, { colour: muted, width: w.width, right: true })
  })
  return w.doc.save({ useObjectStreams: false })
}
