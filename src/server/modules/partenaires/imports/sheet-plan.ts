import { DomainError } from '../../../../shared/errors'
import {
  directoryThemeLabels,
  directoryThemes,
  languageLabels,
  languages,
  MAX_AGE,
  publicLabels,
  publics,
  referralModeLabels,
  referralModes,
  structureKindLabels,
  structureKinds,
  subThemeLabels,
  subThemes,
  themeOfSubTheme,
} from '../../../../shared/modules/partenaires/directory.constants'
import { MAX_SHEET_BYTES, MAX_SHEET_LINES } from '../../../../shared/modules/partenaires/imports.contract'
import { email as emailSchema, isValidSiret, telephone } from '../../../../shared/zod/fr'
import { readSheetFile, type Cell } from '../../domiciliation'
import { readHoursText } from './hours-text'
import { placeKeyOf, type ImportPlan, type PlannedStructure } from './import-plan'
import type { ExistingStructure } from './imports.repository'

/** The columns of the spreadsheet, by the names people give them (compared without accents or case). */
const columnNames = {
  structure: ['structure', 'nom', 'nom de la structure', 'association', 'organisme'],
  kind: ['type', 'type de structure', 'nature'],
  siret: ['siret'],
  rna: ['rna', 'numero rna', 'n rna'],
  website: ['site web', 'site', 'site internet'],
  service: ['service', 'nom du service', 'prestation'],
  description: ['description', 'presentation'],
  address: ['adresse', 'adresse du lieu', 'lieu'],
  postcode: ['code postal', 'cp'],
  city: ['commune', 'ville'],
  phone: ['telephone', 'tel'],
  email: ['email', 'e mail', 'courriel', 'mel'],
  themes: ['themes', 'theme', 'thematiques'],
  subThemes: ['sous themes', 'sous theme'],
  publics: ['publics', 'public'],
  languages: ['langues', 'langues parlees'],
  hours: ['horaires', 'heures d ouverture', 'horaires d ouverture'],
  mode: ['accueil', 'modalite', 'mode d accueil', 'modalites d accueil'],
  conditions: ['conditions', 'conditions d acces'],
  bring: ['a apporter', 'documents a apporter', 'pieces a apporter'],
  accessibility: ['accessibilite', 'accessibilite pmr', 'acces pmr', 'pmr'],
  ageMin: ['age minimum', 'age min', 'a partir de'],
  ageMax: ['age maximum', 'age max', 'jusqu a'],
} as const
type Column = keyof typeof columnNames

const columnLabels: Record<Column, string> = {
  structure: 'Structure',
  kind: 'Type',
  siret: 'SIRET',
  rna: 'RNA',
  website: 'Site web',
  service: 'Service',
  description: 'Description',
  address: 'Adresse',
  postcode: 'Code postal',
  city: 'Commune',
  phone: 'Téléphone',
  email: 'E-mail',
  themes: 'Thèmes',
  subThemes: 'Sous-thèmes',
  publics: 'Publics',
  languages: 'Langues',
  hours: 'Horaires',
  mode: 'Accueil',
  conditions: 'Conditions',
  bring: 'À apporter',
  accessibility: 'Accessibilité',
  ageMin: 'Âge minimum',
  ageMax: 'Âge maximum',
}

const simplify = (v: string) =>
  v
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'_-]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).replace(/\s+/g, ' ').trim()
}

/** A value among codes, accepting the code or its French label. */
function codeReader<T extends string>(codes: readonly T[], labels: Record<T, string>) {
  const known = new Map<string, T>()
  for (const code of codes) {
    known.set(simplify(code), code)
    known.set(simplify(labels[code]), code)
  }
  return (value: string) => known.get(simplify(value)) ?? null
}

