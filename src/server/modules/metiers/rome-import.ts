import { DomainError } from '../../../shared/errors'
import type { RomeFileKind, RomeImportView } from '../../../shared/modules/metiers/fiches.contract'
import { decodeUtf8, headerKey, splitCsv } from './fiches.csv'

/** One appellation of the appellations file. */
export interface RomeAppellationLine {
  codeOgr: string
  codeRome: string
  longLabel: string
  shortLabel: string
  /** When the file also carries the fiche's label. */
  romeLabel: string | null
}

/** What a ROME file holds, read and checked, before anything is written. */
export interface RomeFilePlan {
  kind: RomeFileKind
  version: string
  lines: number
  appellations: RomeAppellationLine[]
  /** code_rome → libelle_rome (codes file, or appellations file carrying the label). */
  codes: Map<string, string>
  badLines: { line: number; reasons: string[] }[]
}

/** The referential as stored, and the fiches that point into it. */
export interface RomeCurrentState {
  appellations: { codeOgr: string; codeRome: string; longLabel: string; romeLabel: string }[]
  fiches: { slug: string; title: string; codeRome: string; codeOgr: string | null }[]
}

const required: Record<RomeFileKind, string[]> = {
  appellations: ['code_rome', 'code_ogr', 'libelle_appellation_long', 'libelle_appellation_court'],
  codes: ['code_rome', 'libelle_rome'],
}

const refuse = (message: string) => new DomainError('unprocessable', message, [{ field: 'fichier', message }])

/** « unix_referentiel_appellation_v460_utf8.csv » → « 4.60 ». */
export function versionFromFileName(fileName: string | undefined): string | undefined {
  const match = /_v(\d)(\d{2,3})(?:_|\.|$)/i.exec(fileName ?? '')
  return match ? `${match[1]}.${match[2]}` : undefined
}

const romeCodePattern = /^[A-N]\d{4}$/
const ogrPattern = /^\d{1,7}$/
const MAX_LABEL = 300

/** Reads a ROME file: recognises which of the two it is by its header, and checks every line. */
export function readRomeFile(bytes: Buffer, options: { fileName?: string; version?: string }): RomeFilePlan {
  const text = decodeUtf8(bytes)
  const records = splitCsv(text)
  const header = records[0]?.fields.map(headerKey) ?? []
  const kind: RomeFileKind | undefined = required.appellations.every((c) => header.includes(c))
    ? 'appellations'
    : required.codes.every((c) => header.includes(c))
      ? 'codes'
      : undefined
  if (!kind)
    throw refuse(
      `En-tête non reconnu (${header.slice(0, 6).join(', ') || 'vide'}) : le fichier des appellations a les colonnes ${required.appellations.join(', ')} ; celui des codes, ${required.codes.join(', ')}. Rien n’a été importé.`,
    )
  const column = (name: string) => header.indexOf(name)
  const versionColumn = [column('version'), column('version_rome')].find((i) => i >= 0)
  const data = records.slice(1)
  const fileVersion = versionColumn === undefined ? undefined : data[0]?.fields[versionColumn]?.trim()
  const version = versionFromFileName(options.fileName) ?? (fileVersion || undefined) ?? options.version
  if (!version)
    throw new DomainError(
      'validation',
      'Version du ROME : introuvable dans le nom du fichier (…_v460_…) ; indiquez-la (ex. 4.60).',
      [{ field: 'version', message: 'Indiquez la version du ROME (ex. 4.60).' }],
    )
  if (data.length === 0)
    throw refuse('Le fichier ne contient aucune ligne après l’en-tête ; rien n’a été importé.')

  const badLines: RomeFilePlan['badLines'] = []
  const appellations: RomeAppellationLine[] = []
  const codes = new Map<string, string>()
  const seenOgr = new Set<string>()
  const labelColumn = column('libelle_rome')
  for (const record of data) {
    const reasons: string[] = []
    const field = (name: string) => (record.fields[column(name)] ?? '').trim()
    if (record.fields.length < header.length)
      reasons.push(
        `${header.length} colonnes attendues, ${record.fields.length} trouvées (colonne manquante ou séparateur différent).`,
      )
    const codeRome = field('code_rome').toUpperCase()
    if (!romeCodePattern.test(codeRome))
      reasons.push(`code_rome « ${codeRome} » : une lettre et quatre chiffres attendus (ex. K1306).`)
    const label = (name: string, what: string) => {
      const value = field(name)
      if (!value) reasons.push(`${name} : ${what} manquant.`)
      else if (value.length > MAX_LABEL) reasons.push(`${name} : ${MAX_LABEL} caractères au plus.`)
      return value
    }
    if (kind === 'appellations') {
      const codeOgr = field('code_ogr')
      if (!ogrPattern.test(codeOgr)) reasons.push(`code_ogr « ${codeOgr} » : des chiffres attendus.`)
      else if (seenOgr.has(codeOgr)) reasons.push(`code_ogr ${codeOgr} : en double dans le fichier.`)
      seenOgr.add(codeOgr)
      const longLabel = label('libelle_appellation_long', 'libellé')
      const shortLabel = label('libelle_appellation_court', 'libellé court')
      const romeLabel = labelColumn >= 0 ? field('libelle_rome') || null : null
      if (reasons.length === 0) {
        appellations.push({ codeOgr, codeRome, longLabel, shortLabel, romeLabel })
        if (romeLabel) codes.set(codeRome, romeLabel)
      }
    } else {
      const romeLabel = label('libelle_rome', 'libellé')
      if (codes.has(codeRome) && codes.get(codeRome) !== romeLabel)
        reasons.push(`code_rome ${codeRome} : en double avec un autre libellé.`)
      if (reasons.length === 0) codes.set(codeRome, romeLabel)
    }
    if (reasons.length > 0) badLines.push({ line: record.line, reasons })
  }
  return { kind, version, lines: data.length, appellations, codes, badLines }
}

