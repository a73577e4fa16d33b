import { DomainError } from '../../../../shared/errors'
import type { RnaFormat } from '../../../../shared/modules/partenaires/imports.contract'
import { isValidSiret } from '../../../../shared/zod/fr'
import { normaliseCommuneCode } from './commune-codes'
import { decodeExtract, splitDelimited, type TextRecord } from './delimited-text'

/** Columns of the RNA_waldec extract (associations declared or modified since 2009). */
export const waldecColumns = [
  'id',
  'id_ex',
  'siret',
  'rup_mi',
  'gestion',
  'date_creat',
  'date_decla',
  'date_publi',
  'date_disso',
  'nature',
  'groupement',
  'titre',
  'titre_court',
  'objet',
  'objet_social1',
  'objet_social2',
  'adrs_complement',
  'adrs_numvoie',
  'adrs_repetition',
  'adrs_typevoie',
  'adrs_libvoie',
  'adrs_distrib',
  'adrs_codeinsee',
  'adrs_codepostal',
  'adrs_libcommune',
  'adrg_declarant',
  'adrg_complemid',
  'adrg_complemgeo',
  'adrg_libvoie',
  'adrg_distrib',
  'adrg_codepostal',
  'adrg_achemine',
  'adrg_pays',
  'dir_civilite',
  'siteweb',
  'publiweb',
  'observation',
  'position',
  'maj_time',
] as const

/** Columns of the RNA_import extract (older associations, without declaration since 2009). */
export const importColumns = [
  'id',
  'id_ex',
  'siret',
  'gestion',
  'date_creat',
  'date_publi',
  'nature',
  'groupement',
  'titre',
  'objet',
  'objet_social1',
  'objet_social2',
  'adr1',
  'adr2',
  'adr3',
  'adrs_codepostal',
  'libcom',
  'adrs_codeinsee',
  'dir_civilite',
  'telephone',
  'siteweb',
  'email',
  'observation',
  'position',
  'rup_mi',
  'maj_time',
] as const

/** Columns the import reads: without them a file is refused whole. */
const required: Record<RnaFormat, readonly string[]> = {
  waldec: [
    'id',
    'titre',
    'siret',
    'date_creat',
    'date_disso',
    'adrs_numvoie',
    'adrs_typevoie',
    'adrs_libvoie',
    'adrs_codeinsee',
    'adrs_codepostal',
    'adrs_libcommune',
    'position',
  ],
  import: [
    'id',
    'titre',
    'siret',
    'date_creat',
    'adr1',
    'adrs_codepostal',
    'libcom',
    'adrs_codeinsee',
    'position',
  ],
}

/** An association as read from a line of the extract. */
export interface RnaAssociation {
  line: number
  rnaId: string
  siret: string | null
  name: string
  description: string
  address: string
  postcode: string | null
  city: string | null
  /** The commune's INSEE code, arrondissements of Paris, Marseille and Lyon made their city's. */
  citycode: string
  website: string | null
  email: string | null
  phone: string | null
  /** A: active; D: dissolved; S: deleted. */
  position: 'A' | 'D' | 'S'
  dissolved: boolean
  updatedAt: string
}

export interface RnaExtract {
  format: RnaFormat
  encoding: 'utf-8' | 'windows-1252'
  lines: number
  associations: RnaAssociation[]
  badLines: Map<number, string[]>
  /** The commune of each bad line, when its code could be read: a bad line outside the area is no matter. */
  badLineCommunes: Map<number, string>
  warnings: Map<number, string[]>
  ignoredColumns: string[]
}

const voieTypes: Record<string, string> = {
  AV: 'avenue',
  AVE: 'avenue',
  BD: 'boulevard',
  BLD: 'boulevard',
  PL: 'place',
  CHE: 'chemin',
  CHEM: 'chemin',
  IMP: 'impasse',
  ALL: 'allée',
  RTE: 'route',
  FG: 'faubourg',
  SQ: 'square',
  CRS: 'cours',
  PASS: 'passage',
  QU: 'quai',
  QUAI: 'quai',
  R: 'rue',
  RUE: 'rue',
  RLE: 'ruelle',
  SEN: 'sentier',
  CITE: 'cité',
  CTRE: 'centre',
  ESP: 'esplanade',
  HAM: 'hameau',
  LOT: 'lotissement',
  MTE: 'montée',
  PRO: 'promenade',
  RES: 'résidence',
  RPT: 'rond-point',
  VOIE: 'voie',
  ZA: 'zone artisanale',
  ZI: 'zone industrielle',
  PARV: 'parvis',
}
const repetitions: Record<string, string> = { B: 'bis', T: 'ter', Q: 'quater' }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const FRENCH_DATE = /^\d{2}\/\d{2}\/\d{4}$/
const isDate = (v: string) => ISO_DATE.test(v) || FRENCH_DATE.test(v)
/** The RNA writes a missing date as 0001-01-01. */
const noDate = (v: string) => v === '' || v === '0001-01-01' || v === '01/01/0001'
const isInsee = (v: string) => /^(?:\d{5}|2[AB]\d{3})$/i.test(v)

