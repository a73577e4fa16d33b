import ExcelJS from 'exceljs'
import type { FunnelView } from '../../../../shared/modules/metiers/observatory.contract'
import { funnelColumns } from '../../../../shared/modules/metiers/observatory-columns'
import type { PublishedCount } from '../../../../shared/modules/metiers/observatory-secrecy'
import { funnelColumnLabels, secretText } from './funnel.labels'

const frenchDate = (d: string) => d.split('-').reverse().join('/')

/**
 * The observatory as a workbook: the same figures as the page, under the same secret (a hidden
 * cell holds the words, never the number), with the period, the territory and the threshold.
 */
export async function funnelXlsx(view: FunnelView, at: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lien'
  book.title = 'Observatoire du recrutement'
  book.created = at
  book.modified = at
  const sheet = book.addWorksheet('Observatoire', { views: [{ state: 'frozen', ySplit: 5 }] })
  const secret = secretText(view.threshold)
  const shown = (c: PublishedCount) => (c.secret ? secret : c.value)
  sheet.addRow(['Observatoire du recrutement — métiers du lien']).font = { bold: true, size: 14 }
  sheet.addRow([
    `Du ${frenchDate(view.from)} au ${frenchDate(view.to)}`,
    view.departement ? `${view.departement.name} (${view.departement.code})` : 'Tous les territoires',
    view.job ? view.job.title : 'Tous les métiers',
  ])
  sheet.addRow([
    `Secret statistique : aucun nombre de personnes entre 1 et ${view.threshold - 1} n’est publié, ni ce qui permettrait de le retrouver.`,
  ])
  sheet.addRow([])
  const headers = [
    view.groupBy === 'job' ? 'Métier' : 'Département',
    'Vues de la fiche',
    ...funnelColumns.map((c) => funnelColumnLabels[c]),
    'Délai médian de première réponse (jours)',
    'Délai médian de recrutement (jours)',
    'Offres ouvertes aujourd’hui',
  ]
  const header = sheet.addRow(headers)
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'top' }
  const line = (label: string, f: FunnelView['total']) =>
    sheet.addRow([
      label,
      f.ficheViews,
      ...funnelColumns.map((c) => shown(f.counts[c])),
      shown(f.medianAnswerDays),
      shown(f.medianHireDays),
      f.openOffers,
    ])
  for (const row of view.rows) line(row.label, row)
  line('Total', view.total).font = { bold: true }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 36 : 18
  })
  return Buffer.from(await book.xlsx.writeBuffer())
}