const themeCode = codeReader(directoryThemes, directoryThemeLabels)
const themeAliases: Record<string, (typeof directoryThemes)[number]> = {
  'acces aux droits': 'droits_rsa',
  rsa: 'droits_rsa',
  alimentation: 'aide_alimentaire',
  hebergement: 'logement',
}
const themeOf = (value: string) => themeAliases[simplify(value)] ?? themeCode(value)
const subThemeOf = codeReader(subThemes, subThemeLabels)
const publicOf = codeReader(publics, publicLabels)
const languageOf = codeReader(languages, languageLabels)
const kindOf = codeReader(structureKinds, structureKindLabels)
const modeOf = codeReader(referralModes, referralModeLabels)
const modeAliases: Record<string, (typeof referralModes)[number]> = {
  'sans rdv': 'sans_rdv',
  'sans rendez vous': 'sans_rdv',
  libre: 'sans_rdv',
  'sur rdv': 'sur_rdv',
  'sur rendez vous': 'sur_rdv',
  rdv: 'sur_rdv',
  orientation: 'orientation_requise',
  'sur orientation': 'orientation_requise',
}

/** What an accessibility cell says: « fauteuil roulant, boucle magnétique », « PMR », « non ». */
function accessibilityOf(value: string): { wheelchair: boolean; hearingLoop: boolean; unknown: string[] } {
  const found = { wheelchair: false, hearingLoop: false, unknown: [] as string[] }
  for (const item of value.split(/\s*[,;/|+]\s*|\s+et\s+/i).filter(Boolean)) {
    const s = simplify(item)
    if (/fauteuil|pmr|mobilite reduite|plain pied|rampe/.test(s)) found.wheelchair = true
    else if (/boucle|malentendant|auditive/.test(s)) found.hearingLoop = true
    else if (!/^(non|aucune?|sans|)$/.test(s)) found.unknown.push(item)
  }
  return found
}

/** Items of a list cell; a label holding a comma (« Accès aux droits, RSA ») stays whole. */
const list = (value: string) =>
  value
    .replace(/acc[eè]s aux droits\s*,\s*rsa/gi, 'droits_rsa')
    .split(/\s*[,;/|]\s*/)
    .map((v) => v.trim())
    .filter(Boolean)

/**
 * A spreadsheet of structures and their services, one service a line: lines naming the same
 * structure (same SIRET, RNA number or name) make one structure, the same address one place.
 */
