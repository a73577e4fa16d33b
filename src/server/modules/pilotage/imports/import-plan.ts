/**
 * A plan read from a spreadsheet, one action (or flagship project) a line: the lines naming the same
 * axis make one axis, in the order they first appear. Every problem is reported with its line and
 * column; the plan is imported only when there is none.
 */
import { DomainError } from '../../../../shared/errors'
import { MAX_PLAN_IMPORT_LINES, type ImportIssue } from '../../../../shared/modules/pilotage/imports.contract'
import {
  actionKindLabels,
  actionKinds,
  actionStatusLabels,
  actionStatuses,
  statusesNeedingReason,
  type ActionKind,
  type ActionStatus,
} from '../../../../shared/modules/pilotage/pilotage.constants'
import type { Cell, SheetFile } from '../../domiciliation'
import type { NewAction, NewAxis } from './plan-writer'

/** The columns, by the names people give them (compared without accents, case or punctuation). */
export const importColumns = {
  axis: { label: 'Axe', names: ['axe', 'axe strategique'] },
  number: { label: 'Numéro', names: ['numero', 'n', 'no', 'num'] },
  kind: { label: 'Type', names: ['type'] },
  title: { label: 'Titre', names: ['titre', 'intitule', 'action', 'projet'] },
  objective: { label: 'Objectif', names: ['objectif', 'objectif strategique'] },
  pilots: { label: 'Pilotes', names: ['pilotes', 'pilote'] },
  services: { label: 'Services', names: ['services', 'service', 'services concernes'] },
  partners: { label: 'Partenaires', names: ['partenaires', 'partenaire'] },
  publics: { label: 'Publics', names: ['publics', 'public', 'publics cibles', 'publics vises'] },
  start: { label: 'Début', names: ['debut', 'date de debut'] },
  end: { label: 'Fin', names: ['fin', 'date de fin'] },
  status: { label: 'Statut', names: ['statut', 'etat'] },
  reason: { label: 'Motif', names: ['motif', 'motif du statut', 'raison'] },
  budget: { label: 'Budget prévu', names: ['budget prevu', 'budget', 'montant prevu'] },
  funder: { label: 'Financeur', names: ['financeur', 'financement'] },
  year: { label: 'Année du budget', names: ['annee du budget', 'annee'] },
} as const
export type ImportColumn = keyof typeof importColumns
export const importColumnOrder = Object.keys(importColumns) as ImportColumn[]

export const simplify = (v: string) =>
  v
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'_°-]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).replace(/\s+/g, ' ').trim()
}

const kindByName = new Map<string, ActionKind>()
for (const k of actionKinds) {
  kindByName.set(simplify(k), k)
  kindByName.set(simplify(actionKindLabels[k]), k)
}
kindByName.set('projet', 'projet_phare')
const statusByName = new Map<string, ActionStatus>()
for (const s of actionStatuses) {
  statusByName.set(simplify(s), s)
  statusByName.set(simplify(actionStatusLabels[s]), s)
}
statusByName.set('termine', 'realise')
statusByName.set('a venir', 'a_lancer')

const list = (value: string) =>
  value
    .split(/\s*[;,/|\n]\s*/)
    .map((v) => v.trim())
    .filter(Boolean)

const frenchDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

/** A date cell: an XLSX date, « JJ/MM/AAAA » or « AAAA-MM-JJ »; null when empty; an Error when unreadable. */
function readDate(cell: Cell | undefined): string | null | Error {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return new Error('date illisible')
    return cell.toISOString().slice(0, 10)
  }
  const v = text(cell)
  if (v === '') return null
  let y: number, m: number, d: number
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])]
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else return new Error(`« ${v} » n’est pas une date (JJ/MM/AAAA)`)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return new Error(`« ${v} » n’est pas une date du calendrier`)
  return date.toISOString().slice(0, 10)
}

