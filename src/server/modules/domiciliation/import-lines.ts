import type { CivilDate } from '../../../shared/dates'
import { addMonths } from '../../../shared/dates'
import { validityEnd, type RequestKind } from '../../../shared/modules/domiciliation/domiciliation.constants'
import type { AyantDroitPart, PersonColumn } from '../../../shared/modules/domiciliation/exchange.columns'
import type { ImportStatus } from '../../../shared/modules/domiciliation/exchange.values'
import type { Cell, SheetRow } from './import-file'
import type { DomifaColumn, RowReader } from './import-columns'
import {
  readCode,
  readDate,
  readEmail,
  readFileNumber,
  readPhone,
  readText,
  readYesNo,
  textOf,
  type Read,
} from './import-values'

export interface ImportedInterview {
  linkWithCommune: string | null
  linkDetail: string | null
  householdType: string | null
  instabilityCause: string | null
  residenceSituation: string | null
  requestReason: string | null
  professionalSituation: string | null
  sociallyAccompanied: boolean | null
  accompaniedBy: string | null
  domiciledElsewhere: boolean | null
  hasIncome: boolean | null
  comments: string | null
}

/** A good line, as it will be stored. */
export interface ImportLine {
  line: number
  fileNumber: number | null
  gender: string | null
  lastName: string
  firstName: string
  pseudonym: string | null
  birthDate: CivilDate
  birthPlace: string | null
  phone: string | null
  email: string | null
  status: ImportStatus
  requestKind: RequestKind
  validFrom: CivilDate | null
  validUntil: CivilDate | null
  /** The day of the decision the line ends with (the acceptance, the refusal or the radiation). */
  decidedOn: CivilDate | null
  motive: string | null
  motiveDetail: string | null
  orientation: string | null
  orientationDetail: string | null
  firstDomiciliationOn: CivilDate | null
  lastContactOn: CivilDate | null
  interview: ImportedInterview | null
  plan: DecisionPlan
  ayantsDroit: {
    lastName: string | null
    firstName: string | null
    birthDate: CivilDate | null
    relation: string
  }[]
}

/** The decisions a line stands for, in the order of the chain. */
export interface DecisionPlan {
  /** The acceptance or renewal the line shows, if any. */
  grant: {
    kind: 'ACCEPTATION' | 'RENOUVELLEMENT'
    decidedOn: CivilDate
    validFrom: CivilDate
    validUntil: CivilDate
  } | null
  /** The refusal or radiation the line ends with, if any. */
  ending: { kind: 'REFUS' | 'RADIATION'; decidedOn: CivilDate } | null
  /** A request still waiting for its decision (its 2-month deadline runs from its filing). */
  pending: { kind: RequestKind; filedOn: CivilDate } | null
}

export type LineOutcome = { line: ImportLine; warnings: string[] } | { reasons: string[]; warnings: string[] }

/** The French name of each value, as the messages name it. */
const names: Record<string, string> = {
  fileNumber: 'Numéro de dossier',
  gender: 'Sexe',
  lastName: 'Nom',
  firstName: 'Prénom',
  pseudonym: 'Nom d’usage',
  birthDate: 'Date de naissance',
  birthPlace: 'Lieu de naissance',
  phone: 'Téléphone',
  email: 'E-mail',
  status: 'Statut',
  requestKind: 'Type de domiciliation',
  validFrom: 'Début de validité',
  validUntil: 'Fin de validité',
  decidedOn: 'Date de la décision',
  motive: 'Motif',
  refusalMotive: 'Motif de refus',
  radiationMotive: 'Motif de radiation',
  motiveDetail: 'Précision du motif',
  orientation: 'Orientation',
  orientationDetail: 'Organisme d’orientation',
  firstDomiciliationOn: 'Date de première domiciliation',
  lastContactOn: 'Date du dernier contact',
  pendingFiledOn: 'Demande en cours déposée le',
  linkWithCommune: 'Lien avec la commune',
  linkDetail: 'Précision du lien avec la commune',
  householdType: 'Composition du ménage',
  instabilityCause: 'Cause de l’instabilité du logement',
  residenceSituation: 'Situation résidentielle',
  requestReason: 'Motif principal de la demande',
  professionalSituation: 'Situation professionnelle',
  sociallyAccompanied: 'Accompagnement social',
  accompaniedBy: 'Structure d’accompagnement',
  domiciledElsewhere: 'Déjà domicilié ailleurs',
  hasIncome: 'Revenus',
  comments: 'Commentaires',
}