/** What the import changes in the referential and in the fiches' codes. */
export function compareRome(
  plan: RomeFilePlan,
  current: RomeCurrentState,
): Omit<RomeImportView, 'committed'> {
  const currentByOgr = new Map(current.appellations.map((a) => [a.codeOgr, a]))
  const currentCodes = new Map<string, string>()
  for (const a of current.appellations)
    if (!currentCodes.has(a.codeRome) || a.romeLabel) currentCodes.set(a.codeRome, a.romeLabel)
  const fiches: RomeImportView['fiches'] = []
  let added = 0
  let renamed = 0
  let removed = 0
  if (plan.kind === 'appellations') {
    const next = new Map(plan.appellations.map((a) => [a.codeOgr, a]))
    for (const a of plan.appellations) {
      const before = currentByOgr.get(a.codeOgr)
      if (!before) added++
      else if (before.longLabel !== a.longLabel || before.codeRome !== a.codeRome) renamed++
    }
    for (const ogr of currentByOgr.keys()) if (!next.has(ogr)) removed++
    const nextCodes = new Set(plan.appellations.map((a) => a.codeRome))
    for (const f of current.fiches) {
      if (!nextCodes.has(f.codeRome)) {
        fiches.push({ ...f, change: 'code_disparu', before: f.codeRome, after: null })
        continue
      }
      if (!f.codeOgr) continue
      const after = next.get(f.codeOgr)
      const before = currentByOgr.get(f.codeOgr)
      if (!after)
        fiches.push({
          ...f,
          change: 'appellation_disparue',
          before: before?.longLabel ?? f.codeOgr,
          after: null,
        })
      else if (before && before.longLabel !== after.longLabel)
        fiches.push({ ...f, change: 'libelle_modifie', before: before.longLabel, after: after.longLabel })
    }
  } else {
    for (const [code, label] of plan.codes) {
      const before = currentCodes.get(code)
      if (before === undefined) added++
      else if (before && before !== label) renamed++
    }
    for (const code of currentCodes.keys()) if (!plan.codes.has(code)) removed++
    for (const f of current.fiches) {
      const after = plan.codes.get(f.codeRome)
      const before = currentCodes.get(f.codeRome)
      if (after === undefined)
        fiches.push({ ...f, change: 'code_disparu', before: before || f.codeRome, after: null })
      else if (before && before !== after) fiches.push({ ...f, change: 'libelle_modifie', before, after })
    }
  }
  return {
    kind: plan.kind,
    version: plan.version,
    lines: plan.lines,
    codes:
      plan.kind === 'appellations' ? new Set(plan.appellations.map((a) => a.codeRome)).size : plan.codes.size,
    appellations: plan.appellations.length,
    added,
    renamed,
    removed,
    badLines: plan.badLines,
    fiches,
  }
}

/** Text searched by the editors' lookup: lower case, without accents. */
export const romeSearchText = (...parts: string[]) =>
  parts
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