/** An amount in euros (« 12 000,50 € », 12000.5) as cents; null when empty; an Error when unreadable. */
function readEuros(cell: Cell | undefined): number | null | Error {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return new Error('montant illisible')
    if (cell < 0) return new Error('un montant ne peut pas être négatif')
    return Math.round(cell * 100)
  }
  const v = text(cell)
  if (v === '') return null
  const cleaned = v.replace(/[\s\u00a0\u202f]/g, '').replace(/€|eur(os?)?$/i, '')
  if (!/^-?\d+([.,]\d{1,2})?$/.test(cleaned)) return new Error(`« ${v} » n’est pas un montant en euros`)
  const n = Number(cleaned.replace(',', '.'))
  if (n < 0) return new Error('un montant ne peut pas être négatif')
  if (n > 1_000_000_000) return new Error('montant trop grand')
  return Math.round(n * 100)
}

export interface PlanImportContext {
  periodStart: string
  periodEnd: string
  /** The organisation's services, by name. */
  services: { id: string; name: string }[]
}

export type ReadAction = NewAction & { line: number; number: string }
export interface ReadAxis extends Omit<NewAxis, 'actions'> {
  actions: ReadAction[]
}

export interface ReadPlan {
  lines: number
  axes: ReadAxis[]
  errors: ImportIssue[]
}

