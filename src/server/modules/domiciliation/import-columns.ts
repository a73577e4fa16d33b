import { DomainError } from '../../../shared/errors'
import {
  ayantDroitParts,
  normaliseHeader,
  personColumns,
  type AyantDroitPart,
  type PersonColumn,
} from '../../../shared/modules/domiciliation/exchange.columns'
import {
  MAX_IMPORT_AYANTS_DROIT,
  type ImportFormat,
} from '../../../shared/modules/domiciliation/reports.constants'
import type { Cell } from './import-file'

/**
 * DomiFa's import template: 34 columns in a fixed order, then nine groups of four columns for the
 * ayants droit (name, first name, birth date, relationship). Only the order matters; the
 * headers are used to recognise the template.
 */
export const domifaColumns = [
  'customRef',
  'civilite',
  'nom',
  'prenom',
  'surnom',
  'dateNaissance',
  'lieuNaissance',
  'telephone',
  'email',
  'statutDom',
  'motifRefus',
  'motifRadiation',
  'typeDom',
  'dateDebutDom',
  'dateFinDom',
  'datePremiereDom',
  'dateDernierPassage',
  'orientation',
  'orientationDetail',
  'domiciliationExistante',
  'revenus',
  'revenusDetail',
  'liencommune',
  'liencommuneDetail',
  'typeMenage',
  'situationResidentielle',
  'situationDetails',
  'causeInstabilite',
  'causeDetail',
  'raisonDemande',
  'raisonDemandeDetail',
  'accompagnement',
  'accompagnementDetail',
  'commentaires',
] as const
export type DomifaColumn = (typeof domifaColumns)[number]
const DOMIFA_AYANTS_DROIT_FROM = domifaColumns.length

/** DomiFa's column headers as they start (normalised): enough to recognise the template. */
const domifaHeaderStarts = ['numero d identification', 'civilite', 'nom', 'prenom']

/** The cells of a row, read by name: DomiFa's fixed positions, or our named columns. */
export interface RowReader {
  format: ImportFormat
  /** Headers the format does not read. */
  ignored: string[]
  person(cells: Cell[]): Partial<Record<PersonColumn, Cell>>
  /** DomiFa's own columns (its motives come in two columns, its interview in its own words). */
  domifa(cells: Cell[]): Partial<Record<DomifaColumn, Cell>>
  ayantsDroit(cells: Cell[]): Partial<Record<AyantDroitPart, Cell>>[]
}

const at = (cells: Cell[], i: number): Cell => cells[i] ?? null

function domifaReader(): RowReader {
  return {
    format: 'domifa',
    ignored: [],
    person: () => ({}),
    domifa: (cells) => Object.fromEntries(domifaColumns.map((c, i) => [c, at(cells, i)])),
    ayantsDroit: (cells) =>
      Array.from({ length: MAX_IMPORT_AYANTS_DROIT }, (_, g) => {
        const from = DOMIFA_AYANTS_DROIT_FROM + g * 4
        return Object.fromEntries(ayantDroitParts.map((p, k) => [p.key, at(cells, from + k)]))
      }),
  }
}

const ayantDroitPattern = /^ayant droit (\d{1,2}) (.+)$/

function namedReader(headers: Cell[]): RowReader {
  const byHeader = new Map<string, PersonColumn>()
  for (const c of personColumns) byHeader.set(normaliseHeader(c.header), c.key)
  for (const c of personColumns) byHeader.set(normaliseHeader(c.key), c.key)
  const parts = new Map(ayantDroitParts.map((p) => [normaliseHeader(p.header), p.key]))
  const columns = new Map<PersonColumn, number>()
  const groups = new Map<number, Map<AyantDroitPart, number>>()
  const ignored: string[] = []
  headers.forEach((header, i) => {
    if (header === null) return
    const name = normaliseHeader(String(header))
    const key = byHeader.get(name)
    const group = ayantDroitPattern.exec(name)
    const part = group ? parts.get(group[2]!) : undefined
    if (key && !columns.has(key)) columns.set(key, i)
    else if (group && part) {
      const index = Number(group[1])
      groups.set(index, (groups.get(index) ?? new Map<AyantDroitPart, number>()).set(part, i))
    } else ignored.push(String(header))
  })
  const order = [...groups.keys()].sort((a, b) => a - b)
  return {
    format: 'lien',
    ignored,
    person: (cells) => Object.fromEntries([...columns].map(([key, i]) => [key, at(cells, i)])),
    domifa: () => ({}),
    ayantsDroit: (cells) =>
      order.map((g) => Object.fromEntries([...groups.get(g)!].map(([part, i]) => [part, at(cells, i)]))),
  }
}

/**
 * How to read the rows, from the header row: DomiFa's template when its first headers are there
 * (or when asked), else our named columns, which need at least the name and first name.
 */
export function rowReader(headers: Cell[], asked: ImportFormat | undefined): RowReader {
  const names = headers.map((h) => (h === null ? '' : normaliseHeader(String(h))))
  const looksDomifa = domifaHeaderStarts.every((start, i) => (names[i] ?? '').startsWith(start))
  if (asked === 'domifa' || (!asked && looksDomifa)) return domifaReader()
  const reader = namedReader(headers)
  const found = new Set(names)
  const required = ['nom', 'prenom'].filter((h) => !found.has(h))
  if (required.length)
    throw new DomainError(
      'validation',
      `En-têtes non reconnus : la première ligne doit nommer les colonnes (au moins « Nom » et « Prénom »), ou reprendre le modèle d’import DomiFa.`,
    )
  return reader
}
