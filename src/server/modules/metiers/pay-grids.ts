import { DomainError } from '../../../shared/errors'
import type {
  PayGridKind,
  PayScaleInput,
  PayScaleView,
} from '../../../shared/modules/metiers/fiches.contract'
import { decodeUtf8, headerKey, splitCsv } from './fiches.csv'

/** One step of a grid as read from its file. */
export interface PayStep {
  grade: string
  step: number
  indiceBrut: number | null
  indiceMajore: number | null
  monthlyGrossCents: number | null
  durationMonths: number | null
}

export interface PayGridFilePlan {
  lines: number
  steps: PayStep[]
  badLines: { line: number; reasons: string[] }[]
  /** A `# source : …` line at the top of the file, when it has one. */
  source: string | null
}

const columns: Record<PayGridKind, { required: string[]; optional: string[] }> = {
  fpt: { required: ['grade', 'echelon', 'indice_brut', 'indice_majore'], optional: ['duree_mois'] },
  convention: { required: ['grade', 'echelon', 'salaire_brut_mensuel'], optional: ['duree_mois'] },
}

const refuse = (message: string) => new DomainError('unprocessable', message, [{ field: 'fichier', message }])

/**
 * FPT « traitement brut indiciaire »: indice majoré × yearly value of the point / 12, in cents.
 * The point is given in euros with up to four decimals, so the amount is computed from it exactly
 * rather than from a rounded value.
 */
export const monthlyFromIndex = (indiceMajore: number, pointValueEuros: number) =>
  Math.round((indiceMajore * pointValueEuros * 100) / 12)

/** « 1 823,45 », « 1823.45 », « 1823 € » → 182345 cents; undefined when not an amount. */
export function parseEuros(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '')
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(compact)) return undefined
  return Math.round(Number(compact.replace(',', '.')) * 100)
}

const wholeNumber = (text: string): number | undefined => (/^\d{1,6}$/.test(text) ? Number(text) : undefined)

/**
 * Reads a pay grid file: one grid per file, FPT columns (grade;echelon;indice_brut;indice_majore;
 * duree_mois) or agreement columns (grade;echelon;salaire_brut_mensuel). Every bad line is named
 * with its reasons; the caller writes nothing when there is one.
 */
export function readPayGridFile(
  bytes: Buffer,
  kind: PayGridKind,
  pointValueEuros: number | null,
): PayGridFilePlan {
  const text = decodeUtf8(bytes)
  let source: string | null = null
  // Comment lines (« # source : … ») are kept out of the records but still counted as lines.
  const uncommented = text
    .split(/\r?\n/)
    .map((line) => {
      if (!line.startsWith('#')) return line
      const found = /^#\s*source\s*:\s*(.+)$/i.exec(line)
      if (found && source === null) source = found[1]!.trim()
      return ''
    })
    .join('\n')
  const records = splitCsv(uncommented)
  const header = records[0]?.fields.map(headerKey) ?? []
  const expected = columns[kind]
  const missing = expected.required.filter((c) => !header.includes(c))
  if (missing.length > 0) {
    const other = kind === 'fpt' ? 'convention' : 'fpt'
    const hint = columns[other].required.every((c) => header.includes(c))
      ? ` Ce fichier a les colonnes d’une grille ${other === 'fpt' ? 'FPT' : 'de convention collective'} : choisissez ce type.`
      : ''
    throw refuse(
      `En-tête non reconnu : colonnes manquantes ${missing.join(', ')} (attendu : ${[...expected.required, ...expected.optional].join(';')}).${hint} Rien n’a été importé.`,
    )
  }
  const data = records.slice(1)
  if (data.length === 0)
    throw refuse('La grille ne contient aucune ligne après l’en-tête ; rien n’a été importé.')
  const at = (record: { fields: string[] }, name: string) =>
    (record.fields[header.indexOf(name)] ?? '').trim()
  const steps: PayStep[] = []
  const badLines: PayGridFilePlan['badLines'] = []
  const seen = new Set<string>()
  for (const record of data) {
    const reasons: string[] = []
    if (record.fields.length < header.length)
      reasons.push(
        `${header.length} colonnes attendues, ${record.fields.length} trouvées (colonne manquante ou séparateur différent).`,
      )
    const grade = at(record, 'grade')
    if (!grade) reasons.push('grade : manquant.')
    else if (grade.length > 150) reasons.push('grade : 150 caractères au plus.')
    const step = wholeNumber(at(record, 'echelon'))
    if (step === undefined || step < 1 || step > 40)
      reasons.push(`echelon « ${at(record, 'echelon')} » : un nombre entier de 1 à 40.`)
    const key = `${grade.toLowerCase()}|${step}`
    if (grade && step !== undefined && seen.has(key))
      reasons.push(`grade « ${grade} », échelon ${step} : en double.`)
    seen.add(key)
    const durationText = at(record, 'duree_mois')
    const durationMonths = durationText === '' ? null : wholeNumber(durationText)
    if (durationMonths === undefined || (durationMonths !== null && durationMonths > 600))
      reasons.push(`duree_mois « ${durationText} » : un nombre de mois (ou vide pour le dernier échelon).`)
    let indiceBrut: number | null = null
    let indiceMajore: number | null = null
    let monthlyGrossCents: number | null = null
    if (kind === 'fpt') {
      const brut = wholeNumber(at(record, 'indice_brut'))
      const majore = wholeNumber(at(record, 'indice_majore'))
      if (brut === undefined || brut < 100 || brut > 2000)
        reasons.push(`indice_brut « ${at(record, 'indice_brut')} » : un nombre entier entre 100 et 2000.`)
      if (majore === undefined || majore < 100 || majore > 2000)
        reasons.push(`indice_majore « ${at(record, 'indice_majore')} » : un nombre entier entre 100 et 2000.`)
      indiceBrut = brut ?? null
      indiceMajore = majore ?? null
      if (majore !== undefined && pointValueEuros !== null)
        monthlyGrossCents = monthlyFromIndex(majore, pointValueEuros)
    } else {
      const amount = parseEuros(at(record, 'salaire_brut_mensuel'))
      if (amount === undefined || amount < 500_00 || amount > 30_000_00)
        reasons.push(
          `salaire_brut_mensuel « ${at(record, 'salaire_brut_mensuel')} » : un montant mensuel brut en euros entre 500 et 30 000 (ex. 1823,45).`,
        )
      monthlyGrossCents = amount ?? null
    }
    if (reasons.length > 0) badLines.push({ line: record.line, reasons })
    else
      steps.push({
        grade,
        step: step!,
        indiceBrut,
        indiceMajore,
        monthlyGrossCents,
        durationMonths: durationMonths ?? null,
      })
  }
  return { lines: data.length, steps, badLines, source }
}

