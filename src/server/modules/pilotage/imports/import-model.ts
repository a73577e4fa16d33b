import ExcelJS from 'exceljs'
import { actionStatusLabels, actionStatuses } from '../../../../shared/modules/pilotage/pilotage.constants'
import { importColumnOrder, importColumns } from './import-plan'

/** The blank model of a plan to import: its columns, one example line, and the accepted values. */
export async function importModelXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lien'
  book.title = 'Modèle d’import de plan'
  const sheet = book.addWorksheet('Plan', { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = sheet.addRow(importColumnOrder.map((c) => importColumns[c].label))
  header.font = { bold: true }
  sheet.addRow([
    'Faciliter l’accès aux droits et leur maintien',
    '1.1',
    'Projet phare',
    'Déployer un réseau de médiateurs numériques',
    'Aller vers les publics éloignés du numérique',
    'Responsable du pôle accès aux droits',
    '',
    'Maison France Services',
    'Personnes éloignées du numérique',
    '01/01/2025',
    '31/12/2026',
    'En cours',
    '',
    '12000',
    'CCAS',
    '2025',
  ])
  importColumnOrder.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 3 ? 50 : 22))
  const help = book.addWorksheet('Aide')
  help.addRow(['Colonne', 'Ce qu’elle contient']).font = { bold: true }
  const explanations: Record<string, string> = {
    axis: 'Obligatoire. Les lignes du même axe forment un axe, dans l’ordre où il apparaît.',
    number: 'Facultatif. 2.3 = troisième action de l’axe 2 : ordonne les actions de l’axe.',
    kind: 'Projet phare ou Action (Action si vide).',
    title: 'Obligatoire. 300 caractères au plus.',
    objective: 'L’objectif stratégique que sert l’action.',
    pilots:
      'Les noms des pilotes, séparés par des virgules (les comptes se choisissent ensuite dans la fiche).',
    services: 'Les services de votre organisation, avec leur nom exact, séparés par des virgules.',
    partners: 'Les partenaires, séparés par des virgules.',
    publics: 'Les publics visés.',
    start: 'Date de début, JJ/MM/AAAA, dans la période du plan.',
    end: 'Date de fin, JJ/MM/AAAA, après le début et dans la période du plan.',
    status: `${actionStatuses.map((s) => actionStatusLabels[s]).join(', ')} (À lancer si vide).`,
    reason: 'Obligatoire pour « En retard » et « Abandonné ».',
    budget: 'Montant prévu en euros (jamais négatif).',
    funder: 'Qui finance le budget prévu ; obligatoire avec un budget.',
    year: 'Année du budget (celle du début si vide).',
  }
  for (const c of importColumnOrder) help.addRow([importColumns[c].label, explanations[c] ?? ''])
  help.getColumn(1).width = 20
  help.getColumn(2).width = 90
  return Buffer.from(await book.xlsx.writeBuffer())
}