export async function planSheetImport(body: unknown, kept: ExistingStructure[]): Promise<ImportPlan> {
  if (Buffer.isBuffer(body) && body.length > MAX_SHEET_BYTES)
    throw new DomainError('payload_too_large', `Le fichier pèse plus de ${MAX_SHEET_BYTES / 1024 / 1024} Mo.`)
  const file = await readSheetFile(body)
  const [header, ...data] = file.rows
  if (!header || data.length === 0)
    throw new DomainError(
      'unprocessable',
      'Le fichier ne contient aucune ligne de données : la première ligne porte les noms de colonnes, les services suivent.',
    )
  if (data.length > MAX_SHEET_LINES)
    throw new DomainError(
      'payload_too_large',
      `Le fichier compte ${data.length} lignes : ${MAX_SHEET_LINES} au plus, découpez-le.`,
    )
  const at = new Map<Column, number>()
  const ignoredColumns: string[] = []
  header.cells.forEach((cell, index) => {
    const name = simplify(text(cell))
    const column = (Object.keys(columnNames) as Column[]).find((c) =>
      (columnNames[c] as readonly string[]).includes(name),
    )
    if (column && !at.has(column)) at.set(column, index)
    else if (text(cell)) ignoredColumns.push(text(cell))
  })
  const missing = (['structure', 'address', 'themes'] as const).filter((c) => !at.has(c))
  if (missing.length)
    throw new DomainError(
      'unprocessable',
      `Colonne${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} : ${missing
        .map((c) => `« ${columnLabels[c]} »`)
        .join(
          ', ',
        )}. La première ligne doit nommer les colonnes (Structure, Service, Adresse, Code postal, Commune, Thèmes, Horaires…). Rien n’a été importé.`,
      missing.map((c) => ({ field: columnLabels[c], message: 'Colonne manquante.' })),
    )

  const byRna = new Map(kept.filter((s) => s.rnaId).map((s) => [s.rnaId!, s]))
  const bySiret = new Map(kept.filter((s) => s.siret).map((s) => [s.siret!, s]))
  const byName = new Map(kept.map((s) => [simplify(s.name), s]))
  const planned = new Map<string, PlannedStructure>()
  const badLines = new Map<number, string[]>()
  const warnings = new Map<number, string[]>()

  for (const row of data) {
    const get = (column: Column) => {
      const index = at.get(column)
      return index === undefined ? '' : text(row.cells[index])
    }
    const reasons: string[] = []
    const notes: string[] = []
    const bad = (column: Column, message: string) => reasons.push(`${columnLabels[column]} : ${message}`)
    const name = get('structure')
    if (!name) bad('structure', 'le nom de la structure est vide.')
    else if (name.length > 200) bad('structure', '200 caractères au plus.')
    const address = get('address')
    if (!address) bad('address', 'l’adresse est vide.')
    const postcode = get('postcode')
    if (postcode && !/^\d{5}$/.test(postcode)) bad('postcode', `« ${postcode} » ne compte pas 5 chiffres.`)
    const kindText = get('kind')
    const kind = kindText ? kindOf(kindText) : 'association'
    if (!kind) bad('kind', `« ${kindText} » inconnu (association, service public, service du CCAS ou autre).`)
    const siret = get('siret').replace(/[\s.]/g, '') || null
    if (siret && !isValidSiret(siret)) bad('siret', `« ${siret} » n’est pas un SIRET valide.`)
    const rnaId = get('rna').toUpperCase() || null
    if (rnaId && !/^W\d{9}$/.test(rnaId))
      bad('rna', `« ${rnaId} » n’est pas un numéro RNA (W suivi de 9 chiffres).`)
    const phoneText = get('phone')
    const phone = phoneText ? telephone.safeParse(phoneText) : null
    if (phone && !phone.success) bad('phone', `« ${phoneText} » n’est pas un numéro de téléphone.`)
    const emailText = get('email')
    const email = emailText ? emailSchema.safeParse(emailText) : null
    if (email && !email.success) bad('email', `« ${emailText} » n’est pas une adresse e-mail.`)

    const codes = <T>(column: Column, read: (v: string) => T | null, what: string): T[] =>
      list(get(column)).flatMap((value) => {
        const code = read(value)
        if (code === null) bad(column, `« ${value} » n’est pas ${what}.`)
        return code === null ? [] : [code]
      })
    const themes = codes('themes', themeOf, 'un thème de l’annuaire')
    if (themes.length === 0 && get('themes') === '')
      bad('themes', 'au moins un thème (ex. « Aide alimentaire »).')
    const subs = codes('subThemes', subThemeOf, 'un sous-thème de l’annuaire')
    for (const sub of subs) if (!themes.includes(themeOfSubTheme[sub])) themes.push(themeOfSubTheme[sub])
    const publicCodes = codes('publics', publicOf, 'un public de l’annuaire')
    const languageCodes = codes('languages', languageOf, 'une langue connue (ex. « anglais », « arabe »)')
    const modeText = get('mode')
    const mode = modeText ? (modeAliases[simplify(modeText)] ?? modeOf(modeText)) : 'sans_rdv'
    if (!mode) bad('mode', `« ${modeText} » : sans rendez-vous, sur rendez-vous ou sur orientation.`)
    const access = accessibilityOf(get('accessibility'))
    for (const item of access.unknown)
      bad('accessibility', `« ${item} » : écrivez « fauteuil roulant », « boucle magnétique » ou « non ».`)
    const ageIn = (column: 'ageMin' | 'ageMax'): number | null => {
      const value = get(column).replace(/\s*ans?$/i, '')
      if (value === '') return null
      if (!/^\d{1,3}$/.test(value) || Number(value) > MAX_AGE) {
        bad(column, `« ${get(column)} » n’est pas un âge en années (de 0 à ${MAX_AGE}).`)
        return null
      }
      return Number(value)
    }
    const ageMin = ageIn('ageMin')
    const ageMax = ageIn('ageMax')
    if (ageMin !== null && ageMax !== null && ageMin > ageMax)
      bad('ageMin', `${ageMin} ans est plus que l’âge maximum (${ageMax} ans).`)
    const hoursReading = get('hours') ? readHoursText(get('hours')) : { hours: {} }
    if ('error' in hoursReading) bad('hours', hoursReading.error)
    let website: string | null = get('website') || null
    if (website && !/^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(website)) {
      notes.push(`Site web : « ${website} » n’est pas une adresse de site ; ligne importée sans.`)
      website = null
    }
    if (notes.length) warnings.set(row.number, notes)
    if (reasons.length) {
      badLines.set(row.number, reasons)
      continue
    }

    const key = siret ?? rnaId ?? simplify(name)
    let structure = planned.get(key)
    if (!structure) {
      const match = (rnaId && byRna.get(rnaId)) || (siret && bySiret.get(siret)) || byName.get(simplify(name))
      structure = {
        line: row.number,
        existingId: match ? match.id : null,
        kind: kind!,
        name,
        description: '',
        rnaId,
        siret,
        website: website ? (/^https?:/.test(website) ? website : `https://${website}`) : null,
        email: null,
        phone: null,
        source: 'import',
        status: 'publiee',
        identifiersOnly: false,
        places: new Map(),
        services: [],
      }
      planned.set(key, structure)
    }
    const city = get('city') || null
    const placeKey = placeKeyOf(address, postcode || null)
    const hours = 'hours' in hoursReading ? hoursReading.hours : {}
    const place = structure.places.get(placeKey)
    if (!place)
      structure.places.set(placeKey, {
        addressInput: address,
        postcode: postcode || null,
        city,
        citycode: null,
        openingHours: hours,
        ...(at.has('accessibility')
          ? { wheelchairAccessible: access.wheelchair, hearingLoop: access.hearingLoop }
          : {}),
      })
    const placeHours = place?.openingHours ?? hours
    structure.services.push({
      line: row.number,
      name: get('service') || name,
      description: get('description'),
      themes,
      subThemes: subs,
      publics: publicCodes.length ? publicCodes : ['tout_public'],
      ...(at.has('ageMin') ? { ageMin } : {}),
      ...(at.has('ageMax') ? { ageMax } : {}),
      languages: languageCodes.length ? languageCodes : ['fr'],
      referralMode: mode!,
      accessConditions: get('conditions'),
      whatToBring: get('bring'),
      phone: phone?.success ? phone.data : null,
      email: email?.success ? email.data : null,
      openingHours: JSON.stringify(placeHours) === JSON.stringify(hours) ? null : hours,
      placeKey,
    })
  }

  // The same service twice for one structure would be imported as one: say so.
  for (const structure of planned.values()) {
    const seen = new Map<string, number>()
    for (const service of structure.services) {
      const k = simplify(service.name)
      const first = seen.get(k)
      if (first !== undefined)
        badLines.set(service.line, [
          ...(badLines.get(service.line) ?? []),
          `Service : « ${service.name} » de « ${structure.name} » figure déjà ligne ${first}.`,
        ])
      else seen.set(k, service.line)
    }
  }

  return {
    kind: 'tableur',
    rnaFormat: null,
    fileType: file.fileType,
    encoding: file.encoding,
    lines: data.length,
    structures: [...planned.values()],
    skipped: { dissolved: 0, outsideArea: 0, duplicates: 0 },
    area: [],
    badLines,
    warnings,
    ignoredColumns,
  }
}