/** Grades in the order they first appear. */
export const gradesOf = (steps: readonly { grade: string }[]) => [...new Set(steps.map((s) => s.grade))]

const comparable = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

export interface StoredGrid {
  name: string
  kind: string
  category: string | null
  pointValueCents: number | null
  validFrom: string
  source: string
  steps: PayStep[]
}

/**
 * The grid of a name that applies on a day: the latest valid from that day or before, or,
 * when all start later, the earliest.
 */
export function gridOn<G extends { name: string; validFrom: string }>(
  grids: readonly G[],
  name: string,
  today: string,
): G | undefined {
  const named = grids
    .filter((g) => comparable(g.name) === comparable(name))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
  return named.filter((g) => g.validFrom <= today).at(-1) ?? named[0]
}

/** A fiche's pay line, computed from the imported grid it names: never typed by hand. */
export function computePayScale(scale: Required<PayScaleInput>, grid: StoredGrid | undefined): PayScaleView {
  const base = {
    employerLabel: scale.employerLabel,
    sector: scale.sector,
    gridName: scale.gridName,
    note: scale.note,
  }
  if (!grid)
    return {
      ...base,
      gridFound: false,
      gridKind: null,
      category: null,
      validFrom: null,
      source: '',
      grades: [],
      minIndiceMajore: null,
      maxIndiceMajore: null,
      pointValueCents: null,
      minMonthlyGrossCents: null,
      maxMonthlyGrossCents: null,
    }
  const wanted = new Set(scale.grades.map(comparable))
  const steps = wanted.size === 0 ? grid.steps : grid.steps.filter((s) => wanted.has(comparable(s.grade)))
  const indices = steps.map((s) => s.indiceMajore).filter((v): v is number => v !== null)
  const amounts = steps.map((s) => s.monthlyGrossCents).filter((v): v is number => v !== null)
  const extreme = (values: number[], pick: (...v: number[]) => number) =>
    values.length ? pick(...values) : null
  return {
    ...base,
    gridFound: true,
    gridKind: grid.kind === 'fpt' ? 'fpt' : 'convention',
    category: grid.category,
    validFrom: grid.validFrom,
    source: grid.source,
    grades: gradesOf(steps),
    minIndiceMajore: extreme(indices, Math.min),
    maxIndiceMajore: extreme(indices, Math.max),
    pointValueCents: grid.pointValueCents,
    minMonthlyGrossCents: extreme(amounts, Math.min),
    maxMonthlyGrossCents: extreme(amounts, Math.max),
  }
}