/** A row's values under our names, whatever the format. */
type Values = Partial<Record<PersonColumn | 'refusalMotive' | 'radiationMotive', Cell>>

/** DomiFa's columns under our names; its details of « autre » answers join the interview comments. */
function fromDomifa(d: Partial<Record<DomifaColumn, Cell>>): Values {
  const details = (
    [
      ['Revenus', d.revenusDetail],
      ['Situation résidentielle', d.situationDetails],
      ['Cause', d.causeDetail],
      ['Motif de la demande', d.raisonDemandeDetail],
      ['Orientation', d.orientation === null ? null : d.orientationDetail],
    ] as const
  )
    .map(([label, cell]) => (textOf(cell ?? null) ? `${label} : ${textOf(cell ?? null)}` : null))
    .filter((x): x is string => x !== null)
  const comments = [textOf(d.commentaires ?? null), ...details].filter(Boolean).join('\n')
  return {
    fileNumber: d.customRef ?? null,
    gender: d.civilite ?? null,
    lastName: d.nom ?? null,
    firstName: d.prenom ?? null,
    pseudonym: d.surnom ?? null,
    birthDate: d.dateNaissance ?? null,
    birthPlace: d.lieuNaissance ?? null,
    phone: d.telephone ?? null,
    email: d.email ?? null,
    status: d.statutDom ?? null,
    refusalMotive: d.motifRefus ?? null,
    radiationMotive: d.motifRadiation ?? null,
    requestKind: d.typeDom ?? null,
    validFrom: d.dateDebutDom ?? null,
    validUntil: d.dateFinDom ?? null,
    firstDomiciliationOn: d.datePremiereDom ?? null,
    lastContactOn: d.dateDernierPassage ?? null,
    domiciledElsewhere: d.domiciliationExistante ?? null,
    hasIncome: d.revenus ?? null,
    linkWithCommune: d.liencommune ?? null,
    linkDetail: d.liencommuneDetail ?? null,
    householdType: d.typeMenage ?? null,
    residenceSituation: d.situationResidentielle ?? null,
    instabilityCause: d.causeInstabilite ?? null,
    requestReason: d.raisonDemande ?? null,
    sociallyAccompanied: d.accompagnement ?? null,
    accompaniedBy: d.accompagnementDetail ?? null,
    comments: comments || null,
  }
}

/**
 * Reads one row into a line to store, or every reason it cannot be stored. Dates are checked
 * against `today`: a birth in the future, or a domiciliation starting more than a year ahead, is
 * refused.
 */
