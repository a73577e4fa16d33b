import ExcelJS from 'exceljs'
import type { AnnualReportView } from '../../../shared/modules/domiciliation/reports.contract'
import { reportParts, reportSubtitle, reportTitle } from './annual-report.sections'

/** Sheet names: 31 characters at most, none of : \ / ? * [ ]. */
const sheetNames = ['Au 31 décembre', 'Décisions', 'Activité', 'Moyens']

/** The annual report as a workbook: one sheet per part, figures as numbers. */
export async function annualReportXlsx(report: AnnualReportView): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lien'
  book.title = reportTitle(report)
  book.created = new Date(report.generatedAt)
  book.modified = new Date(report.generatedAt)
  reportParts(report).forEach((part, index) => {
    const sheet = book.addWorksheet(sheetNames[index] ?? `Partie ${index + 1}`)
    sheet.columns = [{ width: 62 }, { width: 22 }, { width: 16 }, { width: 16 }, { width: 16 }]
    sheet.addRow([reportTitle(report)]).font = { bold: true, size: 14 }
    sheet.addRow([reportSubtitle(report)]).font = { italic: true, size: 9 }
    sheet.addRow([part.title]).font = { bold: true, size: 12 }
    for (const table of part.tables) {
      sheet.addRow([])
      sheet.addRow([table.title]).font = { bold: true }
      if (table.columns.slice(1).some((c) => c)) sheet.addRow(table.columns).font = { italic: true }
      for (const row of table.rows) {
        const added = sheet.addRow(row)
        added.getCell(1).alignment = { wrapText: true, vertical: 'top' }
      }
    }
  })
  return Buffer.from(await book.xlsx.writeBuffer())
}