const clean = (v: string | undefined) => (v ?? '').replace(/\s+/g, ' ').trim()

/** The share of checked values above which a column is taken as shifted rather than badly typed. */
const SHIFTED_SHARE = 0.5

/** Which extract a header names; null when it is neither. */
export function rnaFormatOf(header: readonly string[]): RnaFormat | null {
  const names = new Set(header.map((h) => h.trim().toLowerCase()))
  if (names.has('adrs_libvoie') || names.has('date_disso')) return 'waldec'
  if (names.has('adr1') || names.has('libcom')) return 'import'
  return null
}

function refuse(message: string, field = 'fichier'): DomainError {
  return new DomainError('unprocessable', message, [{ field, message }])
}

/**
 * Reads an RNA extract whole before anything is stored: encoding, header, then each column's
 * values over every line. A file whose columns do not hold what their names say (dates that are
 * not dates, INSEE codes that are not 5 characters, positions other than A, D, S) is refused
 * with the column named.
 */
export function readRnaExtract(bytes: Buffer): RnaExtract {
  if (bytes.length === 0) throw refuse('Le fichier est vide.')
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50)
    throw refuse(
      'Fichier ZIP : décompressez l’archive du RNA et importez le fichier CSV de votre département.',
    )
  const { text, encoding } = decodeExtract(bytes)
  const records = splitDelimited(text, ';')
  const [headerRecord, ...data] = records
  if (!headerRecord || data.length === 0)
    throw refuse(
      'Le fichier ne contient aucune association : la première ligne porte les noms de colonnes, les associations suivent.',
    )
  const header = headerRecord.fields.map((h) => h.trim().toLowerCase())
  const format = rnaFormatOf(header)
  if (!format)
    throw refuse(
      'Ce fichier n’est pas un extrait du RNA : la première ligne doit porter les colonnes de RNA_waldec (id;id_ex;siret;…;adrs_libvoie;…) ou de RNA_import (id;id_ex;siret;…;adr1;…). Vérifiez aussi que le séparateur est le point-virgule.',
    )
  const missing = required[format].filter((c) => !header.includes(c))
  if (missing.length)
    throw refuse(
      `Colonne${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} dans l’extrait RNA_${format} : ${missing.map((c) => `« ${c} »`).join(', ')}. Rien n’a été importé.`,
      missing[0],
    )
  const known: readonly string[] = format === 'waldec' ? waldecColumns : importColumns
  const ignoredColumns = header.filter((h) => h !== '' && !known.includes(h))
  const at = new Map(header.map((h, i) => [h, i]))
  const get = (r: TextRecord, column: string) => {
    const i = at.get(column)
    return i === undefined ? '' : clean(r.fields[i])
  }

  assertColumnsInPlace(data, header.length, get)

  const badLines = new Map<number, string[]>()
  const badLineCommunes = new Map<number, string>()
  const warnings = new Map<number, string[]>()
  const associations: RnaAssociation[] = []
  for (const record of data) {
    const reasons: string[] = []
    const notes: string[] = []
    const rnaId = get(record, 'id').toUpperCase()
    const name = get(record, 'titre')
    const position = get(record, 'position').toUpperCase()
    const rawInsee = get(record, 'adrs_codeinsee')
    const created = get(record, 'date_creat')
    if (!/^W\d{9}$/.test(rnaId) && !/^\d{10}$/.test(rnaId))
      reasons.push(`id : « ${rnaId} » n’est pas un numéro RNA (W suivi de 9 chiffres).`)
    if (!name) reasons.push('titre : le nom de l’association est vide.')
    if (position !== 'A' && position !== 'D' && position !== 'S')
      reasons.push(`position : « ${position} » au lieu de A (active), D (dissoute) ou S (supprimée).`)
    if (!isInsee(rawInsee))
      reasons.push(`adrs_codeinsee : « ${rawInsee} » n’est pas un code INSEE de 5 caractères.`)
    if (created && !noDate(created) && !isDate(created))
      reasons.push(`date_creat : « ${created} » n’est pas une date.`)
    const disso = format === 'waldec' ? get(record, 'date_disso') : ''
    if (disso && !noDate(disso) && !isDate(disso))
      reasons.push(`date_disso : « ${disso} » n’est pas une date.`)
    let siret: string | null = get(record, 'siret').replace(/\s/g, '') || null
    if (siret && !isValidSiret(siret)) {
      notes.push(`siret : « ${siret} » n’est pas un SIRET valide ; l’association est importée sans.`)
      siret = null
    }
    if (reasons.length) badLines.set(record.line, reasons)
    if (reasons.length && isInsee(rawInsee)) badLineCommunes.set(record.line, normaliseCommuneCode(rawInsee))
    if (notes.length) warnings.set(record.line, notes)
    if (reasons.length) continue

    const address =
      format === 'waldec'
        ? [
            get(record, 'adrs_numvoie'),
            repetitions[get(record, 'adrs_repetition').toUpperCase()] ??
              get(record, 'adrs_repetition').toLowerCase(),
            voieTypes[get(record, 'adrs_typevoie').toUpperCase()] ??
              get(record, 'adrs_typevoie').toLowerCase(),
            get(record, 'adrs_libvoie'),
          ]
            .filter(Boolean)
            .join(' ')
        : get(record, 'adr1') || get(record, 'adr2')
    const complement = format === 'waldec' ? get(record, 'adrs_complement') : get(record, 'adr2')
    const website = get(record, 'siteweb')
    associations.push({
      line: record.line,
      rnaId,
      siret,
      name,
      description: get(record, 'objet'),
      address: [address, complement && complement !== address ? complement : ''].filter(Boolean).join(', '),
      postcode: /^\d{5}$/.test(get(record, 'adrs_codepostal')) ? get(record, 'adrs_codepostal') : null,
      city: get(record, format === 'waldec' ? 'adrs_libcommune' : 'libcom') || null,
      citycode: normaliseCommuneCode(rawInsee),
      website:
        website && /^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(website)
          ? /^https?:/i.test(website)
            ? website
            : `https://${website}`
          : null,
      email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(get(record, 'email'))
        ? get(record, 'email').toLowerCase()
        : null,
      phone: get(record, 'telephone') || null,
      position: position as 'A' | 'D' | 'S',
      dissolved: position !== 'A' || (!!disso && !noDate(disso)),
      updatedAt: get(record, 'maj_time'),
    })
  }
  return {
    format,
    encoding,
    lines: data.length,
    associations,
    badLines,
    badLineCommunes,
    warnings,
    ignoredColumns,
  }
}

