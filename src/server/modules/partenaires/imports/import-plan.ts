import type { WeeklyHours } from '../../../../shared/modules/partenaires/directory.constants'
import type {
  ImportEntryView,
  ImportKind,
  ImportPreviewView,
  RnaFormat,
} from '../../../../shared/modules/partenaires/imports.contract'
import { PREVIEW_ENTRIES } from '../../../../shared/modules/partenaires/imports.contract'

export interface PlannedPlace {
  addressInput: string
  postcode: string | null
  city: string | null
  citycode: string | null
  openingHours: WeeklyHours
  /** From a spreadsheet's accessibility column; absent, the place keeps the default (not accessible). */
  wheelchairAccessible?: boolean
  hearingLoop?: boolean
}

export interface PlannedService {
  line: number
  name: string
  description: string
  themes: string[]
  subThemes: string[]
  publics: string[]
  /** Age limits, when the spreadsheet has the columns; absent, a service met again keeps its own. */
  ageMin?: number | null
  ageMax?: number | null
  languages: string[]
  referralMode: string
  accessConditions: string
  whatToBring: string
  phone: string | null
  email: string | null
  /** Hours of the service when they differ from its place's. */
  openingHours: WeeklyHours | null
  /** The place the service is given at (key among the structure's places). */
  placeKey: string | null
}

/** A structure the import creates, or updates when `existingId` is set. */
export interface PlannedStructure {
  line: number
  existingId: string | null
  kind: string
  name: string
  description: string
  rnaId: string | null
  siret: string | null
  website: string | null
  email: string | null
  phone: string | null
  source: 'rna' | 'import'
  status: 'publiee' | 'brouillon'
  /** An update of a structure kept by hand touches only its identifiers. */
  identifiersOnly: boolean
  places: Map<string, PlannedPlace>
  services: PlannedService[]
}

export interface ImportPlan {
  kind: ImportKind
  rnaFormat: RnaFormat | null
  fileType: 'csv' | 'xlsx'
  encoding: 'utf-8' | 'windows-1252' | null
  lines: number
  structures: PlannedStructure[]
  skipped: { dissolved: number; outsideArea: number; duplicates: number }
  area: { code: string; name: string }[]
  badLines: Map<number, string[]>
  warnings: Map<number, string[]>
  ignoredColumns: string[]
}

/** The key of an address among a structure's places: the same address written twice is one place. */
export const placeKeyOf = (address: string, postcode: string | null) =>
  `${address
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()}|${postcode ?? ''}`

function entryOf(structure: PlannedStructure, service: PlannedService | null): ImportEntryView {
  const place = [...structure.places.values()][0]
  return {
    line: service?.line ?? structure.line,
    action: structure.existingId ? 'mise_a_jour' : 'creation',
    name: structure.name,
    rnaId: structure.rnaId,
    siret: structure.siret,
    address: place?.addressInput ?? '',
    postcode: place?.postcode ?? null,
    city: place?.city ?? null,
    serviceName: service?.name ?? null,
    themes: service?.themes ?? [],
  }
}

const sorted = (map: Map<number, string[]>, key: 'reasons' | 'messages') =>
  [...map.entries()].sort(([a], [b]) => a - b).map(([line, list]) => ({ line, [key]: list }))

export function previewOf(plan: ImportPlan): ImportPreviewView {
  const entries: ImportEntryView[] = []
  for (const structure of plan.structures) {
    if (structure.services.length === 0) entries.push(entryOf(structure, null))
    for (const service of structure.services) entries.push(entryOf(structure, service))
    if (entries.length >= PREVIEW_ENTRIES) break
  }
  return {
    kind: plan.kind,
    rnaFormat: plan.rnaFormat,
    fileType: plan.fileType,
    encoding: plan.encoding,
    lines: plan.lines,
    structures: plan.structures.length,
    services: plan.structures.reduce((n, s) => n + s.services.length, 0),
    creations: plan.structures.filter((s) => !s.existingId).length,
    updates: plan.structures.filter((s) => s.existingId).length,
    skipped: plan.skipped,
    area: plan.area,
    badLines: sorted(plan.badLines, 'reasons') as { line: number; reasons: string[] }[],
    warnings: sorted(plan.warnings, 'messages') as { line: number; messages: string[] }[],
    ignoredColumns: plan.ignoredColumns,
    entries: entries.slice(0, PREVIEW_ENTRIES),
  }
}
