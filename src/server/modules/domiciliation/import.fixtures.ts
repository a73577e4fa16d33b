import ExcelJS from 'exceljs'
import { addDays, addMonths, type CivilDate } from '../../../shared/dates'
import { firstNames, surnames } from '../../demo/names'

/** The headers of DomiFa's import template, in its order (the first four recognise it). */
export const domifaHeaders = [
  'Numéro d’identification',
  'Civilité',
  'Nom',
  'Prénom',
  'Nom d’usage / Surnom',
  'Date naissance',
  'Lieu naissance',
  'Téléphone',
  'Email',
  'Statut domiciliation',
  'Motif de refus',
  'Motif de radiation',
  'Type de domiciliation',
  'Date de début de la domiciliation',
  'Date de fin de la domiciliation',
  'Date 1ère domiciliation',
  'Date de dernier passage',
  'Orientation',
  'Détails de l’orientation',
  'La personne a-t-elle déjà une domiciliation ?',
  'Le domicilié possède-t-il des revenus ?',
  'Seulement si revenus, de quelle nature ?',
  'Lien avec la commune',
  'Précisions sur le lien avec la commune',
  'Composition du ménage',
  'Situation résidentielle',
  'Si autre situation résidentielle, précisez',
  'Cause instabilité logement',
  'Si autre cause, précisez',
  'Motif principal de la demande',
  'Si autre motif, précisez',
  'Accompagnement social',
  'Par quelle structure est fait l’accompagnement ?',
  'Commentaires',
  ...Array.from({ length: 9 }, (_, i) =>
    ['Nom', 'Prénom', 'Date de naissance', 'Lien de parenté'].map((p) => `Ayant droit ${i + 1} - ${p}`),
  ).flat(),
]

export type CellValue = string | number | Date | null

const fr = (day: CivilDate) => day.split('-').reverse().join('/')
const utc = (day: CivilDate) => new Date(`${day}T00:00:00Z`)

/**
 * A line of DomiFa's template for person `i`, deterministic: valid domiciliations (first
 * requests and renewals), refusals and radiations with their motives, interviews, children as
 * ayants droit, phones written in several ways, dates as text or as date cells.
 */
export function domifaLine(i: number, today: CivilDate): CellValue[] {
  const birth = addDays('1950-01-01', i * 37)
  const start = addDays(addMonths(today, -14), (i * 7) % 400)
  const asDate = i % 2 === 0
  const day = (d: CivilDate | null) => (d === null ? null : asDate ? utc(d) : fr(d))
  const status = i % 10 === 0 ? 'REFUS' : i % 10 === 1 ? 'RADIE' : 'VALIDE'
  const end =
    status === 'VALIDE' ? addDays(addMonths(start, 12), -1) : status === 'RADIE' ? addDays(start, 20) : start
  const phone =
    i % 5 === 0 ? 612345678 : i % 5 === 1 ? `06 12 34 ${String(i % 100).padStart(2, '0')} 00` : null
  const row: CellValue[] = [
    String(1000 + i),
    i % 2 ? 'H' : 'F',
    surnames[i % surnames.length]!,
    firstNames[(i * 7) % firstNames.length]!,
    i % 9 === 0 ? 'Titi' : null,
    day(birth),
    i % 3 === 0 ? 'Besançon' : 'Alger',
    phone,
    i % 6 === 0 ? `personne.${i}@exemple.fr` : null,
    status,
    status === 'REFUS' ? 'LIEN_COMMUNE' : null,
    status === 'RADIE' ? 'ENTREE_LOGEMENT' : null,
    i % 3 === 0 ? 'RENOUVELLEMENT' : i % 2 ? 'PREMIERE_DOM' : 'PREMIERE',
    day(start),
    day(end),
    i % 3 === 0 ? day(addMonths(start, -24)) : null,
    status === 'VALIDE' ? day(addDays(start, 20)) : null,
    'NON',
    null,
    'NON',
    i % 2 ? 'OUI' : 'NON',
    i % 2 ? 'RSA' : null,
    i % 4 === 3 ? null : 'RESIDENTIEL',
    null,
    i % 5 === 2 ? null : 'HOMME_ISOLE_SANS_ENFANT',
    'SANS_ABRI',
    null,
    'ERRANCE',
    null,
    'PRESTATIONS_SOCIALES',
    null,
    i % 2 ? 'OUI' : 'NON',
    i % 2 ? 'Secours catholique' : null,
    `Entretien repris de DomiFa (${i})`,
  ]
  if (i % 4 === 0)
    row.push(surnames[i % surnames.length]!, 'Maëlys', day(addDays(today, -2000 - i)), 'ENFANT')
  return row
}

export async function workbook(headers: string[], rows: CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Import')
  sheet.addRow(headers)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}
