import ExcelJS from 'exceljs'
import {
  ayantDroitHeader,
  ayantDroitParts,
  personColumns,
} from '../../../shared/modules/domiciliation/exchange.columns'
import { extraColumns, type ExportCell, type ExportedPerson, type ExtraColumn } from './people-export.service'

const cell = (v: ExportCell): ExcelJS.CellValue => {
  if (v === null) return null
  if (typeof v === 'object') return new Date(`${v.date}T00:00:00Z`)
  return v
}

/**
 * The domiciled people as a workbook. Its first sheet has the named columns of the import, so
 * an exported base imports as it is elsewhere; the reading columns come last.
 */
export async function peopleExportXlsx(data: {
  organisationName: string
  at: Date
  people: ExportedPerson[]
}): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lien'
  book.title = `Personnes domiciliées — ${data.organisationName}`
  book.created = data.at
  book.modified = data.at
  const sheet = book.addWorksheet('Personnes domiciliées', { views: [{ state: 'frozen', ySplit: 1 }] })
  const groups = Math.max(0, ...data.people.map((p) => p.ayantsDroit.length))
  const extraKeys = Object.keys(extraColumns) as ExtraColumn[]
  const headers = [
    ...personColumns.map((c) => c.header),
    ...Array.from({ length: groups }, (_, i) =>
      ayantDroitParts.map((p) => ayantDroitHeader(i + 1, p.key)),
    ).flat(),
    ...extraKeys.map((k) => extraColumns[k]),
  ]
  const header = sheet.addRow(headers)
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'top' }
  for (const person of data.people) {
    const row = sheet.addRow([
      ...personColumns.map((c) => cell(person.values[c.key])),
      ...Array.from({ length: groups }, (_, i) => {
        const m = person.ayantsDroit[i]
        return m
          ? [cell(m.lastName), cell(m.firstName), cell(m.birthDate), cell(m.relation)]
          : [null, null, null, null]
      }).flat(),
      ...extraKeys.map((k) => cell(person.extra[k])),
    ])
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = 'dd/mm/yyyy'
    })
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(12, (headers[i] ?? '').length + 2))
  })
  // Phone numbers stay text: a spreadsheet would drop the leading zero or the plus sign.
  const phone = personColumns.findIndex((c) => c.key === 'phone') + 1
  sheet.getColumn(phone).numFmt = '@'
  return Buffer.from(await book.xlsx.writeBuffer())
}
