import ExcelJS from 'exceljs'
import {
  frenchDate,
  monthShortNames,
  monthsCovered,
} from '../../../../shared/modules/pilotage/governance-format'
import type { RecapView } from '../../../../shared/modules/pilotage/governance.contract'
import { actionKindLabels, actionStatusLabels } from '../../../../shared/modules/pilotage/pilotage.constants'

const recapHeaders = (year: number) => [
  'N°',
  'Type',
  'Intitulé',
  'Axe',
  'Pilotes',
  'Statut',
  'Motif du statut',
  'Début',
  'Fin',
  `Jalons ${year}`,
  `Budget prévu ${year} (€)`,
  `Budget consommé ${year} (€)`,
]

const filled: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1C5C9E' } }
const milestoneFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9D5F0' } }

/**
 * The recap as a workbook: « Récapitulatif » (one line per action) and « Calendrier » (months as
 * columns, the months the action covers filled, its milestones written in their month). The
 * workbook's dates are the day of edition.
 */
export async function recapXlsx(recap: RecapView): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const dated = new Date(`${recap.editedOn}T00:00:00Z`)
  book.creator = 'Lien'
  book.lastModifiedBy = 'Lien'
  book.title = `Liste récapitulative ${recap.year} — ${recap.plan.title}`
  book.created = dated
  book.modified = dated

  const sheet = book.addWorksheet('Récapitulatif', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.addRow([
    `${recap.plan.title} — liste récapitulative ${recap.year} (éditée le ${frenchDate(recap.editedOn)})`,
  ]).font = {
    bold: true,
  }
  const headers = recapHeaders(recap.year)
  sheet.addRow(headers).font = { bold: true }
  for (const axis of recap.axes) {
    for (const a of axis.actions) {
      sheet.addRow([
        a.number,
        actionKindLabels[a.kind],
        a.title,
        `${axis.number}. ${axis.title}`,
        a.pilots.join(', '),
        actionStatusLabels[a.status],
        a.statusReason,
        a.startDate ? frenchDate(a.startDate) : '',
        a.endDate ? frenchDate(a.endDate) : '',
        a.milestones.map((m) => `${frenchDate(m.dueDate)} ${m.title}${m.doneOn ? ' (fait)' : ''}`).join('\n'),
        a.plannedCents / 100,
        a.consumedCents / 100,
      ])
    }
  }
  const widths = [8, 14, 50, 30, 28, 12, 28, 12, 12, 40, 16, 18]
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  sheet.getColumn(11).numFmt = '#,##0.00'
  sheet.getColumn(12).numFmt = '#,##0.00'
  // Numbers like « 1.10 » stay text: a spreadsheet would read them as decimals.
  sheet.getColumn(1).numFmt = '@'

  const calendar = book.addWorksheet('Calendrier', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  calendar.addRow(['N°', 'Intitulé', ...monthShortNames.map((m) => `${m} ${recap.year}`)]).font = {
    bold: true,
  }
  calendar.getColumn(1).width = 8
  calendar.getColumn(2).width = 50
  for (let m = 0; m < 12; m++) calendar.getColumn(m + 3).width = 11
  for (const axis of recap.axes) {
    const axisRow = calendar.addRow([`${axis.number}`, axis.title])
    axisRow.font = { bold: true }
    for (const a of axis.actions) {
      const cells: string[] = Array.from({ length: 12 }, () => '')
      for (const m of a.milestones) {
        const month = Number(m.dueDate.slice(5, 7)) - 1
        cells[month] = cells[month] ? `${cells[month]}\n◆ ${m.title}` : `◆ ${m.title}`
      }
      const row = calendar.addRow([a.number, a.title, ...cells])
      for (const month of monthsCovered(recap.year, a.startDate, a.endDate)) {
        const cell = row.getCell(month + 3)
        cell.fill = filled
        cell.font = { color: { argb: 'FFFFFFFF' } }
        if (!cell.value) cell.value = '■'
      }
      for (const m of a.milestones) {
        const cell = row.getCell(Number(m.dueDate.slice(5, 7)) - 1 + 3)
        if (!monthsCovered(recap.year, a.startDate, a.endDate).includes(Number(m.dueDate.slice(5, 7)) - 1))
          cell.fill = milestoneFill
      }
    }
  }
  calendar.getColumn(1).numFmt = '@'
  return Buffer.from(await book.xlsx.writeBuffer())
}
