import ExcelJS from 'exceljs'
import { formatParis } from '../../../../shared/dates'
import type { EventRow, RegistrationRow } from './events.repository'
import { waitingPositions } from './events.presenter'

const stateLabels: Record<string, string> = {
  inscrit: 'Inscrit',
  liste_attente: 'Liste d’attente',
  annule: 'Annulé',
}
const attendanceLabel = (attended: boolean | null) =>
  attended === true ? 'Présent' : attended === false ? 'Absent' : ''

const headers = [
  'Prénom',
  'Nom',
  'E-mail',
  'Téléphone',
  'Besoins d’accessibilité',
  'État',
  'Rang en liste d’attente',
  'Présence',
  'Compte candidat',
  'Inscription le',
]

/** The registrations of one event as a workbook: seats, waiting list in its order, cancellations. */
export async function registrationsXlsx(
  event: EventRow,
  registrations: RegistrationRow[],
  at: Date,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lien'
  book.title = `Inscriptions — ${event.title}`
  book.created = at
  book.modified = at
  const sheet = book.addWorksheet('Inscriptions', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.addRow([`${event.title} — ${formatParis(event.startsAt)}`]).font = { bold: true }
  const header = sheet.addRow(headers)
  header.font = { bold: true }
  const positions = waitingPositions(registrations)
  for (const r of registrations) {
    sheet.addRow([
      r.firstName,
      r.lastName,
      r.email,
      r.phone ?? '',
      r.accessibilityNeeds,
      stateLabels[r.state] ?? r.state,
      positions.get(r.id) ?? null,
      attendanceLabel(r.attended),
      r.candidateAccountId ? 'Oui' : 'Non',
      formatParis(r.createdAt),
    ])
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(12, (headers[i] ?? '').length + 2))
  })
  // Phone numbers stay text: a spreadsheet would drop the plus sign.
  sheet.getColumn(4).numFmt = '@'
  return Buffer.from(await book.xlsx.writeBuffer())
}