export function readLine(reader: RowReader, row: SheetRow, today: CivilDate): LineOutcome {
  const reasons: string[] = []
  const warnings: string[] = []
  const v: Values =
    reader.format === 'domifa' ? fromDomifa(reader.domifa(row.cells)) : reader.person(row.cells)
  const cell = (key: keyof Values): Cell => v[key] ?? null
  function take<T>(key: string, read: Read<T>): T | null {
    if (read.ok) return read.value
    reasons.push(`${names[key] ?? key} : ${read.reason}`)
    return null
  }
  const required = <T>(key: string, value: T | null): T | null => {
    if (value === null && !reasons.some((r) => r.startsWith(`${names[key]} :`)))
      reasons.push(`${names[key]} : ce champ est obligatoire.`)
    return value
  }
  const notAfter = (key: string, day: CivilDate | null, limit: CivilDate, why: string) => {
    if (day && day > limit) reasons.push(`${names[key]} : ${why}`)
  }
  const notBefore1900 = (key: string, day: CivilDate | null) => {
    if (day && day < '1900-01-01') reasons.push(`${names[key]} : date antérieure à 1900.`)
  }

  const numberCell = cell('fileNumber')
  const fileNumberRead = readFileNumber(numberCell)
  let fileNumber: number | null = null
  if (fileNumberRead.ok) fileNumber = fileNumberRead.value
  else if (reader.format === 'domifa')
    // DomiFa's identifier is free text: a line whose identifier is not a number gets the next one.
    warnings.push(
      `Numéro d’identification ${fileNumberRead.reason} Le dossier recevra le prochain numéro libre.`,
    )
  else reasons.push(`${names.fileNumber} : ${fileNumberRead.reason}`)

  const lastName = required('lastName', take('lastName', readText(cell('lastName'), 100)))
  const firstName = required('firstName', take('firstName', readText(cell('firstName'), 100)))
  const pseudonym = take('pseudonym', readText(cell('pseudonym'), 100))
  const gender = take('gender', readCode('gender', cell('gender')))
  const birthDate = required('birthDate', take('birthDate', readDate(cell('birthDate'))))
  notBefore1900('birthDate', birthDate)
  notAfter('birthDate', birthDate, today, 'la date est dans le futur.')
  const birthPlace = take('birthPlace', readText(cell('birthPlace'), 200))
  const phone = take('phone', readPhone(cell('phone')))
  const email = take('email', readEmail(cell('email')))
  const status = required('status', take('status', readCode('status', cell('status')))) as ImportStatus | null
  const requestKind = (take('requestKind', readCode('requestKind', cell('requestKind'))) ??
    'PREMIERE') as RequestKind
  const validFrom = take('validFrom', readDate(cell('validFrom')))
  const validUntil = take('validUntil', readDate(cell('validUntil')))
  const decidedOnCell = take('decidedOn', readDate(cell('decidedOn')))
  const firstDomiciliationOn = take('firstDomiciliationOn', readDate(cell('firstDomiciliationOn')))
  const lastContactOn = take('lastContactOn', readDate(cell('lastContactOn')))
  const pendingFiledOn = take('pendingFiledOn', readDate(cell('pendingFiledOn')))
  for (const [key, day] of [
    ['validFrom', validFrom],
    ['validUntil', validUntil],
    ['decidedOn', decidedOnCell],
    ['firstDomiciliationOn', firstDomiciliationOn],
    ['lastContactOn', lastContactOn],
    ['pendingFiledOn', pendingFiledOn],
  ] as const)
    notBefore1900(key, day)
  const nextYear = addMonths(today, 12)
  notAfter('validFrom', validFrom, nextYear, 'plus d’un an après aujourd’hui.')
  notAfter('decidedOn', decidedOnCell, today, 'la décision ne peut pas être datée du futur.')
  notAfter('firstDomiciliationOn', firstDomiciliationOn, today, 'la date est dans le futur.')
  notAfter('lastContactOn', lastContactOn, today, 'la date est dans le futur.')
  notAfter('pendingFiledOn', pendingFiledOn, today, 'la date est dans le futur.')
  if (status === 'INSTRUCTION') required('pendingFiledOn', pendingFiledOn)

  // The motive: one column of ours read by status, or DomiFa's two columns.
  const motiveKey = status === 'REFUS' ? 'refusalMotive' : 'radiationMotive'
  const motiveCell = reader.format === 'domifa' ? cell(motiveKey) : cell('motive')
  const motive =
    status === 'REFUS' || status === 'RADIE' ? take(motiveKey, readCode(motiveKey, motiveCell)) : null
  const motiveDetail = take('motiveDetail', readText(cell('motiveDetail'), 1000))
  const orientation = take('orientation', readCode('orientation', cell('orientation')))
  const orientationDetail = take('orientationDetail', readText(cell('orientationDetail'), 300))

  let decidedOn: CivilDate | null = null
  if (status === 'VALIDE') {
    required('validFrom', validFrom)
    required('validUntil', validUntil)
    if (validFrom && validUntil && validUntil < validFrom)
      reasons.push(`${names.validUntil} : la fin de validité précède son début.`)
    decidedOn = decidedOnCell ?? validFrom
  } else if (status === 'REFUS' || status === 'RADIE') {
    if (motive === null && !reasons.some((r) => r.startsWith(`${names[motiveKey]} :`)))
      reasons.push(
        `${names[motiveKey]} : ${status === 'REFUS' ? 'un refus' : 'une radiation'} doit être motivé${status === 'REFUS' ? '' : 'e'}, le motif est obligatoire.`,
      )
    // DomiFa dates a refusal or a radiation by the end of the domiciliation.
    decidedOn = decidedOnCell ?? validUntil ?? (status === 'REFUS' ? validFrom : null)
    if (decidedOn === null)
      reasons.push(
        `${names.decidedOn} : indiquez la date ${status === 'REFUS' ? 'du refus' : 'de la radiation'}.`,
      )
    else notAfter('decidedOn', decidedOn, today, 'la décision ne peut pas être datée du futur.')
    if (status === 'RADIE' && validFrom && decidedOn && decidedOn < validFrom)
      reasons.push(`${names.decidedOn} : la radiation précède le début de la domiciliation.`)
  }

  const answer = (key: keyof ImportedInterview & keyof Values, read: (c: Cell) => Read<string | null>) =>
    take(key, read(cell(key)))
  const interview: ImportedInterview = {
    linkWithCommune: answer('linkWithCommune', (c) => readCode('linkWithCommune', c)),
    linkDetail: answer('linkDetail', (c) => readText(c, 500)),
    householdType: answer('householdType', (c) => readCode('householdType', c)),
    instabilityCause: answer('instabilityCause', (c) => readCode('instabilityCause', c)),
    residenceSituation: answer('residenceSituation', (c) => readCode('residenceSituation', c)),
    requestReason: answer('requestReason', (c) => readCode('requestReason', c)),
    professionalSituation: answer('professionalSituation', (c) => readCode('professionalSituation', c)),
    sociallyAccompanied: take('sociallyAccompanied', readYesNo(cell('sociallyAccompanied'))),
    accompaniedBy: answer('accompaniedBy', (c) => readText(c, 200)),
    domiciledElsewhere: take('domiciledElsewhere', readYesNo(cell('domiciledElsewhere'))),
    hasIncome: take('hasIncome', readYesNo(cell('hasIncome'))),
    comments: answer('comments', (c) => readText(c, 4000)),
  }
  const interviewed = Object.values(interview).some((x) => x !== null)

  const ayantsDroit: ImportLine['ayantsDroit'] = []
  reader.ayantsDroit(row.cells).forEach((group, i) => {
    const part = (p: AyantDroitPart): Cell => group[p] ?? null
    if ((['lastName', 'firstName', 'birthDate', 'relation'] as const).every((p) => textOf(part(p)) === null))
      return
    const label = `Ayant droit ${i + 1}`
    const sub = <T>(what: string, read: Read<T>): T | null => {
      if (read.ok) return read.value
      reasons.push(`${label}, ${what} : ${read.reason}`)
      return null
    }
    const last = sub('nom', readText(part('lastName'), 100))
    const first = sub('prénom', readText(part('firstName'), 100))
    const born = sub('date de naissance', readDate(part('birthDate')))
    if (born && born > today) reasons.push(`${label}, date de naissance : la date est dans le futur.`)
    const relation = sub('lien de parenté', readCode('relation', part('relation')))
    if (!last && !first) reasons.push(`${label} : indiquez au moins son nom ou son prénom.`)
    ayantsDroit.push({ lastName: last, firstName: first, birthDate: born, relation: relation ?? 'autre' })
  })

  if (reasons.length) return { reasons, warnings }
  const grantKind = requestKind === 'RENOUVELLEMENT' ? 'RENOUVELLEMENT' : 'ACCEPTATION'
  const plan: DecisionPlan = { grant: null, ending: null, pending: null }
  if (status === 'VALIDE')
    plan.grant = { kind: grantKind, decidedOn: decidedOn!, validFrom: validFrom!, validUntil: validUntil! }
  else if (status === 'RADIE') {
    // DomiFa's end date of a radiated line is the radiation's: the validity then ran its year.
    const until = decidedOnCell && validUntil ? validUntil : validFrom ? validityEnd(validFrom) : null
    if (validFrom && until)
      plan.grant = { kind: grantKind, decidedOn: validFrom, validFrom, validUntil: until }
    plan.ending = { kind: 'RADIATION', decidedOn: decidedOn! }
  } else if (status === 'REFUS') {
    // A refusal after a former domiciliation (an exported file whose renewal was refused) keeps it.
    if (decidedOnCell && validFrom && validUntil && validFrom < decidedOnCell)
      plan.grant = { kind: grantKind, decidedOn: validFrom, validFrom, validUntil }
    plan.ending = { kind: 'REFUS', decidedOn: decidedOn! }
  }
  if (pendingFiledOn)
    plan.pending = {
      kind:
        status === 'INSTRUCTION'
          ? requestKind
          : plan.grant && status === 'VALIDE'
            ? 'RENOUVELLEMENT'
            : 'PREMIERE',
      filedOn: pendingFiledOn,
    }
  return {
    warnings,
    line: {
      line: row.number,
      fileNumber,
      gender,
      lastName: lastName!,
      firstName: firstName!,
      pseudonym,
      birthDate: birthDate!,
      birthPlace,
      phone,
      email,
      status: status!,
      requestKind,
      validFrom,
      validUntil,
      decidedOn,
      motive,
      motiveDetail,
      orientation: status === 'REFUS' ? orientation : null,
      orientationDetail: status === 'REFUS' ? orientationDetail : null,
      firstDomiciliationOn,
      lastContactOn,
      interview: interviewed ? interview : null,
      plan,
      ayantsDroit,
    },
  }
}