/**
 * A shifted column shows in most lines at once: the wrong number of fields, dates that are not
 * dates, INSEE codes that are not codes, positions that are not A, D or S. One bad line is that
 * line's problem; most lines are the file's.
 */
function assertColumnsInPlace(
  data: TextRecord[],
  width: number,
  get: (r: TextRecord, column: string) => string,
) {
  const share = (test: (r: TextRecord) => boolean | null) => {
    let checked = 0
    let failed = 0
    let example: TextRecord | undefined
    for (const r of data) {
      const ok = test(r)
      if (ok === null) continue
      checked++
      if (!ok) {
        failed++
        example ??= r
      }
    }
    return { failed: checked ? failed / checked : 0, example }
  }
  const percent = (x: number) => `${Math.round(x * 100)} %`
  const widths = share((r) => r.fields.length === width)
  if (widths.failed > SHIFTED_SHARE)
    throw refuse(
      `Les lignes ne comptent pas le même nombre de colonnes que l’en-tête (${width}) : ${percent(widths.failed)} des lignes diffèrent (ex. ligne ${widths.example!.line} : ${widths.example!.fields.length} colonnes). Les colonnes sont décalées ; rien n’a été importé.`,
    )
  const checks: { column: string; what: string; test: (v: string) => boolean }[] = [
    { column: 'date_creat', what: 'une date', test: (v) => noDate(v) || isDate(v) },
    { column: 'adrs_codeinsee', what: 'un code INSEE de 5 caractères', test: isInsee },
    { column: 'position', what: 'A, D ou S', test: (v) => /^[ADS]$/i.test(v) },
  ]
  for (const check of checks) {
    const result = share((r) => {
      const v = get(r, check.column)
      return v === '' && check.column === 'date_creat' ? null : check.test(v)
    })
    if (result.failed > SHIFTED_SHARE)
      throw refuse(
        `Colonne « ${check.column} » : ${percent(result.failed)} des lignes n’y portent pas ${check.what} (ex. ligne ${result.example!.line} : « ${get(result.example!, check.column)} »). Les colonnes semblent décalées ; rien n’a été importé.`,
        check.column,
      )
  }
}