/** Reads the rows of a spreadsheet into a plan's axes and actions, with every problem found. */
export function readPlanSheet(file: SheetFile, ctx: PlanImportContext): ReadPlan {
  const [header, ...rows] = file.rows
  if (!header)
    throw new DomainError('validation', 'Le fichier est vide.', [
      { field: 'fichier', message: 'Le fichier est vide.' },
    ])
  if (rows.length > MAX_PLAN_IMPORT_LINES)
    throw new DomainError(
      'payload_too_large',
      `Le fichier compte plus de ${MAX_PLAN_IMPORT_LINES.toLocaleString('fr-FR')} lignes : découpez-le.`,
    )
  const index = new Map<ImportColumn, number>()
  header.cells.forEach((cell, i) => {
    const name = simplify(text(cell))
    const column = importColumnOrder.find((c) => (importColumns[c].names as readonly string[]).includes(name))
    if (column && !index.has(column)) index.set(column, i)
  })
  const missing = (['axis', 'title'] as const).filter((c) => !index.has(c))
  if (missing.length > 0) {
    const names = missing.map((c) => `« ${importColumns[c].label} »`).join(' et ')
    const message = `Colonne${missing.length > 1 ? 's' : ''} ${names} introuvable${missing.length > 1 ? 's' : ''} sur la première ligne : téléchargez le fichier modèle pour voir les colonnes attendues.`
    throw new DomainError('validation', message, [{ field: 'fichier', message }])
  }
  const serviceByName = new Map(ctx.services.map((s) => [simplify(s.name), s.id]))
  const errors: ImportIssue[] = []
  const axes: ReadPlan['axes'] = []
  const axisByName = new Map<string, ReadPlan['axes'][number]>()

  for (const row of rows) {
    const cell = (c: ImportColumn) => (index.has(c) ? row.cells[index.get(c)!] : undefined)
    const value = (c: ImportColumn) => text(cell(c))
    const problem = (c: ImportColumn, message: string) =>
      errors.push({
        line: row.number,
        column: importColumns[c].label,
        message: `Ligne ${row.number}, colonne « ${importColumns[c].label} » : ${message}.`,
      })
    const before = errors.length

    const axisTitle = value('axis')
    if (axisTitle === '') problem('axis', 'l’axe est obligatoire')
    else if (axisTitle.length > 300) problem('axis', '300 caractères au plus')
    const title = value('title')
    if (title === '') problem('title', 'le titre est obligatoire')
    else if (title.length > 300) problem('title', '300 caractères au plus')
    const kindText = value('kind')
    const kind = kindText === '' ? 'action' : kindByName.get(simplify(kindText))
    if (!kind) problem('kind', `« ${kindText} » : écrivez « Projet phare » ou « Action »`)
    const number = value('number')
    if (number !== '' && !/^\d{1,3}(\.\d{1,3})?$/.test(number))
      problem('number', `« ${number} » : un numéro comme 2 ou 2.3`)
    const statusText = value('status')
    const status = statusText === '' ? 'a_lancer' : statusByName.get(simplify(statusText))
    if (!status)
      problem('status', `« ${statusText} » : ${actionStatuses.map((s) => actionStatusLabels[s]).join(', ')}`)
    const reason = value('reason')
    if (status && statusesNeedingReason.includes(status) && reason === '')
      problem('reason', `le statut « ${actionStatusLabels[status]} » demande un motif`)
    const start = readDate(cell('start'))
    const end = readDate(cell('end'))
    if (start instanceof Error) problem('start', start.message)
    if (end instanceof Error) problem('end', end.message)
    const startDate = typeof start === 'string' ? start : null
    const endDate = typeof end === 'string' ? end : null
    if (startDate && (startDate < ctx.periodStart || startDate > ctx.periodEnd))
      problem('start', `${frenchDate(startDate)} est hors de la période du plan`)
    if (endDate && (endDate < ctx.periodStart || endDate > ctx.periodEnd))
      problem('end', `${frenchDate(endDate)} est hors de la période du plan`)
    if (startDate && endDate && endDate < startDate) problem('end', 'la fin est avant le début')
    const serviceIds: string[] = []
    for (const name of list(value('services'))) {
      const id = serviceByName.get(simplify(name))
      if (id) serviceIds.push(id)
      else
        problem(
          'services',
          `service « ${name} » inconnu (services de l’organisation : ${ctx.services.map((s) => s.name).join(', ') || 'aucun'})`,
        )
    }
    const budget = readEuros(cell('budget'))
    if (budget instanceof Error) problem('budget', budget.message)
    const funder = value('funder')
    const yearText = value('year')
    const year = yearText === '' ? Number((startDate ?? ctx.periodStart).slice(0, 4)) : Number(yearText)
    if (yearText !== '' && !/^\d{4}$/.test(yearText))
      problem('year', `« ${yearText} » : une année sur 4 chiffres`)
    else if (
      typeof budget === 'number' &&
      (year < Number(ctx.periodStart.slice(0, 4)) || year > Number(ctx.periodEnd.slice(0, 4)))
    )
      problem('year', `${year} est hors de la période du plan`)
    if (typeof budget === 'number' && funder === '')
      problem('funder', 'le financeur du budget prévu est obligatoire')
    if (funder !== '' && budget === null)
      problem('budget', `le budget prévu par « ${funder} » est obligatoire`)
    if (funder.length > 200) problem('funder', '200 caractères au plus')
    for (const c of ['objective', 'pilots', 'partners', 'publics', 'reason'] as const)
      if (value(c).length > 2000) problem(c, '2 000 caractères au plus')

    if (errors.length > before) continue
    let axis = axisByName.get(simplify(axisTitle))
    if (!axis) {
      axis = { title: axisTitle, actions: [] }
      axisByName.set(simplify(axisTitle), axis)
      axes.push(axis)
    }
    axis.actions.push({
      line: row.number,
      number,
      kind: kind!,
      title,
      objective: value('objective'),
      pilotNames: list(value('pilots')).join(', '),
      serviceIds,
      partners: list(value('partners')).map((name) => ({ name })),
      targetPublics: value('publics'),
      startDate,
      endDate,
      status: status!,
      statusReason: reason,
      budget: typeof budget === 'number' ? [{ funder, year, plannedCents: budget, label: '' }] : [],
    })
  }
  // Within an axis, the numbers given order the actions (the others keep the file's order).
  const rank = (n: string) => (n.includes('.') ? Number(n.split('.')[1]) : Number.POSITIVE_INFINITY)
  for (const axis of axes) {
    const numbered = axis.actions.every((a) => a.number.includes('.'))
    if (numbered) axis.actions.sort((a, b) => rank(a.number) - rank(b.number))
    axis.actions.forEach((a, i) => (a.number = `${axes.indexOf(axis) + 1}.${i + 1}`))
  }
  if (rows.length === 0)
    errors.push({
      line: 2,
      column: '',
      message: 'Aucune ligne sous les titres des colonnes : rien à importer.',
    })
  return { lines: rows.length, axes, errors }
}
